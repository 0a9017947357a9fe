package org.precinct.intake;

import java.util.List;

/**
 * The outcome of the emergency check.
 *
 * @param emergency the contact belongs with 911, not with the non-emergency channels
 * @param reasons why it is an emergency, answers first, then the description's phrases in reading order, one per
 *     code; empty when it is not an emergency
 * @param suggestedIncidentType the code of the incident type the description reads as most like, or {@code null}
 *     when none fits
 */
public record TriageResult(boolean emergency, List<TriageReason> reasons, String suggestedIncidentType) {

    public TriageResult {
        reasons = List.copyOf(reasons);
        if (emergency == reasons.isEmpty()) {
            throw new IllegalArgumentException("An emergency has reasons, and only an emergency");
        }
    }
}
