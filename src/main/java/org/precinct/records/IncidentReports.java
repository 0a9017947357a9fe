package org.precinct.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads incident reports whole, juvenile and sealed parts included, for the parts of Precinct that report on them to
 * the outside (the NIBRS submission, statistics). Not audited and not restricted here: the caller checks who asks and
 * records what it hands out.
 */
public interface IncidentReports {

    /** The report with this official number, in whatever state it is. */
    Optional<IncidentReportDetails> find(String reportNumber);

    /**
     * The approved (and closed) reports whose records approval falls from {@code from} (included) to {@code to}
     * (excluded), oldest first.
     */
    List<IncidentReportDetails> approvedBetween(Instant from, Instant to);
}
