package org.precinct.analysis.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.EmergingClusterEvents;
import org.precinct.records.NibrsUcrOffense;
import org.springframework.beans.factory.annotation.Autowired;

@PrecinctTest
class StoredClusterEventsTests {

    @Autowired
    AnalysisIncidents incidents;

    @Autowired
    EmergingClusterEvents events;

    @Test
    void theScanReadsTheStoresIncidentsWithAPointDatedInTheDepartmentsZone() {
        String run = UUID.randomUUID().toString();
        // 1987: a year no other test stores incidents in. 04:30 UTC on 3 March is the evening of 2 March in
        // the department's zone (America/Chicago).
        incidents.upsert(List.of(
                incident(run + "-late", "220", Instant.parse("1987-03-03T04:30:00Z"), 38.65, -90.60),
                incident(run + "-other", "13A", Instant.parse("1987-03-02T18:00:00Z"), 38.65, -90.60),
                incident(run + "-nowhere", "220", Instant.parse("1987-03-02T18:00:00Z"), null, null),
                incident(run + "-after", "220", Instant.parse("1987-03-20T18:00:00Z"), 38.65, -90.60)));

        List<EmergingClusterEvent> burglaries =
                events.between(Set.of("220"), LocalDate.of(1987, 3, 1), LocalDate.of(1987, 3, 10));
        List<EmergingClusterEvent> everything =
                events.between(Set.of(), LocalDate.of(1987, 3, 1), LocalDate.of(1987, 3, 10));

        assertThat(burglaries).extracting(EmergingClusterEvent::date).containsExactly(LocalDate.of(1987, 3, 2));
        assertThat(burglaries.get(0).latitude()).isEqualTo(38.65);
        assertThat(everything).hasSize(2);
    }

    private static AnalysisIncident incident(
            String id, String offense, Instant when, Double latitude, Double longitude) {
        return new AnalysisIncident(
                AnalysisIncidentSource.IMPORT, id, NibrsUcrOffense.of(offense), when, latitude, longitude, null, false);
    }
}
