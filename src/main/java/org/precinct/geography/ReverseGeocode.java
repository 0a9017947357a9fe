package org.precinct.geography;

/**
 * What is at a point: the nearest address within the search radius and the jurisdiction and beat containing it.
 *
 * @param latitude the point asked about
 * @param longitude the point asked about
 * @param radiusMetres how far the nearest address was looked for
 * @param nearest the nearest address, or {@code null} when none lies within the radius
 * @param location the jurisdiction and beat, or {@code null} when the point is outside every jurisdiction
 */
public record ReverseGeocode(
        double latitude, double longitude, int radiusMetres, NearestAddress nearest, Location location) {

    /** Whether the point lies in one of the department's jurisdictions. */
    public boolean insideJurisdiction() {
        return location != null;
    }
}
