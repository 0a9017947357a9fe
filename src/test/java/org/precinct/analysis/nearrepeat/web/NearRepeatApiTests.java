package org.precinct.analysis.nearrepeat.web;

import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.EmergingClusterEvents;
import org.precinct.analysis.cluster.web.AnalysisApiStandalone;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The near-repeat API on incidents the test supplies. */
class NearRepeatApiTests {

    private MockMvc mvc(EmergingClusterEvents events) {
        return MockMvcBuilders.standaloneSetup(new NearRepeatRestController(
                        AnalysisApiStandalone.events(events),
                        AnalysisApiStandalone.audit(),
                        AnalysisApiStandalone.messages(),
                        AnalysisApiStandalone.CLOCK,
                        AnalysisApiStandalone.PROPERTIES))
                .build();
    }

    @Test
    void answersTheKnoxTableWithRatiosAndPValues() throws Exception {
        SplittableRandom random = new SplittableRandom(4);
        List<EmergingClusterEvent> burglaries = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 6, 1);
        for (int k = 0; k < 300; k++) {
            double latitude = 39.72 + random.nextDouble() * 0.03;
            double longitude = -105.0 + random.nextDouble() * 0.04;
            LocalDate day = first.plusDays(random.nextInt(150));
            burglaries.add(new EmergingClusterEvent(2 * k, latitude, longitude, day));
            burglaries.add(new EmergingClusterEvent(2 * k + 1, latitude + 0.0003, longitude, day.plusDays(2)));
        }

        mvc((offenses, from, to) -> burglaries)
                .perform(post("/api/v1/analysis/near-repeats")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"offenses": ["220"], "from": "2026-06-01", "to": "2026-11-20",
                                 "distanceBandMeters": 100, "distanceBands": 3, "timeBandDays": 7, "timeBands": 2,
                                 "replications": 49, "seed": 3}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.table.incidents").value(600))
                .andExpect(jsonPath("$.table.distanceBands.length()").value(5))
                .andExpect(jsonPath("$.table.timeBands.length()").value(3))
                .andExpect(jsonPath("$.table.cells.length()").value(15))
                .andExpect(jsonPath("$.table.cells[3].distanceBand").value(1))
                .andExpect(jsonPath("$.table.cells[3].timeBand").value(0))
                .andExpect(jsonPath("$.table.cells[3].ratio", greaterThan(3.0)))
                .andExpect(jsonPath("$.table.cells[3].pValue").value(0.02))
                .andExpect(jsonPath("$.seed").value(3));
    }

    @Test
    void absurdBandsAndNoDataAreRefused() throws Exception {
        MockMvc mvc = mvc((offenses, from, to) -> List.of());
        mvc.perform(post("/api/v1/analysis/near-repeats")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"distanceBandMeters\": 100000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("distanceBandMeters"));
        mvc.perform(post("/api/v1/analysis/near-repeats")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
