package org.precinct.audit.web;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationLink auditNavigation() {
        return new NavigationLink("audit.nav", "/staff/admin/audit", Set.of(Role.ADMIN), 910);
    }
}
