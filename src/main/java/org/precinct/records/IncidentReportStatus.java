package org.precinct.records;

/**
 * Where an incident report stands in its review. A report is written as a {@link #DRAFT}, submitted for a supervisor's
 * review, passed to the Bureau of Records, and approved; an approved report is locked and later closed.
 */
public enum IncidentReportStatus {
    /** Being written (or returned to its author with comments). */
    DRAFT,
    /** Submitted by its author, waiting for a supervisor. */
    SUBMITTED,
    /** A supervisor is reviewing it. */
    SUPERVISOR_REVIEW,
    /** Approved by a supervisor, waiting for the Bureau of Records. */
    RECORDS_REVIEW,
    /** The department's official record: changed only by supplements or an audited records correction. */
    APPROVED,
    /** No further work is expected. */
    CLOSED;

    /** Whether the report is the department's approved record (approved or closed). */
    public boolean approved() {
        return this == APPROVED || this == CLOSED;
    }

    /** The message key of the status's name. */
    public String messageKey() {
        return "records.report.status." + name();
    }
}
