package org.precinct.records.report.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precinct.PrecinctTest;
import org.precinct.StaffWebClient;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;
import org.precinct.records.report.ReportInputs;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The incident report API with staff bearer tokens: writing, reading, the review steps, and how bad input, an approved
 * report edited in place, an incomplete report and a sealed one are answered.
 */
@PrecinctTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentReportApiTests {

    private static final String API = "/api/v1/incident-reports";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    private String officerToken;
    private String otherOfficerToken;
    private String supervisorToken;
    private String clerkToken;

    @BeforeAll
    void tokens() throws Exception {
        officerToken = token(testAccounts.enrolled(Role.OFFICER));
        otherOfficerToken = token(testAccounts.enrolled(Role.OFFICER));
        supervisorToken = token(testAccounts.enrolled(Role.SUPERVISOR));
        clerkToken = token(testAccounts.enrolled(Role.RECORDS));
    }

    @Test
    void aReportIsWrittenReadAndTakenThroughTheReview() throws Exception {
        String victim = ReportInputs.surname();
        String number = create(report(victim, "1984-03-12", "290"));

        mvc.perform(withToken(get(API + "/" + number), officerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.reportNumber").value(number))
                .andExpect(jsonPath("$.report.status").value("DRAFT"))
                .andExpect(jsonPath("$.report.offenses[0].code").value("290"))
                .andExpect(jsonPath("$.report.people[0].lastName").value(victim))
                .andExpect(jsonPath("$.report.property[0].valueCents").value(45000))
                .andExpect(jsonPath("$.problems[?(@.blocking == true)]").isEmpty());

        mvc.perform(withToken(json(post(API + "/" + number + "/submit"), "{\"version\": 0}"), officerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(withToken(
                        json(post(API + "/" + number + "/return"), "{\"comments\": \"Which door?\"}"), supervisorToken))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(withToken(get(API + "/" + number), officerToken))
                .andExpect(jsonPath("$.returnComments").value("Which door?"));
        mvc.perform(withToken(json(post(API + "/" + number + "/submit"), "{}"), officerToken))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(withToken(post(API + "/" + number + "/approve"), supervisorToken))
                .andExpect(jsonPath("$.status").value("RECORDS_REVIEW"));
        mvc.perform(withToken(post(API + "/" + number + "/records-approve"), clerkToken))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(withToken(
                        json(post(API + "/" + number + "/supplements"), "{\"text\": \"Second tag found.\"}"),
                        otherOfficerToken))
                .andExpect(status().isCreated());
        mvc.perform(withToken(get(API + "/" + number), otherOfficerToken))
                .andExpect(jsonPath("$.report.status").value("APPROVED"))
                .andExpect(jsonPath("$.report.supplements[0].text").value("Second tag found."));
    }

    @Test
    void impossibleInputIsAnsweredFieldByFieldAndStoresNothing() throws Exception {
        String victim = ReportInputs.surname();
        mvc.perform(withToken(json(post(API), report(victim, "2090-01-01", "99Z")), officerToken))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[?(@.field == 'people[0].dateOfBirth')].message")
                        .value(hasItem(containsString("born on this date"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'offenses[0].code')].message")
                        .value(hasItem("This is not a NIBRS offense code: choose an offense from the list.")))
                .andExpect(content().string(not(containsString("Exception"))));

        String number = create(report(victim, "1984-03-12", "290"));
        mvc.perform(withToken(
                        json(
                                put(API + "/" + number),
                                report(victim, "1984-03-12", "290").replace("450.00", "-3")),
                        officerToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("property[0].value"));
        mvc.perform(withToken(get(API + "/" + number), officerToken))
                .andExpect(jsonPath("$.report.property[0].valueCents").value(45000))
                .andExpect(jsonPath("$.report.version").value(0));
        mvc.perform(withToken(
                        json(put(API + "/" + number).param("lang", "es"), "{\"occurredFrom\": \"2026-13-45T10:00\"}"),
                        officerToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Esta fecha no existe o no puede ser correcta."));
    }

    @Test
    void anApprovedReportEditedInPlaceIsRefusedWithWhatToDoInstead() throws Exception {
        String victim = ReportInputs.surname();
        String number = approved(report(victim, "1984-03-12", "290"));

        mvc.perform(withToken(json(put(API + "/" + number), report("Changed", "1984-03-12", "290")), officerToken))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("approved and locked")))
                .andExpect(jsonPath("$.detail").value(containsString("supplement")));
        mvc.perform(withToken(get(API + "/" + number), officerToken))
                .andExpect(jsonPath("$.report.people[0].lastName").value(victim));
    }

    @Test
    void anIncompleteReportIsNotSubmittedAndTheProblemsAreListed() throws Exception {
        String number = create("{\"narrative\": \"Short.\"}");
        mvc.perform(withToken(post(API + "/" + number + "/submit"), officerToken))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.problems[*].field").value(hasItem("occurredFrom")))
                .andExpect(jsonPath("$.problems[*].message").value(hasItem("Add at least one offense.")));
    }

    @Test
    void sealedReportsAndJuvenilesDoNotExistForOfficers() throws Exception {
        String minor = ReportInputs.surname();
        String body = report(ReportInputs.surname(), "1984-03-12", "290")
                .replace(
                        "\"people\": [",
                        "\"people\": [{\"role\": \"SUSPECT\", \"lastName\": \"" + minor + "\", \"dateOfBirth\": \""
                                + LocalDate.now().minusYears(14) + "\"},");
        String number = approved(body);

        mvc.perform(withToken(get(API + "/" + number), otherOfficerToken))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(minor))));
        mvc.perform(withToken(get(API + "/" + number), clerkToken))
                .andExpect(jsonPath("$.report.people[0].lastName").value(minor))
                .andExpect(jsonPath("$.report.people[0].juvenile").value(true));

        mvc.perform(withToken(json(post(API + "/" + number + "/seal"), "{\"reason\": \"Court order\"}"), officerToken))
                .andExpect(status().isForbidden());
        mvc.perform(withToken(json(post(API + "/" + number + "/seal"), "{\"reason\": \"Court order\"}"), clerkToken))
                .andExpect(status().isOk());
        mvc.perform(withToken(get(API + "/" + number), otherOfficerToken)).andExpect(status().isNotFound());
        mvc.perform(withToken(json(post(API + "/" + number + "/supplements"), "{\"text\": \"More.\"}"), officerToken))
                .andExpect(status().isNotFound());
        mvc.perform(withToken(get(API + "/" + number), clerkToken))
                .andExpect(jsonPath("$.report.sealed").value(true));
        mvc.perform(get(API + "/" + number)).andExpect(status().isUnauthorized());
    }

    private String approved(String body) throws Exception {
        String number = create(body);
        mvc.perform(withToken(post(API + "/" + number + "/submit"), officerToken))
                .andExpect(status().isOk());
        mvc.perform(withToken(post(API + "/" + number + "/approve"), supervisorToken))
                .andExpect(status().isOk());
        mvc.perform(withToken(post(API + "/" + number + "/records-approve"), clerkToken))
                .andExpect(status().isOk());
        return number;
    }

    private String create(String body) throws Exception {
        String response = mvc.perform(withToken(json(post(API), body), officerToken))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(API + "/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return response.replaceAll(".*\"reportNumber\"\\s*:\\s*\"([^\"]+)\".*", "$1")
                .strip();
    }

    private static String report(String victim, String born, String offense) {
        return """
                {"howReceived": "OFFICER_INITIATED", "address": "100 Main St",
                 "occurredFrom": "%s", "offenses": [{"code": "%s", "attempted": false, "locationType": "20",
                 "biasMotivation": "NONE"}],
                 "people": [{"role": "VICTIM", "lastName": "%s", "firstName": "Mia", "dateOfBirth": "%s",
                             "sex": "F", "race": "W", "phone": "(636) 555-0142"}],
                 "vehicles": [], "property": [{"description": "Garage door", "category": "35", "value": "450.00",
                 "status": "DAMAGED"}],
                 "narrative": "Black spray paint across the garage door, found by the owner in the morning."}
                """.formatted(LocalDate.now().minusDays(1) + "T20:15", offense, victim, born);
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

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
