package org.precinct.intake.calls;

/** How a call on the non-emergency line ended. */
public enum CallOutcome {
    /** A report was filed for the caller. */
    REPORT_TAKEN,
    /** The caller's account was added to a report already filed, instead of a second report. */
    ADDED_TO_REPORT,
    /** It was an emergency: the call went to 911 and no report was stored. */
    TRANSFERRED_911,
    /** The caller needed information, not a report. */
    INQUIRY_ANSWERED;

    public String messageKey() {
        return "intake.calls.outcome." + name();
    }
}
