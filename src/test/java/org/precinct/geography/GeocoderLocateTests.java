package org.precinct.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where areas overlap (they should not, but an edit can make them), a point belongs to the jurisdiction with the
 * lowest code and, within it, to the beat with the lowest code, exactly as the database's own
 * {@code geography.jurisdiction_at} and {@code geography.beat_at} say; a point in no beat has a jurisdiction only.
 */
@PrecinctTest
class GeocoderLocateTests {

    @Autowired
    Boundaries boundaries;

    @Autowired
    Geocoder geocoder;

    @Autowired
    JdbcClient jdbc;

    private TestTerritory territory;

    @BeforeEach
    void territory() {
        territory = TestTerritory.create(boundaries);
    }

    @Test
    void theLowestCodesWinWhereAreasOverlap() {
        // A second city over the eastern half, coded to sort after the first, and a third before it over a corner.
        String later = "U" + territory.suffix();
        String earlier = "S" + territory.suffix();
        boundaries.defineJurisdiction(new JurisdictionDefinition(
                later, "Later " + territory.suffix(), JurisdictionKind.CITY, territory.rectangle(1_000, 2_000)));
        boundaries.defineJurisdiction(new JurisdictionDefinition(
                earlier,
                "Earlier " + territory.suffix(),
                JurisdictionKind.CONTRACT_CITY,
                GeoPolygon.of(
                        territory.at(1_500, 1_500),
                        territory.at(1_500, 1_900),
                        territory.at(1_900, 1_900),
                        territory.at(1_900, 1_500))));
        // A beat of the first city over both of its beats' border, coded to sort before both.
        boundaries.defineBeat(new BeatDefinition(
                "A" + territory.suffix(),
                "Across " + territory.suffix(),
                territory.jurisdictionCode(),
                territory.rectangle(800, 1_200)));

        assertLocated(territory.at(100, 1_600), territory.jurisdictionCode(), territory.eastBeat());
        assertLocated(territory.at(1_700, 1_700), earlier, null);
        assertLocated(territory.at(100, 1_100), territory.jurisdictionCode(), "A" + territory.suffix());
        assertLocated(territory.at(100, 300), territory.jurisdictionCode(), territory.westBeat());
    }

    @Test
    void aPointInNoBeatHasAJurisdictionOnly() {
        String bare = "V" + territory.suffix();
        boundaries.defineJurisdiction(new JurisdictionDefinition(
                bare,
                "Bare " + territory.suffix(),
                JurisdictionKind.CITY,
                GeoPolygon.of(
                        territory.at(-900, 0),
                        territory.at(-900, 500),
                        territory.at(-100, 500),
                        territory.at(-100, 0))));

        assertLocated(territory.at(-500, 250), bare, null);
    }

    private void assertLocated(GeoPoint point, String jurisdiction, String beat) {
        assertThat(geocoder.locate(point)).hasValueSatisfying(location -> {
            assertThat(location.jurisdictionCode()).isEqualTo(jurisdiction);
            assertThat(location.beatCode()).isEqualTo(beat);
        });
        assertThat(jdbc.sql("""
                        select j.code from geography.jurisdiction j
                        where j.id = geography.jurisdiction_at(cast(:point as point))
                        """)
                        .param("point", point.toPostgres())
                        .query(String.class)
                        .single())
                .isEqualTo(jurisdiction);
        assertThat(jdbc.sql("""
                        select b.code from geography.beat b where b.id = geography.beat_at(cast(:point as point))
                        """)
                        .param("point", point.toPostgres())
                        .query(String.class)
                        .optional()
                        .orElse(null))
                .isEqualTo(beat);
    }
}
