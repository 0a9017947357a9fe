package org.precinct.geography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The streets of an area as lines, drawn from the address index alone, so that a map can be shown without any tile
 * server: each block of a hundred house numbers becomes one point (the middle of its addresses on both sides), and
 * a street's points in number order make its line.
 *
 * <p>Public information (street names and places), so nothing here is audited.
 */
@Service
public class StreetMap {

    /** The most blocks drawn at once; more would make a map too heavy for a phone and no easier to read. */
    public static final int MAX_BLOCKS = 5_000;

    private final JdbcClient jdbc;

    StreetMap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The streets with at least one block in the box, each with its blocks in the box, by name.
     *
     * @param southWest the box's south-west corner
     * @param northEast the box's north-east corner
     */
    public List<StreetLine> within(GeoPoint southWest, GeoPoint northEast) {
        if (southWest.latitude() > northEast.latitude() || southWest.longitude() > northEast.longitude()) {
            throw new IllegalArgumentException("The south-west corner must lie south-west of the north-east one");
        }
        Map<String, List<GeoPoint>> streets = new LinkedHashMap<>();
        jdbc.sql("""
                        select street, avg(latitude) as latitude, avg(longitude) as longitude
                        from geography.address
                        where location <@ box(point(:west, :south), point(:east, :north))
                          and house_number is not null
                        group by street, house_number / 100
                        order by street, house_number / 100
                        limit :limit
                        """)
                .param("west", southWest.longitude())
                .param("south", southWest.latitude())
                .param("east", northEast.longitude())
                .param("north", northEast.latitude())
                .param("limit", MAX_BLOCKS)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        row -> streets.computeIfAbsent(row.getString("street"), name -> new ArrayList<>())
                                .add(new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude"))));
        return streets.entrySet().stream()
                .map(street -> new StreetLine(street.getKey(), street.getValue()))
                .toList();
    }
}
