package org.precinct.records.report;

import java.time.Instant;
import java.util.Objects;
import org.precinct.records.IncidentReportStatus;

/**
 * One step of an incident report's history, never rewritten.
 *
 * @param status the status the report had after the step
 * @param actor the account that took it
 * @param actorName how the console names that account
 * @param comment what the step said: a supervisor's comments on a return, the reason of a correction or sealing
 */
public record ReportStep(
        Kind kind, IncidentReportStatus status, Instant at, String actor, String actorName, String comment) {

    public ReportStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }

    /** What a step was. */
    public enum Kind {
        CREATED,
        FROM_INTAKE,
        SUBMITTED,
        REVIEW_STARTED,
        SUPERVISOR_APPROVED,
        RETURNED,
        RECORDS_APPROVED,
        CLOSED,
        CORRECTED,
        SEALED,
        UNSEALED;

        public String messageKey() {
            return "records.report.step." + name();
        }
    }
}
