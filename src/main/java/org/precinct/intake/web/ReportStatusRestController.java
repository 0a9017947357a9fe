package org.precinct.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.precinct.intake.ReportStatusLookup;
import org.precinct.intake.ReportStatusView;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reporter's view of their report, unlocked by the tracking code; no account needed. */
@RestController
@Tag(name = "Reports")
class ReportStatusRestController {

    private final ReportStatusLookup lookup;

    ReportStatusRestController(ReportStatusLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/api/v1/reports/{trackingNumber}/status")
    @Operation(
            summary = "Status and public notes of a report",
            description = "A wrong or missing code answers 404 exactly like an unknown number.")
    ReportStatusView status(@PathVariable String trackingNumber, @RequestParam(required = false) String code) {
        return lookup.find(trackingNumber, code).orElseThrow(() -> new NoSuchRecordException("report", trackingNumber));
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PublicEndpoints reportStatusIsPublic() {
            return PublicEndpoints.of("/api/v1/reports/*/status");
        }
    }
}
