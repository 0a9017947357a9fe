package org.precinct.geography;

/**
 * A point on the earth in WGS 84 degrees.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @throws IllegalArgumentException when a coordinate is not a finite number in its range
 */
public record GeoPoint(double latitude, double longitude) {

    /** The mean radius of the earth (IUGG), which keeps the haversine error within 0.5 %. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90: " + latitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180: " + longitude);
        }
    }

    /** The great-circle distance to {@code other} in metres (haversine formula). */
    public double metresTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double deltaPhi = phi2 - phi1;
        double deltaLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(deltaPhi / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(deltaLambda / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The point {@code north} metres to the north and {@code east} metres to the east of this one, on a local flat
     * approximation that is good to a few centimetres over a city.
     */
    public GeoPoint offset(double north, double east) {
        double metresPerDegreeLatitude = Math.toRadians(EARTH_RADIUS_METRES);
        double metresPerDegreeLongitude = metresPerDegreeLatitude * Math.cos(Math.toRadians(latitude));
        return new GeoPoint(latitude + north / metresPerDegreeLatitude, longitude + east / metresPerDegreeLongitude);
    }

    /** The point as a PostgreSQL {@code point} literal, x = longitude, y = latitude. */
    public String toPostgres() {
        return "(" + longitude + "," + latitude + ")";
    }
}
