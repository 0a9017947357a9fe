package org.precinct.geography.web;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The geography pages' place in the staff console.
 *
 * <p>Method security is switched on here as well as in the identity module so that the role checks on these pages
 * hold whichever security configuration is deployed; Spring merges repeated {@code @EnableMethodSecurity}
 * declarations into one.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class GeographyWebConfiguration {

    @Bean
    NavigationLink geographyNavigation() {
        return new NavigationLink(
                "nav.geography",
                "/staff/geography",
                Set.of(Role.ADMIN, Role.COMMAND, Role.SUPERVISOR, Role.ANALYST, Role.RECORDS, Role.OFFICER),
                60);
    }
}
