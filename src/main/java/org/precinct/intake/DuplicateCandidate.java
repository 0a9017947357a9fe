package org.precinct.intake;

import java.time.Instant;

/**
 * An open report that may describe the same incident as the one being reported. It carries nothing personal:
 * the type, a rough place, when it happened and its tracking number.
 *
 * @param trackingNumber the other report's number
 * @param incidentType the other report's type code
 * @param sameType whether it has the same type, rather than a related one
 * @param place where it happened, to the block
 * @param occurredAt when it happened (or began), else when it was received
 * @param score how likely the two describe one incident, 0 to 1 in steps of 0.01: nearer, closer in time and in
 *     more alike words scores higher, and a related type lower than the same type
 */
public record DuplicateCandidate(
        TrackingNumber trackingNumber,
        String incidentType,
        boolean sameType,
        RoughPlace place,
        Instant occurredAt,
        double score) {}
