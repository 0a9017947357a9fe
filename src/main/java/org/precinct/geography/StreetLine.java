package org.precinct.geography;

import java.util.List;

/**
 * A street drawn from the address index: its name and a line through the middle of each block of house numbers,
 * in number order. Good enough to find one's way on a map; not surveyed centre lines.
 *
 * @param name the street as the index writes it, e.g. {@code MAIN ST}
 * @param points at least one point, in house-number order
 */
public record StreetLine(String name, List<GeoPoint> points) {

    public StreetLine {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A street line needs at least one point");
        }
    }
}
