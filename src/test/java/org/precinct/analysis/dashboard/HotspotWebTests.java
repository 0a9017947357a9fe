package org.precinct.analysis.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.shared.PrecinctProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@PrecinctTest
@WithMockUser(username = "hotspot-commander", roles = "COMMAND")
class HotspotWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AnalysisIncidents incidents;

    @Autowired
    PrecinctProperties properties;

    @Test
    void countsIncidentsPerHexagonForTheMapAndListsTheBusiest() throws Exception {
        // A week of its own in the 1960s, so that no other test's incidents fall in it.
        LocalDate end =
                LocalDate.of(1960, 1, 4).plusWeeks(ThreadLocalRandom.current().nextInt(500));
        List<AnalysisIncident> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(incident(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, end, 39.7392, -104.9903));
        }
        batch.add(incident(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, end, 39.7000, -105.0500));
        batch.add(incident(NibrsUcrOffense.SHOPLIFTING, end, 39.7000, -105.0500));
        batch.add(incident(NibrsUcrOffense.SHOPLIFTING, end, null, null));
        incidents.upsert(batch);

        mvc.perform(get("/staff/analysis/hotspots/cells")
                        .param("end", end.toString())
                        .param("offense", "23F"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cells", hasSize(2)))
                .andExpect(jsonPath("$.cells[0].count").value(5))
                .andExpect(jsonPath("$.cells[0].corners", hasSize(6)))
                .andExpect(jsonPath("$.cells[1].count").value(1))
                .andExpect(jsonPath("$.max").value(5))
                .andExpect(jsonPath("$.total").value(6));
        mvc.perform(get("/staff/analysis/hotspots/cells").param("end", end.toString()))
                .andExpect(jsonPath("$.total").value(8))
                .andExpect(jsonPath("$.placed").value(7));

        mvc.perform(get("/staff/analysis/hotspots").param("end", end.toString()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("8 incidents, 7 of them with a point on the map, in 2 hexagons")))
                .andExpect(content().string(containsString("id=\"hotspot-map\"")))
                .andExpect(
                        content().string(containsString("/staff/analysis/hotspots/cells?period=WEEK&amp;end=" + end)))
                .andExpect(content().string(containsString("Busiest hexagons")));
        mvc.perform(get("/staff/analysis/hotspots").param("end", "1901-01-01").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No hay incidentes para este filtro")));
    }

    @Test
    @WithMockUser(username = "hotspot-clerk", roles = "RECORDS")
    void recordsClerksDoNotSeeTheMap() throws Exception {
        mvc.perform(get("/staff/analysis/hotspots")).andExpect(status().isForbidden());
        mvc.perform(get("/staff/analysis/hotspots/cells")).andExpect(status().isForbidden());
    }

    private AnalysisIncident incident(NibrsUcrOffense offense, LocalDate end, Double latitude, Double longitude) {
        return new AnalysisIncident(
                AnalysisIncidentSource.IMPORT,
                "hotspot-" + UUID.randomUUID(),
                offense,
                end.minusDays(1).atTime(20, 0).atZone(properties.timeZone()).toInstant(),
                latitude,
                longitude,
                null,
                false);
    }
}
