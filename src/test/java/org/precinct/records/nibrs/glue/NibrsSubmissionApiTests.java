package org.precinct.records.nibrs.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.precinct.intake.review.ReviewFixtures.asStaff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precinct.PrecinctTest;
import org.precinct.StaffWebClient;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;
import org.precinct.records.nibrs.NibrsSchema;
import org.precinct.records.report.IncidentReportWorkflow;
import org.precinct.records.report.ReportInputs;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The monthly NIBRS submission over the API: the month's approved reports in documents the IEPD schema accepts,
 * the zero report of an empty month, who may fetch it, and bad months.
 */
@PrecinctTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NibrsSubmissionApiTests {

    private static final String API = "/api/v1/nibrs/submission";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    IncidentReportWorkflow workflow;

    @Autowired
    AuditTrail audit;

    @Autowired
    PrecinctProperties properties;

    private String clerkToken;
    private String officerToken;

    @BeforeAll
    void tokens() throws Exception {
        clerkToken = token(testAccounts.enrolled(Role.RECORDS));
        officerToken = token(testAccounts.enrolled(Role.OFFICER));
    }

    @Test
    void theMonthsApprovedReportIsInASubmissionTheSchemaAcceptsAndTheExportIsAudited() throws Exception {
        String victim = ReportInputs.surname();
        String number = approved(victim);
        String month = YearMonth.now(properties.timeZone()).toString();

        MvcResult result = mvc.perform(withToken(get(API).param("month", month), clerkToken))
                .andExpect(status().isOk())
                .andReturn();

        List<String> documents = documents(result);
        Validator validator = NibrsSchema.schema().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        for (String xml : documents) {
            assertThatCode(() -> validator.validate(new StreamSource(new StringReader(xml))))
                    .doesNotThrowAnyException();
        }
        assertThat(documents)
                .filteredOn(xml -> xml.contains(">" + number + "<"))
                .singleElement()
                .satisfies(xml -> assertThat(xml).contains("MO0950100").contains(">290<"));
        assertThat(audit.search(new AuditQuery(
                        null,
                        AuditAction.EXPORT,
                        MonthlyNibrsSubmission.OBJECT_TYPE,
                        month,
                        AuditOutcome.SUCCESS,
                        null,
                        null,
                        0)))
                .isNotEmpty();
    }

    @Test
    void aMonthWithNothingApprovedGetsItsZeroReport() throws Exception {
        String xml = mvc.perform(withToken(get(API).param("month", "1999-02"), clerkToken))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThatCode(() -> NibrsSchema.validate(xml)).doesNotThrowAnyException();
        assertThat(xml).contains("ZERO").contains("1999-02");
    }

    @Test
    void onlyRecordsStaffFetchTheSubmissionAndABadMonthIsNamedAsTheField() throws Exception {
        mvc.perform(withToken(get(API).param("month", "2026-10"), officerToken)).andExpect(status().isForbidden());
        mvc.perform(get(API).param("month", "2026-10")).andExpect(status().isUnauthorized());
        for (String bad : new String[] {"2026-13", "October", "2026-1", ""}) {
            mvc.perform(withToken(get(API).param("month", bad), clerkToken))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors.month").isNotEmpty());
        }
        mvc.perform(withToken(get(API), clerkToken)).andExpect(status().isBadRequest());
    }

    private String approved(String victim) {
        String officer = "ofc-" + UUID.randomUUID().toString().substring(0, 8);
        String number = asStaff(
                        officer, null, Set.of(Role.OFFICER), () -> workflow.create(ReportInputs.vandalism(victim)))
                .reportNumber();
        asStaff(officer, null, Set.of(Role.OFFICER), () -> workflow.submit(number, null));
        asStaff("sgt-" + officer, null, Set.of(Role.SUPERVISOR), () -> workflow.supervisorApprove(number, null));
        asStaff("clk-" + officer, null, Set.of(Role.RECORDS), () -> workflow.recordsApprove(number, null));
        return number;
    }

    private static List<String> documents(MvcResult result) throws Exception {
        byte[] body = result.getResponse().getContentAsByteArray();
        List<String> documents = new ArrayList<>();
        if (result.getResponse().getContentType().startsWith("application/zip")) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    assertThat(entry.getName()).endsWith(".xml");
                    documents.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } else {
            assertThat(result.getResponse().getContentType()).startsWith("application/xml");
            documents.add(new String(body, StandardCharsets.UTF_8));
        }
        return documents;
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

    private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
