package org.precinct.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple polygon (a boundary without holes) given by its vertices in order; the ring closes by itself.
 *
 * <p>Containment is decided on the plane of longitude and latitude, as PostgreSQL's {@code @>} decides it, so the
 * application and the database agree about which beat a point lies in.
 *
 * @param vertices at least three distinct vertices; a repeated first vertex at the end is dropped
 * @throws IllegalArgumentException when there are too few or too many vertices or the polygon has no area
 */
public record GeoPolygon(List<GeoPoint> vertices) {

    /** Beats and city limits need a few hundred vertices at most; this keeps a bad import from hurting. */
    public static final int MAX_VERTICES = 10_000;

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?");

    public GeoPolygon {
        List<GeoPoint> ring = new ArrayList<>();
        for (GeoPoint vertex : vertices) {
            if (ring.isEmpty() || !ring.get(ring.size() - 1).equals(vertex)) {
                ring.add(vertex);
            }
        }
        if (ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1))) {
            ring.remove(ring.size() - 1);
        }
        if (ring.size() < 3) {
            throw new IllegalArgumentException("A polygon needs at least three distinct vertices");
        }
        if (ring.size() > MAX_VERTICES) {
            throw new IllegalArgumentException("A polygon may have at most " + MAX_VERTICES + " vertices");
        }
        vertices = List.copyOf(ring);
        if (signedArea(vertices) == 0) {
            throw new IllegalArgumentException("A polygon must enclose an area");
        }
    }

    public static GeoPolygon of(GeoPoint... vertices) {
        return new GeoPolygon(List.of(vertices));
    }

    /** Whether {@code point} lies inside the polygon (even-odd rule; points on an edge may fall either way). */
    public boolean contains(GeoPoint point) {
        boolean inside = false;
        double x = point.longitude();
        double y = point.latitude();
        for (int i = 0, j = vertices.size() - 1; i < vertices.size(); j = i++) {
            double xi = vertices.get(i).longitude();
            double yi = vertices.get(i).latitude();
            double xj = vertices.get(j).longitude();
            double yj = vertices.get(j).latitude();
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The vertices counter-clockwise, as GeoJSON (RFC 7946) asks for an outer ring. */
    public List<GeoPoint> counterClockwise() {
        if (signedArea(vertices) > 0) {
            return vertices;
        }
        List<GeoPoint> reversed = new ArrayList<>(vertices);
        java.util.Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    /** The average of the vertices: a point for a label, inside any convex polygon. */
    public GeoPoint centre() {
        double latitude = 0;
        double longitude = 0;
        for (GeoPoint vertex : vertices) {
            latitude += vertex.latitude();
            longitude += vertex.longitude();
        }
        return new GeoPoint(latitude / vertices.size(), longitude / vertices.size());
    }

    /** The polygon as a PostgreSQL {@code polygon} literal, x = longitude, y = latitude. */
    public String toPostgres() {
        StringBuilder text = new StringBuilder("(");
        for (GeoPoint vertex : vertices) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append(vertex.toPostgres());
        }
        return text.append(')').toString();
    }

    /** Reads PostgreSQL's text form of a {@code polygon}, {@code ((x1,y1),(x2,y2),...)}. */
    public static GeoPolygon fromPostgres(String text) {
        Matcher numbers = NUMBER.matcher(text);
        List<Double> values = new ArrayList<>();
        while (numbers.find()) {
            values.add(Double.parseDouble(numbers.group()));
        }
        if (values.size() % 2 != 0) {
            throw new IllegalArgumentException("Not a polygon: " + text);
        }
        List<GeoPoint> vertices = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 2) {
            vertices.add(new GeoPoint(values.get(i + 1), values.get(i)));
        }
        return new GeoPolygon(vertices);
    }

    private static double signedArea(List<GeoPoint> ring) {
        double twice = 0;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            twice += (ring.get(j).longitude() * ring.get(i).latitude())
                    - (ring.get(i).longitude() * ring.get(j).latitude());
        }
        return twice / 2;
    }
}
