package org.precinct.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.intake.Channel;
import org.precinct.intake.FilingOutcome;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.ReportSubmission;
import org.precinct.shared.PublicEndpoints;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Residents' online reports as JSON: the portal's form and any app use it; no account needed. */
@RestController
@Tag(name = "Reports")
class ReportRestController {

    private final ReportSubmission submission;
    private final MessageSource messages;

    ReportRestController(ReportSubmission submission, MessageSource messages) {
        this.submission = submission;
        this.messages = messages;
    }

    record ReporterJson(String name, String email, String phone) {}

    record PersonJson(String role, String name, String description) {}

    record VehicleJson(String make, String model, String colour, String plate, String state) {}

    /** @param value estimated value in dollars */
    record PropertyJson(String description, BigDecimal value, String serial) {}

    record ReportJson(
            String incidentType,
            String description,
            Instant occurredFrom,
            Instant occurredTo,
            String address,
            Double latitude,
            Double longitude,
            Map<String, Object> answers,
            ReporterJson reporter,
            List<PersonJson> people,
            List<VehicleJson> vehicles,
            List<PropertyJson> property) {

        ReportDraft toDraft() {
            return new ReportDraft(
                    incidentType,
                    description,
                    occurredFrom,
                    occurredTo,
                    address,
                    latitude,
                    longitude,
                    answers,
                    reporter == null
                            ? null
                            : new ReportDraft.Reporter(reporter.name(), reporter.email(), reporter.phone()),
                    people == null
                            ? List.of()
                            : people.stream()
                                    .map(p -> new ReportDraft.PersonInvolved(p.role(), p.name(), p.description()))
                                    .toList(),
                    vehicles == null
                            ? List.of()
                            : vehicles.stream()
                                    .map(v -> new ReportDraft.VehicleInvolved(
                                            v.make(), v.model(), v.colour(), v.plate(), v.state()))
                                    .toList(),
                    property == null
                            ? List.of()
                            : property.stream()
                                    .map(p -> new ReportDraft.PropertyInvolved(
                                            p.description(), cents(p.value()), p.serial()))
                                    .toList());
        }

        private static Long cents(BigDecimal dollars) {
            return dollars == null
                    ? null
                    : dollars.movePointRight(2)
                            .setScale(0, java.math.RoundingMode.HALF_UP)
                            .longValueExact();
        }
    }

    record FiledJson(String trackingNumber, String trackingCode, String status) {}

    @PostMapping("/api/v1/reports")
    @Operation(
            summary = "File a non-emergency report",
            description = "An emergency description answers 422 with the reasons and stores nothing. The same "
                    + "Idempotency-Key never makes a second report: it answers with the first one's number.")
    ResponseEntity<?> file(
            @RequestBody ReportJson body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Locale locale) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            return problem(HttpStatus.BAD_REQUEST, "intake.submit.idempotency-key", locale);
        }
        FilingOutcome outcome = submission.submit(
                body.toDraft(), Channel.ONLINE, ReportSubmission.Context.online(idempotencyKey, locale));
        if (outcome instanceof FilingOutcome.Filed filed) {
            return ResponseEntity.status(filed.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                    .location(URI.create(
                            "/api/v1/reports/" + filed.trackingNumber().value() + "/status"))
                    .body(new FiledJson(
                            filed.trackingNumber().value(),
                            filed.trackingCode() == null
                                    ? null
                                    : filed.trackingCode().display(),
                            filed.status().name()));
        }
        if (outcome instanceof FilingOutcome.Emergency emergency) {
            return ResponseEntity.unprocessableContent()
                    .body(FilingProblems.emergency(emergency.triage(), messages, locale));
        }
        FilingOutcome.Invalid invalid = (FilingOutcome.Invalid) outcome;
        return ResponseEntity.badRequest().body(FilingProblems.invalid(invalid.problems(), messages, locale));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Locale locale) {
        return ResponseEntity.status(status).body(FilingProblems.of(status, key, messages, locale));
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PublicEndpoints filingIsPublic() {
            return PublicEndpoints.of("/api/v1/reports");
        }
    }
}
