package org.precinct.records.report;

import java.time.Instant;
import org.precinct.records.IncidentReportStatus;

/**
 * A report in a staff member's task inbox.
 *
 * @param offenseCode the first offense's NIBRS code, or {@code null} while there is none
 * @param comments a supervisor's comments on a report returned, else {@code null}
 */
public record InboxEntry(
        String reportNumber,
        IncidentReportStatus status,
        String offenseCode,
        String address,
        Instant occurredFrom,
        String authorName,
        Instant updatedAt,
        String comments) {}
