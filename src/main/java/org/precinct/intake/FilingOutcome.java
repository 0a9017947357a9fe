package org.precinct.intake;

import java.util.Map;

/** What became of a submitted report: filed, stopped as an emergency, or refused for its input. */
public sealed interface FilingOutcome {

    /**
     * Stored, with the reporter's number and secret code.
     *
     * @param trackingCode {@code null} when the same idempotency key was seen before: the code was shown then and
     *     is not kept
     * @param repeated whether this answers a repeated submission with the first one's number
     */
    record Filed(TrackingNumber trackingNumber, TrackingCode trackingCode, RequestStatus status, boolean repeated)
            implements FilingOutcome {}

    /** Nothing was stored: the reporter must call 911. */
    record Emergency(TriageResult triage) implements FilingOutcome {}

    /** Nothing was stored: field name → message key of what is wrong with it. */
    record Invalid(Map<String, String> problems) implements FilingOutcome {}
}
