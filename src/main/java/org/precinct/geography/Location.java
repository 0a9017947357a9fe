package org.precinct.geography;

import java.util.Objects;

/**
 * The jurisdiction and beat a point lies in.
 *
 * @param jurisdictionCode the jurisdiction's code
 * @param jurisdictionName the jurisdiction's name
 * @param jurisdictionKind the department's city or a contract city, whose figures are reported separately
 * @param beatCode the beat's code, or {@code null} when no beat of the jurisdiction covers the point
 * @param beatName the beat's name, or {@code null} with the code
 */
public record Location(
        String jurisdictionCode,
        String jurisdictionName,
        JurisdictionKind jurisdictionKind,
        String beatCode,
        String beatName) {

    public Location {
        Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        Objects.requireNonNull(jurisdictionKind, "jurisdictionKind");
    }
}
