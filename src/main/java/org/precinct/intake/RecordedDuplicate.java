package org.precinct.intake;

import java.time.Instant;

/**
 * A likely duplicate found when a report was filed, as the review queue shows it.
 *
 * @param other the other report
 * @param incidentType the other report's type code
 * @param status the other report's status now
 * @param score the score when it was found, 0 to 1
 * @param otherFiledEarlier whether the other report came first (this one may repeat it) rather than after (it may
 *     repeat this one)
 * @param foundAt when the later report was filed and the check found the pair
 */
public record RecordedDuplicate(
        TrackingNumber other,
        String incidentType,
        RequestStatus status,
        double score,
        boolean otherFiledEarlier,
        Instant foundAt) {}
