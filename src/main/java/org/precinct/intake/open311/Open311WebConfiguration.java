package org.precinct.intake.open311;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.PublicEndpoints;
import org.precinct.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens {@code /open311/**} to callers without an account (filing checks its own key), puts "Open311 clients" in
 * the administrators' navigation, and in demo mode says at start-up which key the demo takes.
 */
@Configuration(proxyBeanMethods = false)
class Open311WebConfiguration {

    private static final Logger log = LoggerFactory.getLogger(Open311WebConfiguration.class);

    @Bean
    PublicEndpoints open311Endpoints() {
        return PublicEndpoints.of("/open311/**");
    }

    @Bean
    NavigationLink open311NavigationLink() {
        return new NavigationLink("open311.nav", Open311AdminWebController.PATH, Set.of(Role.ADMIN), 925);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> open311DemoKeyNotice(PrecinctProperties properties) {
        return ready -> {
            PrecinctProperties.Demo demo = properties.demo();
            if (demo.enabled()
                    && demo.open311ApiKey() != null
                    && !demo.open311ApiKey().isBlank()) {
                log.info(
                        "Open311 GeoReport v2 at /open311/v2 (discovery: /open311/discovery.xml); demo api_key: {}",
                        demo.open311ApiKey());
            }
        };
    }
}
