package org.precinct.intake.triage.web;

import org.precinct.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Residents check a description before they have, or need, an account. */
@Configuration(proxyBeanMethods = false)
class TriageEndpoints {

    @Bean
    PublicEndpoints triagePublicEndpoints() {
        return PublicEndpoints.of("/api/v1/triage");
    }
}
