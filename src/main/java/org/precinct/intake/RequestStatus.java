package org.precinct.intake;

import java.util.EnumSet;
import java.util.Set;

/** Where a report stands, as the reporter and the records queue see it. */
public enum RequestStatus {
    RECEIVED,
    UNDER_REVIEW,
    /** The reviewer asked the reporter a question; the reporter answers on the status page. */
    MORE_INFORMATION_NEEDED,
    /** Accepted as a report, with an official report number. */
    APPROVED,
    /** An officer follows it up. */
    ASSIGNED,
    CLOSED,
    REJECTED,
    /** Joined to another report of the same incident. */
    MERGED,
    /** Handed to another unit or agency. */
    REFERRED;

    private static final Set<RequestStatus> OPEN =
            EnumSet.of(RECEIVED, UNDER_REVIEW, MORE_INFORMATION_NEEDED, APPROVED, ASSIGNED);

    /** Still being worked: counts for duplicates and for the queue. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Not yet decided by a reviewer. */
    public boolean awaitsReview() {
        return this == RECEIVED || this == UNDER_REVIEW || this == MORE_INFORMATION_NEEDED;
    }
}
