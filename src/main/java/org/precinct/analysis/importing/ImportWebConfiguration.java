package org.precinct.analysis.importing;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "Import incidents" in the staff navigation of analysts and administrators. */
@Configuration(proxyBeanMethods = false)
class ImportWebConfiguration {

    @Bean
    NavigationLink incidentImportNavigationLink() {
        return new NavigationLink(
                "analysis.import.nav", IncidentImportWebController.PATH, Set.of(Role.ANALYST, Role.ADMIN), 610);
    }
}
