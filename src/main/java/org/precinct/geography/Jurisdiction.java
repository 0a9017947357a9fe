package org.precinct.geography;

/**
 * A jurisdiction as other modules and pages see it.
 *
 * @param code its code, e.g. {@code CHESTERFIELD}
 * @param name its name
 * @param kind the department's city or a contract city
 * @param boundary its limits
 * @param beats how many beats it has
 * @param addresses how many addresses of the index lie in it
 */
public record Jurisdiction(
        String code, String name, JurisdictionKind kind, GeoPolygon boundary, int beats, long addresses) {}
