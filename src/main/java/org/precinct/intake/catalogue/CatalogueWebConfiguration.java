package org.precinct.intake.catalogue;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.PublicEndpoints;
import org.precinct.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the catalogue's API to residents' reporting forms and puts "Incident types" in the staff navigation for
 * those who may see the catalogue.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueWebConfiguration {

    @Bean
    PublicEndpoints incidentTypeEndpoints() {
        return PublicEndpoints.of("/api/v1/incident-types", "/api/v1/incident-types/**");
    }

    @Bean
    NavigationLink incidentTypesNavigationLink() {
        return new NavigationLink(
                "intake.catalogue.nav", IncidentTypeWebController.PATH, Set.of(Role.ADMIN, Role.SUPERVISOR), 920);
    }
}
