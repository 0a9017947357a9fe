package org.precinct.personnel.web;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "Personnel" in the staff navigation for everyone on the staff: the org chart and the directory. */
@Configuration(proxyBeanMethods = false)
class PersonnelNavigation {

    @Bean
    NavigationLink personnelNavigationLink() {
        return new NavigationLink("personnel.nav", "/staff/personnel", Set.of(), 70);
    }
}
