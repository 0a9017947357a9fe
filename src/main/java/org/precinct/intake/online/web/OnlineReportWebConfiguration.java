package org.precinct.intake.online.web;

import org.precinct.shared.PortalLink;
import org.precinct.shared.PublicEndpoints;
import org.precinct.shared.RateLimitedPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How residents reach the online report: portal tiles, the public API paths, the rate-limited status lookup. */
@Configuration(proxyBeanMethods = false)
class OnlineReportWebConfiguration {

    @Bean
    PortalLink reportOnlineTile() {
        return new PortalLink("intake.online.tile.report", "intake.online.tile.report.text", "/report", 10);
    }

    @Bean
    PortalLink checkReportTile() {
        return new PortalLink("intake.online.tile.status", "intake.online.tile.status.text", "/report/status", 20);
    }

    @Bean
    PublicEndpoints onlineReportEndpoints() {
        return PublicEndpoints.of("/api/v1/addresses", "/api/v1/reports/*/supplements");
    }

    /**
     * The lookup checks tracking codes: a guesser must meet the same limit as on the API; additions meet it too, as
     * on the API.
     */
    @Bean
    RateLimitedPages statusPagesAreLimited() {
        return RateLimitedPages.of("/report/status", "/report/status/*/answer", "/report/status/*/information");
    }
}
