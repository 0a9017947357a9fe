package org.precinct.analysis.cluster.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.EmergingClusterEvents;
import org.precinct.analysis.cluster.SyntheticIncidents;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The emerging-cluster API on incidents the test supplies: the issue's request and answer, and its refusals. */
class EmergingClusterApiTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private final List<Set<String>> askedFor = new ArrayList<>();
    private final AuditTrail audit = AnalysisApiStandalone.audit();

    private MockMvc mvc(EmergingClusterEvents events) {
        return MockMvcBuilders.standaloneSetup(new EmergingClusterRestController(
                        AnalysisApiStandalone.events(events),
                        audit,
                        AnalysisApiStandalone.messages(),
                        AnalysisApiStandalone.CLOCK,
                        AnalysisApiStandalone.PROPERTIES))
                .build();
    }

    private EmergingClusterEvents supplying(List<EmergingClusterEvent> events) {
        return (offenses, from, to) -> {
            askedFor.add(offenses);
            assertThat(from).isEqualTo(AS_OF.minusDays(119));
            assertThat(to).isEqualTo(AS_OF);
            return events;
        };
    }

    @Test
    void answersTheIssuesRequestWithThePlantedClusterFirst() throws Exception {
        SyntheticIncidents data = new SyntheticIncidents(21, 500, 5_000, 1).background(2_500, AS_OF, 120);
        List<Long> planted = data.plant(20, AS_OF, 4, 3);

        mvc(supplying(data.events()))
                .perform(post("/api/v1/analysis/emerging-clusters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"offenses": ["23F"], "asOf": "2026-11-20", "studyDays": 120, "maxWindowDays": 30,
                                 "maxRadiusMeters": 800, "replications": 99, "seed": 1}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clusters[0].centerLatitude", closeTo(data.centreLatitude(), 0.005)))
                .andExpect(jsonPath("$.clusters[0].centerLongitude", closeTo(data.centreLongitude(), 0.006)))
                .andExpect(jsonPath("$.clusters[0].windowEnd").value("2026-11-20"))
                .andExpect(jsonPath("$.clusters[0].windowStart").exists())
                .andExpect(jsonPath("$.clusters[0].radiusMeters").isNumber())
                .andExpect(jsonPath("$.clusters[0].observed").isNumber())
                .andExpect(jsonPath("$.clusters[0].expected").isNumber())
                .andExpect(jsonPath("$.clusters[0].relativeRisk").isNumber())
                .andExpect(jsonPath("$.clusters[0].pValue").value(0.01))
                .andExpect(jsonPath("$.clusters[0].recurrenceIntervalDays", closeTo(100, 1e-6)))
                .andExpect(jsonPath(
                        "$.clusters[0].incidentIds", hasItem(planted.get(0).intValue())))
                .andExpect(jsonPath("$.incidents").value(2_520))
                .andExpect(jsonPath("$.seed").value(1))
                .andExpect(jsonPath("$.elapsedMs").isNumber());
        assertThat(askedFor).containsExactly(Set.of("23F"));
        Mockito.verify(audit).success(Mockito.eq(AuditAction.SEARCH), Mockito.eq("EmergingClusterScan"), Mockito.any());
    }

    @Test
    void absurdParametersAreRefusedNamingTheField() throws Exception {
        MockMvc mvc = mvc(supplying(List.of()));
        String[][] refusals = {
            {"{\"maxRadiusMeters\": 0}", "maxRadiusMeters"},
            {"{\"replications\": 10000, \"studyDays\": 3650, \"maxRadiusMeters\": 100000}", "studyDays"},
            {"{\"replications\": 10000}", "replications"},
            {"{\"maxRadiusMeters\": 100000}", "maxRadiusMeters"},
            {"{\"studyDays\": 40, \"maxWindowDays\": 30}", "maxWindowDays"},
            {"{\"offenses\": [\"burglary\"]}", "offenses"},
            {"{\"asOf\": \"2026-12-01\"}", "asOf"},
        };
        for (String[] refusal : refusals) {
            mvc.perform(post("/api/v1/analysis/emerging-clusters")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(refusal[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(refusal[1]))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        }
        assertThat(askedFor).isEmpty();
    }

    @Test
    void anAnalysisOverNoDataSaysSoInTheCallersLanguage() throws Exception {
        for (EmergingClusterEvents events : new EmergingClusterEvents[] {supplying(List.of()), null}) {
            mvc(events)
                    .perform(post("/api/v1/analysis/emerging-clusters")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"studyDays\": 120}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail", containsString("no incidents")));
        }
        mvc(supplying(List.of()))
                .perform(post("/api/v1/analysis/emerging-clusters")
                        .locale(Locale.forLanguageTag("es"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studyDays\": 120}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("No hay incidentes")));
    }
}
