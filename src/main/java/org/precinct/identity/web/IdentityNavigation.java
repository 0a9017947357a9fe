package org.precinct.identity.web;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationLink accountsNavigation() {
        return new NavigationLink("identity.nav.accounts", "/staff/admin/accounts", Set.of(Role.ADMIN), 900);
    }
}
