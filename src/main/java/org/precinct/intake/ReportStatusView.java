package org.precinct.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the tracking code unlocks: where the report stands and the notes meant for the reporter. It carries no
 * personal data and no staff-only note.
 */
public record ReportStatusView(
        String trackingNumber,
        RequestStatus status,
        String reportNumber,
        String incidentType,
        Instant receivedAt,
        List<Entry> history) {

    /** One step, with its public note (the reviewer's question, the reason for a decision) or none. */
    public record Entry(RequestStatus status, Instant at, String note) {}
}
