package org.precinct.intake.duplicates.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.intake.DuplicateCandidate;
import org.precinct.intake.DuplicateCandidates;
import org.precinct.intake.DuplicateQuery;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.SameIncidentAccounts;
import org.precinct.intake.TriageResult;
import org.precinct.intake.web.FilingProblems;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.PublicEndpoints;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Before a resident files, the portal (or any app) asks whether the incident is already reported; the resident may
 * then add their account to that report instead. Both need no account and reveal nothing personal: a candidate is
 * its type, the block, the date and the tracking number; adding an account answers with nothing but the number.
 * Nothing here is audited but the account added: the check reads no personal data.
 */
@RestController
@Tag(name = "Reports")
class DuplicateRestController {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final int MAX_DESCRIPTION = 10_000;

    private final DuplicateCandidates duplicates;
    private final SameIncidentAccounts accounts;
    private final IncidentTypes types;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    DuplicateRestController(
            DuplicateCandidates duplicates,
            SameIncidentAccounts accounts,
            IncidentTypes types,
            MessageSource messages,
            Clock clock,
            PrecinctProperties properties) {
        this.duplicates = duplicates;
        this.accounts = accounts;
        this.types = types;
        this.messages = messages;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * @param occurredAt when it happened; absent means now
     * @param description what happened, compared with the other reports' words; optional
     */
    record IncidentJson(
            String incidentType, Double latitude, Double longitude, Instant occurredAt, String description) {}

    record ReporterJson(String name, String email, String phone) {}

    /** The incident as for the check, its description being the resident's account, and how to reach them. */
    record AccountJson(
            String incidentType,
            Double latitude,
            Double longitude,
            Instant occurredAt,
            String description,
            ReporterJson reporter) {

        IncidentJson incident() {
            return new IncidentJson(incidentType, latitude, longitude, occurredAt, description);
        }
    }

    /**
     * @param place the block ("100 block of Main St") or rounded coordinates
     * @param date the day it happened, in the department's time zone
     * @param score 0 to 1, higher is likelier the same incident
     */
    record CandidateJson(
            String trackingNumber,
            String incidentType,
            String incidentTypeName,
            String place,
            String date,
            double score) {}

    record CandidatesJson(List<CandidateJson> candidates) {}

    record AddedJson(String trackingNumber) {}

    @PostMapping("/api/v1/reports/duplicate-candidates")
    @Operation(
            summary = "Open reports that may be the same incident",
            description = "Same or related type, within the type's distance and time window, best first. Each"
                    + " candidate shows only its type, the block, the date and its tracking number.")
    ResponseEntity<?> candidates(@RequestBody IncidentJson body, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        DuplicateQuery query = query(body, problems);
        if (query == null) {
            return invalid(problems, locale);
        }
        List<CandidateJson> candidates = duplicates.find(query).stream()
                .map(candidate -> json(candidate, locale))
                .toList();
        return ResponseEntity.ok(new CandidatesJson(candidates));
    }

    @PostMapping("/api/v1/reports/{trackingNumber}/my-incident")
    @Operation(
            summary = "This is my incident: add my account to a report instead of filing another",
            description = "The report must be open and a likely duplicate of the incident described; otherwise, as"
                    + " for a number that does not exist, 404. Answers 201 with the number only. An account that"
                    + " reads as an emergency answers 422 and is not stored.")
    ResponseEntity<?> myIncident(@PathVariable String trackingNumber, @RequestBody AccountJson body, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        DuplicateQuery query = query(body.incident(), problems);
        if (query == null) {
            return invalid(problems, locale);
        }
        ReporterJson reporter = body.reporter() == null ? new ReporterJson(null, null, null) : body.reporter();
        SameIncidentAccounts.Outcome outcome = accounts.addFromResident(
                trackingNumber,
                query,
                new SameIncidentAccounts.Account(
                        body.description(), reporter.name(), reporter.email(), reporter.phone()));
        if (outcome instanceof SameIncidentAccounts.Outcome.Added added) {
            return ResponseEntity.created(URI.create(
                            "/api/v1/reports/" + added.trackingNumber().value() + "/status"))
                    .body(new AddedJson(added.trackingNumber().value()));
        }
        if (outcome instanceof SameIncidentAccounts.Outcome.Emergency emergency) {
            return emergency(emergency.triage(), locale);
        }
        if (outcome instanceof SameIncidentAccounts.Outcome.Invalid invalid) {
            return invalid(invalid.problems(), locale);
        }
        return problem(HttpStatus.NOT_FOUND, "problem.not-found", locale);
    }

    /** The query, or {@code null} with what is wrong in {@code problems}. */
    private DuplicateQuery query(IncidentJson body, Map<String, String> problems) {
        if (body.incidentType() == null || body.incidentType().isBlank()) {
            problems.put("incidentType", "intake.duplicates.query.type-required");
        } else if (types.find(body.incidentType().strip())
                .filter(IncidentTypeView::active)
                .isEmpty()) {
            problems.put("incidentType", "intake.duplicates.query.type-unknown");
        }
        if (body.latitude() == null || body.longitude() == null) {
            problems.put("latitude", "intake.duplicates.query.place-required");
        } else if (!Double.isFinite(body.latitude())
                || !Double.isFinite(body.longitude())
                || Math.abs(body.latitude()) > 90
                || Math.abs(body.longitude()) > 180) {
            problems.put("latitude", "intake.duplicates.query.place-invalid");
        }
        Instant occurredAt = body.occurredAt();
        if (occurredAt != null
                && (occurredAt.isAfter(clock.instant().plus(CLOCK_SKEW)) || occurredAt.isBefore(EARLIEST))) {
            problems.put("occurredAt", "intake.duplicates.query.when-invalid");
        }
        if (body.description() != null && body.description().length() > MAX_DESCRIPTION) {
            problems.put("description", "intake.duplicates.query.description-too-long");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new DuplicateQuery(
                body.incidentType().strip(),
                body.latitude(),
                body.longitude(),
                occurredAt,
                occurredAt,
                body.description());
    }

    private CandidateJson json(DuplicateCandidate candidate, Locale locale) {
        String typeName = types.find(candidate.incidentType())
                .map(type -> type.name(locale))
                .orElse(candidate.incidentType());
        return new CandidateJson(
                candidate.trackingNumber().value(),
                candidate.incidentType(),
                typeName,
                candidate.place().describe(messages, locale),
                candidate.occurredAt().atZone(zone).toLocalDate().toString(),
                candidate.score());
    }

    private ResponseEntity<ProblemDetail> invalid(Map<String, String> problems, Locale locale) {
        return ResponseEntity.badRequest().body(FilingProblems.invalid(problems, messages, locale));
    }

    private ResponseEntity<ProblemDetail> emergency(TriageResult triage, Locale locale) {
        return ResponseEntity.unprocessableContent().body(FilingProblems.emergency(triage, messages, locale));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Locale locale) {
        return ResponseEntity.status(status).body(FilingProblems.of(status, key, messages, locale));
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PublicEndpoints duplicateChecksArePublic() {
            return PublicEndpoints.of("/api/v1/reports/duplicate-candidates", "/api/v1/reports/*/my-incident");
        }
    }
}
