package org.precinct.geography.addresses;

import org.precinct.geography.GeoPolygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts addresses of the index into the jurisdiction and the beat of that jurisdiction whose polygons contain them,
 * in one statement for any number of addresses. Where areas overlap (they should not), the lowest code wins, as in
 * {@code geography.jurisdiction_at} and {@code geography.beat_at}.
 */
@Component
public class AddressPlacement {

    private static final String PLACE = """
            update geography.address a
            set jurisdiction_id = placed.jurisdiction_id, beat_id = placed.beat_id
            from (select candidate.id, j.id as jurisdiction_id, b.id as beat_id
                  from geography.address candidate
                  left join lateral (select j.id from geography.jurisdiction j
                                     where j.boundary @> candidate.location
                                     order by j.code limit 1) j on true
                  left join lateral (select b.id from geography.beat b
                                     where b.jurisdiction_id = j.id and b.boundary @> candidate.location
                                     order by b.code limit 1) b on true
                  where %s) placed
            where a.id = placed.id
              and (a.jurisdiction_id is distinct from placed.jurisdiction_id
                   or a.beat_id is distinct from placed.beat_id)
            """;

    private final JdbcClient jdbc;

    AddressPlacement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Places the addresses with these normalised texts; returns how many changed place. */
    public int placeAddresses(String[] normalised) {
        return jdbc.sql(PLACE.formatted("candidate.normalized = any(:keys)"))
                .param("keys", normalised)
                .update();
    }

    /**
     * Places again the addresses a jurisdiction's new boundary gains or its old one loses.
     *
     * @param jurisdictionId the jurisdiction whose boundary is now {@code boundary}
     */
    public int placeAfterJurisdictionChange(long jurisdictionId, GeoPolygon boundary) {
        return jdbc.sql(PLACE.formatted(
                        "(candidate.location <@ cast(:boundary as polygon) or candidate.jurisdiction_id = :id)"))
                .param("boundary", boundary.toPostgres())
                .param("id", jurisdictionId)
                .update();
    }

    /**
     * Places again the addresses a beat's new boundary gains or its old one loses.
     *
     * @param beatId the beat whose boundary is now {@code boundary}
     */
    public int placeAfterBeatChange(long beatId, GeoPolygon boundary) {
        return jdbc.sql(PLACE.formatted(
                        "(candidate.location <@ cast(:boundary as polygon) or candidate.beat_id = :id)"))
                .param("boundary", boundary.toPostgres())
                .param("id", beatId)
                .update();
    }
}
