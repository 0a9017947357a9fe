package org.precinct.geography;

/**
 * A patrol beat as other modules and pages see it.
 *
 * @param code its code, e.g. {@code B11}
 * @param name its name
 * @param jurisdictionCode the jurisdiction it lies in
 * @param jurisdictionName that jurisdiction's name
 * @param jurisdictionKind that jurisdiction's kind
 * @param boundary its area
 * @param addresses how many addresses of the index lie in it
 */
public record Beat(
        String code,
        String name,
        String jurisdictionCode,
        String jurisdictionName,
        JurisdictionKind jurisdictionKind,
        GeoPolygon boundary,
        long addresses) {}
