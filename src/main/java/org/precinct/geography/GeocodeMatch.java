package org.precinct.geography;

/**
 * A candidate point for a typed address.
 *
 * @param address the address as the index writes it (for an interpolated match, the typed number on the matched
 *     street)
 * @param latitude degrees north
 * @param longitude degrees east
 * @param score 1.0 for an exact match; for the others between 0 and 1, higher is more alike
 * @param kind exact, fuzzy or interpolated
 * @param beatCode the beat the point lies in, or {@code null} when none
 * @param jurisdictionCode the jurisdiction the point lies in, or {@code null} when it is outside every one
 */
public record GeocodeMatch(
        String address,
        double latitude,
        double longitude,
        double score,
        MatchKind kind,
        String beatCode,
        String jurisdictionCode) {

    public GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }
}
