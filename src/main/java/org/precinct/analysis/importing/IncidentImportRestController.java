package org.precinct.analysis.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.precinct.analysis.IncidentImportRejection;
import org.precinct.analysis.IncidentImportResult;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Historical incidents from another system, as CSV, for analysts and administrators. */
@RestController
@Tag(name = "Analysis")
class IncidentImportRestController {

    static final String PATH = "/api/v1/import/incidents";

    private final IncidentImporter importer;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final AuditTrail audit;

    IncidentImportRestController(
            IncidentImporter importer, TransactionTemplate transaction, MessageSource messages, AuditTrail audit) {
        this.importer = importer;
        this.transaction = transaction;
        this.messages = messages;
        this.audit = audit;
    }

    @PostMapping(path = PATH, consumes = "text/csv")
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Operation(
            summary = "Import historical incidents",
            description = "CSV with the header external_id,offense,occurred_at,latitude,longitude,address (offense a "
                    + "NIBRS offense code, occurred_at ISO-8601 with its offset). Good rows are stored, malformed ones "
                    + "listed with their line and reason; the same external_id again updates its incident. "
                    + "format=DENVER, SAN_FRANCISCO or SAN_DIEGO reads those cities' published files instead.")
    ResponseEntity<?> importIncidents(
            @RequestBody(required = false) byte[] body,
            @RequestParam(name = "format", defaultValue = "PRECINCT") String format,
            Locale locale) {
        IncidentImportFormat chosen;
        try {
            chosen = IncidentImportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return invalid("format", "analysis.import.error.format", locale);
        }
        if (body == null || body.length == 0) {
            return invalid("file", "analysis.import.error.empty", locale);
        }
        IncidentImportOutcome outcome;
        try {
            // All good rows or none: a failure half-way leaves the store as it was.
            outcome = transaction.execute(status -> importer.run(
                    new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8),
                    chosen,
                    (lines, imported, skipped, rejected) -> {}));
        } catch (IllegalArgumentException e) {
            return invalid("file", "analysis.import.error.unreadable", locale);
        }
        audit.success(AuditAction.CREATE, "analysis.incident-import", chosen.name() + ":" + outcome.imported());
        return ResponseEntity.ok(result(outcome, messages, locale));
    }

    static IncidentImportResult result(IncidentImportOutcome outcome, MessageSource messages, Locale locale) {
        return new IncidentImportResult(
                outcome.imported(),
                outcome.skipped(),
                outcome.rejections().stream()
                        .map(rejection -> new IncidentImportRejection(
                                rejection.line(),
                                messages.getMessage(rejection.reasonKey(), rejection.arguments(), locale)))
                        .toList(),
                outcome.rejectedCount());
    }

    private ResponseEntity<ProblemDetail> invalid(String field, String key, Locale locale) {
        String message = messages.getMessage(key, null, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("errors", Map.of(field, message));
        return ResponseEntity.badRequest().body(problem);
    }
}
