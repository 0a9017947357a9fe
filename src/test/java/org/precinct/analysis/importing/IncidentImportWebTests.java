package org.precinct.analysis.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.AnalysisIncidents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@PrecinctTest
@WithMockUser(username = "import-analyst", roles = "ANALYST")
class IncidentImportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentImportJobs jobs;

    @Autowired
    AnalysisIncidents incidents;

    @Test
    void theFormListsTheKindsOfFileAndWhatEachSkips() throws Exception {
        mvc.perform(get("/staff/analysis/import"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Denver crime incidents")))
                .andExpect(content().string(containsString("5441 (traffic accidents)")))
                .andExpect(content().string(containsString("name=\"file\"")));
        mvc.perform(get("/staff/analysis/import").param("lang", "es"))
                .andExpect(content().string(containsString("Importar incidentes")));
    }

    @Test
    void anUploadRunsAsAJobWhoseProgressThePagePolls() throws Exception {
        String id = "page-" + UUID.randomUUID();
        String csv = "external_id,offense,occurred_at,latitude,longitude,address\n"
                + id + ",290,2017-08-01T10:00:00-05:00,38.63,-90.2,5 Elm St\n"
                + id + "-bad,999,2017-08-01T10:00:00-05:00,38.63,-90.2,5 Elm St\n";
        String location = mvc.perform(multipart("/staff/analysis/import")
                        .file(new MockMultipartFile(
                                "file", "history.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("format", "PRECINCT")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/staff/analysis/import/");
        UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 100 && !jobs.find(job).orElseThrow().finished(); i++) {
            Thread.sleep(100);
        }
        assertThat(jobs.find(job).orElseThrow().finished()).isTrue();
        assertThat(incidents.find(AnalysisIncidentSource.IMPORT, id)).isPresent();

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("history.csv")))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("999")));
        // The htmx poll gets only the fragment, and a finished job stops polling.
        mvc.perform(get(location).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-progress\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<footer"))));
    }

    @Test
    void anEmptyUploadIsRefusedNextToTheField() throws Exception {
        mvc.perform(multipart("/staff/analysis/import")
                        .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .param("format", "DENVER")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("The file is empty.")));
    }

    @Test
    @WithMockUser(username = "import-clerk", roles = "RECORDS")
    void otherStaffMayNotImport() throws Exception {
        mvc.perform(get("/staff/analysis/import")).andExpect(status().isForbidden());
    }
}
