package org.precinct.analysis.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precinct.PrecinctTest;
import org.precinct.StaffWebClient;
import org.precinct.analysis.AnalysisIncidentQuery;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.AnalysisIncidentView;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code POST /api/v1/import/incidents} with staff bearer tokens: good rows, bad rows, re-import and refusals. */
@PrecinctTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentImportApiTests {

    private static final String HEADER = "external_id,offense,occurred_at,latitude,longitude,address\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AnalysisIncidents incidents;

    @Autowired
    AuditTrail audit;

    private String analystToken;
    private String adminToken;
    private String clerkToken;

    @BeforeAll
    void tokens() throws Exception {
        analystToken = token(testAccounts.enrolled(Role.ANALYST));
        adminToken = token(testAccounts.enrolled(Role.ADMIN));
        clerkToken = token(testAccounts.enrolled(Role.RECORDS));
    }

    @Test
    void goodRowsImportWhileMalformedOnesAreListedWithLineAndReason() throws Exception {
        String id = "api-" + UUID.randomUUID() + "-";
        String csv = HEADER
                + id + "1,23F,2019-06-01T22:15:00-06:00,39.7392,-104.9903,1234 Main St\n"
                + id + "2,XYZ,2019-06-01T22:15:00-06:00,39.7392,-104.9903,1 Elm St\n"
                + id + "3,220,yesterday,39.7392,-104.9903,1 Elm St\n"
                + id + "4,220,2019-06-02T08:00:00Z,,,\n"
                + id + "5,220,2019-06-02T08:00:00Z,95,-104.99,\n"
                + id + "6,220,2019-06-02T08:00:00Z,39.7\n"
                + "\"" + id
                + "7\",\"290\",\"2019-06-03T01:00:00+01:00\",\"39.74\",\"-104.99\",\"Union Station, \"\"North\"\" door\"\n";

        mvc.perform(csv(post("/api/v1/import/incidents"), csv, analystToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.rejected.length()").value(4))
                .andExpect(jsonPath("$.rejected[0].line").value(3))
                .andExpect(jsonPath("$.rejected[0].reason").value(containsString("XYZ")))
                .andExpect(jsonPath("$.rejected[1].line").value(4))
                .andExpect(jsonPath("$.rejected[1].reason").value(containsString("ISO-8601")))
                .andExpect(jsonPath("$.rejected[2].line").value(6))
                .andExpect(jsonPath("$.rejected[2].reason").value(containsString("latitude")))
                .andExpect(jsonPath("$.rejected[3].line").value(7))
                .andExpect(jsonPath("$.rejected[3].reason").value(containsString("columns")));

        AnalysisIncidentView theft =
                incidents.find(AnalysisIncidentSource.IMPORT, id + 1).orElseThrow();
        assertThat(theft.offense()).isEqualTo("23F");
        assertThat(theft.occurredAt()).isEqualTo(Instant.parse("2019-06-02T04:15:00Z"));
        assertThat(theft.blockAddress()).isEqualTo("1200 BLOCK MAIN ST");
        assertThat(incidents
                        .find(AnalysisIncidentSource.IMPORT, id + 4)
                        .orElseThrow()
                        .latitude())
                .isNull();
        assertThat(incidents
                        .find(AnalysisIncidentSource.IMPORT, id + 7)
                        .orElseThrow()
                        .blockAddress())
                .isEqualTo("UNION STATION, \"NORTH\" DOOR");
        assertThat(incidents.find(AnalysisIncidentSource.IMPORT, id + 2)).isEmpty();
        assertThat(audit.search(new AuditQuery(
                        null, AuditAction.CREATE, "analysis.incident-import", null, null, null, null, 0)))
                .isNotEmpty();
    }

    @Test
    void reImportingTheSameExternalIdUpdatesAndNeverDuplicates() throws Exception {
        String id = "again-" + UUID.randomUUID();
        mvc.perform(csv(
                        post("/api/v1/import/incidents"),
                        HEADER + id + ",23F,1985-03-01T10:00:00Z,39.7,-104.9,10 Oak St\n",
                        adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        mvc.perform(csv(
                        post("/api/v1/import/incidents"),
                        HEADER + id + ",240,1985-03-01T11:00:00Z,39.7,-104.9,10 Oak St\n",
                        analystToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected.length()").value(0));

        AnalysisIncidentView stored =
                incidents.find(AnalysisIncidentSource.IMPORT, id).orElseThrow();
        assertThat(stored.offense()).isEqualTo("240");
        assertThat(incidents
                        .list(
                                AnalysisIncidentQuery.period(
                                        Instant.parse("1985-03-01T00:00:00Z"), Instant.parse("1985-03-02T00:00:00Z")),
                                1_000)
                        .stream()
                        .filter(incident -> incident.externalId().equals(id)))
                .hasSize(1);
    }

    @Test
    void refusesOtherRolesAnEmptyFileAndAnUnknownKind() throws Exception {
        mvc.perform(csv(post("/api/v1/import/incidents"), HEADER, clerkToken)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/import/incidents").contentType("text/csv").content(HEADER))
                .andExpect(status().isUnauthorized());
        mvc.perform(csv(post("/api/v1/import/incidents"), "", analystToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").exists());
        mvc.perform(csv(post("/api/v1/import/incidents").param("format", "ATLANTIS"), HEADER, analystToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.format").exists());
        mvc.perform(post("/api/v1/import/incidents")
                        .header("Authorization", "Bearer " + analystToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void answersInSpanishWhenAskedTo() throws Exception {
        mvc.perform(csv(
                                post("/api/v1/import/incidents"),
                                HEADER + "es-" + UUID.randomUUID() + ",ABC,2019-06-01T22:15:00Z,,,\n",
                                analystToken)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected[0].reason").value(containsString("no es un código de delito")));
    }

    private static MockHttpServletRequestBuilder csv(MockHttpServletRequestBuilder request, String body, String token) {
        return request.header("Authorization", "Bearer " + token)
                .contentType("text/csv")
                .content(body);
    }

    private String token(TestAccounts.Created account) throws Exception {
        String body = """
                {"username": "%s", "password": "%s", "totp": "%s"}
                """.formatted(
                        account.username(),
                        TestAccounts.PASSWORD,
                        Totp.codeAt(account.totpSecret(), StaffWebClient.currentStep()));
        String response = mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return response.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1").strip();
    }
}
