package org.precinct.intake;

import java.util.Optional;

/**
 * Reads the reports intake accepted (approved, or counted for statistics, with a report number), for the modules
 * that take them further. Not audited here: the caller records what it does with what it read.
 */
public interface AcceptedReports {

    /**
     * The accepted report with this tracking number; empty when there is none or it has no report number yet.
     */
    Optional<AcceptedReport> find(TrackingNumber number);
}
