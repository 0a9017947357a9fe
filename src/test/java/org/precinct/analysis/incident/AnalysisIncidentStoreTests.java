package org.precinct.analysis.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidentCount;
import org.precinct.analysis.AnalysisIncidentDimension;
import org.precinct.analysis.AnalysisIncidentQuery;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.AnalysisIncidentView;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.records.NibrsUcrOffense;
import org.springframework.beans.factory.annotation.Autowired;

@PrecinctTest
class AnalysisIncidentStoreTests {

    @Autowired
    AnalysisIncidents incidents;

    @Test
    void storingTheSameSourceAndIdAgainUpdatesTheIncident() {
        String id = "store-" + UUID.randomUUID();
        Instant when = Instant.parse("2001-03-04T05:06:07Z");
        incidents.upsert(List.of(new AnalysisIncident(
                AnalysisIncidentSource.IMPORT,
                id,
                NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE,
                when,
                39.7392,
                -104.9903,
                "1234 Main St",
                false)));
        incidents.upsert(List.of(new AnalysisIncident(
                AnalysisIncidentSource.IMPORT,
                id,
                NibrsUcrOffense.RAPE,
                when.plusSeconds(60),
                null,
                null,
                "E SPEER BLVD / N GRANT ST",
                false)));

        AnalysisIncidentView stored =
                incidents.find(AnalysisIncidentSource.IMPORT, id).orElseThrow();
        assertThat(stored.offense()).isEqualTo("11A");
        assertThat(stored.occurredAt()).isEqualTo(when.plusSeconds(60));
        assertThat(stored.latitude()).isNull();
        assertThat(stored.blockAddress()).isEqualTo("E SPEER BLVD / N GRANT ST");
        assertThat(stored.sensitive()).isTrue();
        assertThat(incidents.count(AnalysisIncidentQuery.period(when, when.plusSeconds(3600))))
                .isEqualTo(1);
        // The same id from another source is another incident.
        assertThat(incidents.find(AnalysisIncidentSource.RECORDS, id)).isEmpty();
    }

    @Test
    void countsByOffensePeriodAndCellOverTheSelectedIncidents() {
        // A period of its own, far in the past, so that no other test's incidents fall in it.
        Instant start = Instant.parse("1971-01-04T12:00:00Z")
                .plusSeconds(UUID.randomUUID().hashCode() & 0xffff);
        String prefix = "count-" + UUID.randomUUID() + "-";
        incidents.upsert(List.of(
                incident(prefix + 1, NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, start, 39.7392, -104.9903),
                incident(
                        prefix + 2,
                        NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE,
                        start.plusSeconds(60),
                        39.7392,
                        -104.9903),
                incident(
                        prefix + 3,
                        NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING,
                        start.plusSeconds(120),
                        39.70,
                        -105.0),
                incident(
                        prefix + 4,
                        NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING,
                        start.plusSeconds(86_400 * 40),
                        39.70,
                        -105.0)));
        AnalysisIncidentQuery month = AnalysisIncidentQuery.period(start, start.plusSeconds(86_400 * 30));

        assertThat(incidents.countBy(AnalysisIncidentDimension.OFFENSE, month))
                .containsExactly(new AnalysisIncidentCount("23F", 2), new AnalysisIncidentCount("220", 1));
        assertThat(incidents.countBy(AnalysisIncidentDimension.HEX_CELL, month))
                .extracting(AnalysisIncidentCount::count)
                .containsExactly(2L, 1L);
        AnalysisIncidentQuery burglaries = new AnalysisIncidentQuery(
                Set.of(NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING),
                start,
                start.plusSeconds(86_400 * 60),
                null,
                null);
        assertThat(incidents.countBy(AnalysisIncidentDimension.MONTH, burglaries))
                .extracting(AnalysisIncidentCount::count)
                .containsExactly(1L, 1L);
        assertThat(incidents.list(burglaries, 10))
                .extracting(AnalysisIncidentView::externalId)
                .containsExactly(prefix + 3, prefix + 4);
    }

    private static AnalysisIncident incident(
            String id, NibrsUcrOffense offense, Instant when, double latitude, double longitude) {
        return new AnalysisIncident(AnalysisIncidentSource.IMPORT, id, offense, when, latitude, longitude, null, false);
    }
}
