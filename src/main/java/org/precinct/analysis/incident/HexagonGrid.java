package org.precinct.analysis.incident;

import java.util.ArrayList;
import java.util.List;
import org.precinct.geography.GeoPoint;

/**
 * A grid of pointy-top hexagons laid over the Web Mercator plane, each cell named by its axial coordinates
 * (q, r) packed into one {@code long}.
 *
 * <p>Mercator because the grid must be the same for every incident ever stored, anywhere: a grid centred on the
 * city would change with the city. Mercator stretches distances by 1 / cos(latitude), so a cell of size s is s ·
 * cos(latitude) metres on the ground: about 0.78 s at 39° north. Across one city that factor hardly changes, so
 * the cells there are all the same size.
 */
public final class HexagonGrid {

    /** The grid of the store: 250 Mercator metres from centre to corner, about 190 m at 40° north. */
    public static final HexagonGrid STORE = new HexagonGrid(250);

    private static final double SQRT3 = Math.sqrt(3);

    private final double size;

    /** @param size from a cell's centre to each corner, in Mercator metres, positive */
    public HexagonGrid(double size) {
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("A hexagon's size must be positive: " + size);
        }
        this.size = size;
    }

    /** The cell containing a point. */
    public long cellOf(double latitude, double longitude) {
        double x = mercatorX(longitude);
        double y = mercatorY(latitude);
        double q = (SQRT3 / 3 * x - y / 3) / size;
        double r = (2.0 / 3 * y) / size;
        return roundToCell(q, r);
    }

    /** The centre of a cell. */
    public GeoPoint centre(long cell) {
        return point(centreX(q(cell), r(cell)), centreY(r(cell)));
    }

    /** The six corners of a cell, counter-clockwise from the one east of north-east. */
    public List<GeoPoint> corners(long cell) {
        double cx = centreX(q(cell), r(cell));
        double cy = centreY(r(cell));
        List<GeoPoint> corners = new ArrayList<>(6);
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i - 30);
            corners.add(point(cx + size * Math.cos(angle), cy + size * Math.sin(angle)));
        }
        return corners;
    }

    /** The cell at axial coordinates (q, r). */
    public static long cell(int q, int r) {
        return ((long) q << 32) | (r & 0xffffffffL);
    }

    public static int q(long cell) {
        return (int) (cell >> 32);
    }

    public static int r(long cell) {
        return (int) cell;
    }

    /** Rounds fractional axial coordinates to the nearest cell through cube coordinates (x + y + z = 0). */
    private static long roundToCell(double q, double r) {
        double s = -q - r;
        long rq = Math.round(q);
        long rr = Math.round(r);
        long rs = Math.round(s);
        double dq = Math.abs(rq - q);
        double dr = Math.abs(rr - r);
        double ds = Math.abs(rs - s);
        if (dq > dr && dq > ds) {
            rq = -rr - rs;
        } else if (dr > ds) {
            rr = -rq - rs;
        }
        return cell((int) rq, (int) rr);
    }

    private double centreX(int q, int r) {
        return size * (SQRT3 * q + SQRT3 / 2 * r);
    }

    private double centreY(int r) {
        return size * 1.5 * r;
    }

    private static double mercatorX(double longitude) {
        return GeoPoint.EARTH_RADIUS_METRES * Math.toRadians(longitude);
    }

    private static double mercatorY(double latitude) {
        double clamped = Math.max(-85, Math.min(85, latitude));
        return GeoPoint.EARTH_RADIUS_METRES * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2));
    }

    private static GeoPoint point(double x, double y) {
        double longitude = Math.toDegrees(x / GeoPoint.EARTH_RADIUS_METRES);
        double latitude = Math.toDegrees(2 * Math.atan(Math.exp(y / GeoPoint.EARTH_RADIUS_METRES)) - Math.PI / 2);
        return new GeoPoint(latitude, Math.max(-180, Math.min(180, longitude)));
    }
}
