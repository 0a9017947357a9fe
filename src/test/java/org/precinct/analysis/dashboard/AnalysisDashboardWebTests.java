package org.precinct.analysis.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.shared.PrecinctProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@PrecinctTest
@WithMockUser(username = "dashboard-analyst", roles = "ANALYST")
class AnalysisDashboardWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AnalysisIncidents incidents;

    @Autowired
    AuditTrail audit;

    @Autowired
    PrecinctProperties properties;

    /** A week of its own in the 1930s to 1950s, so that no other test's incidents fall in its periods. */
    private LocalDate quietWeek() {
        return LocalDate.of(1930, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(1_000));
    }

    private void store(NibrsUcrOffense offense, LocalDate day, int count) {
        ZoneId zone = properties.timeZone();
        List<AnalysisIncident> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new AnalysisIncident(
                    AnalysisIncidentSource.IMPORT,
                    "dashboard-" + UUID.randomUUID(),
                    offense,
                    day.atTime(12, 0).atZone(zone).toInstant(),
                    39.74,
                    -104.99,
                    "100 Main St",
                    false));
        }
        incidents.upsert(batch);
    }

    @Test
    void flagsARiseThatChanceWouldRarelyProduceButNotASmallOne() throws Exception {
        LocalDate end = quietWeek();
        store(NibrsUcrOffense.ROBBERY, end.minusDays(2), 40);
        store(NibrsUcrOffense.ROBBERY, end.minusWeeks(52).minusDays(2), 10);
        store(NibrsUcrOffense.ARSON, end.minusDays(1), 4);
        store(NibrsUcrOffense.ARSON, end.minusWeeks(52).minusDays(1), 2);
        // Two arsons a week in the eight weeks before: 4 this week is within chance of that too.
        for (int week = 1; week <= 8; week++) {
            store(NibrsUcrOffense.ARSON, end.minusWeeks(week).minusDays(3), 2);
        }

        mvc.perform(get("/staff/analysis").param("period", "WEEK").param("end", end.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("120 Robbery")))
                .andExpect(content().string(containsString("Up (p = ")))
                .andExpect(content().string(containsString("No meaningful change")))
                .andExpect(content().string(containsString("exact conditional test for two Poisson counts")))
                .andExpect(content().string(containsString("data-chart=")));

        // Arson alone: +100 % on last year, but 4 against 2 is chance.
        mvc.perform(get("/staff/analysis")
                        .param("period", "WEEK")
                        .param("end", end.toString())
                        .param("offense", "200"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Up (p = "))));
    }

    @Test
    void everyTableDownloadsAsCsvAndTheDownloadIsAudited() throws Exception {
        LocalDate end = quietWeek();
        store(NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING, end.minusDays(3), 3);
        for (String table : List.of("offense", "beat", "jurisdiction", "time")) {
            mvc.perform(get("/staff/analysis/export/" + table + ".csv").param("end", end.toString()))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString(".csv")))
                    .andExpect(content().contentTypeCompatibleWith("text/csv"));
        }
        String offenses = mvc.perform(get("/staff/analysis/export/offense.csv").param("end", end.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(offenses).startsWith("key,label,this_period,same_period_last_year");
        assertThat(offenses).contains("220,220 Burglary/Breaking and Entering,3,0,");
        assertThat(audit.search(new AuditQuery(
                        "dashboard-analyst", AuditAction.EXPORT, "analysis.dashboard.time", null, null, null, null, 0)))
                .isNotEmpty();
        mvc.perform(get("/staff/analysis/export/secrets.csv")).andExpect(status().isNotFound());
    }

    @Test
    void anEmptyPeriodSaysSoAndABadDateIsShownNextToTheField() throws Exception {
        mvc.perform(get("/staff/analysis").param("end", "1901-02-03").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No hay incidentes para este filtro")));
        mvc.perform(get("/staff/analysis").param("end", "next tuesday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("aria-describedby=\"end-error\"")))
                .andExpect(content().string(containsString("Enter the date as YYYY-MM-DD.")));
        mvc.perform(get("/staff/analysis").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dashboard-results\"")))
                .andExpect(content().string(not(containsString("<footer"))));
    }

    @Test
    @WithMockUser(username = "dashboard-officer", roles = "OFFICER")
    void officersDoNotSeeTheDashboard() throws Exception {
        mvc.perform(get("/staff/analysis")).andExpect(status().isForbidden());
        mvc.perform(get("/staff/analysis/export/offense.csv")).andExpect(status().isForbidden());
    }
}
