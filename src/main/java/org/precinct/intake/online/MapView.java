package org.precinct.intake.online;

import java.io.Serializable;
import org.precinct.geography.GeoPoint;

/**
 * What a map image shows: its centre and zoom, and how its pixels relate to places. Zoom levels are those of web
 * maps (at level {@code z} the equator is 256·2^z pixels long), so they mean what people expect; the projection
 * is flat around the centre, which over the few kilometres of a city is off by far less than a pixel.
 *
 * @param centreLatitude degrees north of the image's centre
 * @param centreLongitude degrees east of the image's centre
 * @param zoom {@value #MIN_ZOOM} (a county) to {@value #MAX_ZOOM} (a house)
 */
public record MapView(double centreLatitude, double centreLongitude, int zoom) implements Serializable {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 400;
    public static final int MIN_ZOOM = 10;
    public static final int MAX_ZOOM = 19;
    /** Close enough to see which house; where the map opens once a place is chosen. */
    public static final int PLACE_ZOOM = 17;

    private static final double METRES_PER_DEGREE = Math.PI * GeoPoint.EARTH_RADIUS_METRES / 180;
    /** Ground metres per pixel at the equator at zoom 0. */
    private static final double EQUATOR_METRES_PER_PIXEL = 2 * Math.PI * 6_378_137 / 256;
    /** The projection is flat; near the poles it would not be, and no department polices there. */
    private static final double MAX_LATITUDE = 85;

    /** @throws IllegalArgumentException when the centre is no place or the zoom out of range */
    public MapView {
        if (!(Math.abs(centreLatitude) <= MAX_LATITUDE) || !(Math.abs(centreLongitude) <= 180)) {
            throw new IllegalArgumentException("The map centre must be a place between 85 degrees north and south");
        }
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("The zoom must be " + MIN_ZOOM + " to " + MAX_ZOOM);
        }
    }

    public static MapView around(GeoPoint point, int zoom) {
        return new MapView(point.latitude(), point.longitude(), Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)));
    }

    public double metresPerPixel() {
        return EQUATOR_METRES_PER_PIXEL * Math.cos(Math.toRadians(centreLatitude)) / Math.pow(2, zoom);
    }

    /** Pixels right of the image's left edge. */
    public double x(double longitude) {
        return WIDTH / 2.0
                + (longitude - centreLongitude)
                        * METRES_PER_DEGREE
                        * Math.cos(Math.toRadians(centreLatitude))
                        / metresPerPixel();
    }

    /** Pixels below the image's top edge. */
    public double y(double latitude) {
        return HEIGHT / 2.0 - (latitude - centreLatitude) * METRES_PER_DEGREE / metresPerPixel();
    }

    /**
     * The place at a pixel of the image.
     *
     * @throws IllegalArgumentException when the pixel is outside the image
     */
    public GeoPoint pointAt(double x, double y) {
        if (!(x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT)) {
            throw new IllegalArgumentException("The pixel lies outside the map");
        }
        return new GeoPoint(latitudeAt(y), longitudeAt(x));
    }

    /**
     * The south-west corner of the image widened by {@code margin} pixels; on a map across the date line, the corner
     * is moved onto it.
     */
    public GeoPoint southWest(double margin) {
        return new GeoPoint(Math.max(-90, latitudeAt(HEIGHT + margin)), Math.max(-180, longitudeAt(-margin)));
    }

    /** The north-east corner of the image widened by {@code margin} pixels; see {@link #southWest(double)}. */
    public GeoPoint northEast(double margin) {
        return new GeoPoint(Math.min(90, latitudeAt(-margin)), Math.min(180, longitudeAt(WIDTH + margin)));
    }

    private double latitudeAt(double y) {
        return centreLatitude + (HEIGHT / 2.0 - y) * metresPerPixel() / METRES_PER_DEGREE;
    }

    /** Past 180 degrees on a map across the date line; callers bring it back. */
    private double longitudeAt(double x) {
        return centreLongitude
                + (x - WIDTH / 2.0) * metresPerPixel() / (METRES_PER_DEGREE * Math.cos(Math.toRadians(centreLatitude)));
    }

    public MapView zoomedIn() {
        return new MapView(centreLatitude, centreLongitude, Math.min(MAX_ZOOM, zoom + 1));
    }

    public MapView zoomedOut() {
        return new MapView(centreLatitude, centreLongitude, Math.max(MIN_ZOOM, zoom - 1));
    }

    /** The view moved by half its width or height: north, south, east or west. */
    public MapView moved(Direction direction) {
        double x = WIDTH / 2.0 + direction.east * WIDTH / 2.0;
        double y = HEIGHT / 2.0 - direction.north * HEIGHT / 2.0;
        double latitude = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitudeAt(y)));
        double longitude = longitudeAt(x);
        if (longitude > 180) {
            longitude -= 360;
        } else if (longitude < -180) {
            longitude += 360;
        }
        return new MapView(latitude, longitude, zoom);
    }

    /** Ways to move the view. */
    public enum Direction {
        NORTH(1, 0),
        SOUTH(-1, 0),
        EAST(0, 1),
        WEST(0, -1);

        private final int north;
        private final int east;

        Direction(int north, int east) {
            this.north = north;
            this.east = east;
        }
    }
}
