package org.precinct.intake.calls.web;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the call-taker console in the staff navigation of those who take calls. */
@Configuration(proxyBeanMethods = false)
class CallsWebConfiguration {

    @Bean
    NavigationLink callTakerNavigationLink() {
        return new NavigationLink(
                "intake.calls.nav",
                CallTakerWebController.PATH,
                Set.of(Role.RECORDS, Role.SUPERVISOR, Role.ADMIN),
                100);
    }
}
