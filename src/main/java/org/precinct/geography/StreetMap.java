package org.precinct.geography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The streets and houses of an area, drawn from the address index alone, so that a map can be shown without any
 * tile server: each run of house numbers (a block of a hundred, or less when the map is close) becomes one point, the
 * middle of its addresses on both sides, and a street's points in number order make its line.
 *
 * <p>Public information (street names and places), so nothing here is audited.
 */
@Service
public class StreetMap {

    /** The most street points drawn at once; more would make a map too heavy for a phone and no easier to read. */
    public static final int MAX_POINTS = 5_000;

    /** The most houses drawn at once. */
    public static final int MAX_HOUSES = 2_000;

    private final JdbcClient jdbc;

    StreetMap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The streets with an address in the box, by name, each with its points in the box and around it (as far again
     * as the box is wide and high), so that a street whose next point lies off the box still runs to its edge.
     *
     * @param southWest the box's south-west corner
     * @param northEast the box's north-east corner
     * @param numbersPerPoint how many house numbers make one point: 100 (a block) for a town, 20 for a few streets,
     *     where even and odd numbers face each other in pairs
     */
    public List<StreetLine> within(GeoPoint southWest, GeoPoint northEast, int numbersPerPoint) {
        requireBox(southWest, northEast);
        if (numbersPerPoint < 2) {
            throw new IllegalArgumentException("A point stands for at least two house numbers, one on each side");
        }
        double height = northEast.latitude() - southWest.latitude();
        double width = northEast.longitude() - southWest.longitude();
        Map<String, List<GeoPoint>> streets = new LinkedHashMap<>();
        jdbc.sql("""
                        select street, avg(latitude) as latitude, avg(longitude) as longitude
                        from (select a.street, a.house_number / :run as run, a.latitude, a.longitude
                              from geography.address a
                              where a.street in (select street from geography.address
                                                 where location <@ box(point(:west, :south), point(:east, :north)))
                                and a.location <@ box(point(:west - :width, :south - :height),
                                                      point(:east + :width, :north + :height))
                                and a.house_number is not null) runs
                        group by street, run
                        order by street, run
                        limit :limit
                        """)
                .param("west", southWest.longitude())
                .param("south", southWest.latitude())
                .param("east", northEast.longitude())
                .param("north", northEast.latitude())
                .param("width", width)
                .param("height", height)
                .param("run", numbersPerPoint)
                .param("limit", MAX_POINTS)
                .query((RowCallbackHandler)
                        row -> streets.computeIfAbsent(row.getString("street"), name -> new ArrayList<>())
                                .add(new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude"))));
        return streets.entrySet().stream()
                .map(street -> new StreetLine(street.getKey(), street.getValue()))
                .toList();
    }

    /** Where the addresses in the box stand, at most {@value #MAX_HOUSES} of them. */
    public List<GeoPoint> houses(GeoPoint southWest, GeoPoint northEast) {
        requireBox(southWest, northEast);
        return jdbc.sql("""
                        select latitude, longitude from geography.address
                        where location <@ box(point(:west, :south), point(:east, :north))
                        limit :limit
                        """)
                .param("west", southWest.longitude())
                .param("south", southWest.latitude())
                .param("east", northEast.longitude())
                .param("north", northEast.latitude())
                .param("limit", MAX_HOUSES)
                .query((row, index) -> new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")))
                .list();
    }

    private static void requireBox(GeoPoint southWest, GeoPoint northEast) {
        if (southWest.latitude() > northEast.latitude() || southWest.longitude() > northEast.longitude()) {
            throw new IllegalArgumentException("The south-west corner must lie south-west of the north-east one");
        }
    }
}
