package org.precinct.intake.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.precinct.intake.review.ReviewFixtures.asStaff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The review's JSON API with staff bearer tokens: the queue and its filters, a report, each step and its refusals. */
@PrecinctTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    ReportReview review;

    @Autowired
    AuditTrail audit;

    private String clerkToken;
    private String clerkName;
    private String supervisorToken;
    private String officerToken;
    private ReviewFixtures.Town town;

    @BeforeAll
    void tokens() throws Exception {
        var clerk = testAccounts.enrolled(Role.RECORDS);
        clerkName = clerk.username();
        clerkToken = token(clerk);
        supervisorToken = token(testAccounts.enrolled(Role.SUPERVISOR));
        officerToken = token(testAccounts.enrolled(Role.OFFICER));
    }

    @BeforeEach
    void town() {
        town = fixtures.town();
    }

    @Test
    void theQueueListsOpenReportsMostUrgentFirstThenOldestWithTheFilters() throws Exception {
        var routineOld = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Ann Old"), "Old graffiti on a wall");
        var routineNew = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Ann New"), "New graffiti on a wall");
        var urgent = fixtures.hitAndRun(town, ReviewFixtures.Reporter.english("Ben Car"), "My parked car was hit");
        var decided = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Cat Done"), "Graffiti, settled");
        fixtures.backdate(
                routineOld.number(),
                Instant.now().minus(4, ChronoUnit.DAYS),
                Instant.now().minus(3, ChronoUnit.DAYS));
        asStaff("someone", Set.of(Role.RECORDS), () -> review.reject(decided.number(), "CIVIL_MATTER", null, null));

        mvc.perform(withToken(get("/api/v1/intake/queue").param("beat", town.beat()), clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.pageSize").value(25))
                .andExpect(jsonPath("$.items[0].trackingNumber").value(urgent.value()))
                .andExpect(jsonPath("$.items[0].priority").value(2))
                .andExpect(jsonPath("$.items[0].channel").value("PHONE"))
                .andExpect(jsonPath("$.items[1].trackingNumber").value(routineOld.value()))
                .andExpect(jsonPath("$.items[1].overdue").value(true))
                .andExpect(jsonPath("$.items[2].trackingNumber").value(routineNew.value()))
                .andExpect(jsonPath("$.items[2].overdue").value(false))
                .andExpect(content().string(not(containsString("Ann Old"))));

        mvc.perform(withToken(
                        get("/api/v1/intake/queue").param("beat", town.beat()).param("overdue", "true"), clerkToken))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].trackingNumber").value(routineOld.value()));
        mvc.perform(withToken(
                        get("/api/v1/intake/queue")
                                .param("beat", town.beat())
                                .param("type", "VANDALISM")
                                .param("age", "UNDER_A_DAY"),
                        clerkToken))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].trackingNumber").value(routineNew.value()));
        mvc.perform(withToken(
                        get("/api/v1/intake/queue").param("beat", town.beat()).param("priority", "2"), clerkToken))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(withToken(
                        get("/api/v1/intake/queue").param("beat", town.beat()).param("channel", "ONLINE"), clerkToken))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(withToken(
                        get("/api/v1/intake/queue").param("beat", town.beat()).param("status", "REJECTED"), clerkToken))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].trackingNumber").value(decided.value()));
        assertThat(audit.search(new AuditQuery(
                        clerkName,
                        AuditAction.SEARCH,
                        ReportReview.OBJECT_TYPE,
                        null,
                        AuditOutcome.SUCCESS,
                        null,
                        null,
                        0)))
                .isNotEmpty();
    }

    @Test
    void aFilterThatIsNoneOfItsValuesIsABadRequest() throws Exception {
        mvc.perform(withToken(get("/api/v1/intake/queue").param("priority", "9").param("age", "ancient"), clerkToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("priority")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("age")))
                .andExpect(jsonPath("$.errors[0].message").value("This is not one of the possible values."));
    }

    @Test
    void aReportIsReadWithEverythingAndTheReadIsAudited() throws Exception {
        var filed = fixtures.hitAndRun(town, ReviewFixtures.Reporter.english("Dee Ray"), "Mirror knocked off my car");
        mvc.perform(withToken(get("/api/v1/intake/reports/{n}", filed.value()), clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingNumber").value(filed.value()))
                .andExpect(jsonPath("$.reporter.name").value("Dee Ray"))
                .andExpect(jsonPath("$.callerPhone").value("(636) 555-0199"))
                .andExpect(jsonPath("$.answers.unattended").value(true))
                .andExpect(jsonPath("$.people[0].name").value("Sam Ortiz"))
                .andExpect(jsonPath("$.history[0].status").value("RECEIVED"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.allowedSteps").value(hasItem("APPROVE")));
        assertThat(audit.search(new AuditQuery(
                        clerkName, AuditAction.VIEW, ReportReview.OBJECT_TYPE, filed.value(), null, null, null, 0)))
                .hasSize(1);
        mvc.perform(withToken(get("/api/v1/intake/reports/{n}", "W26-999999999"), clerkToken))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(withToken(get("/api/v1/intake/reports/{n}", "not-a-number"), clerkToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void stepsAnswerWithTheNewStateAndRefuseWhatTheStateDoesNotAllow() throws Exception {
        var filed = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Eli Fry"), "Window of my shed broken");
        String path = "/api/v1/intake/reports/" + filed.value();

        mvc.perform(withToken(post(path + "/review"), clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(withToken(json(post(path + "/question"), "{\"question\": \"  \"}"), clerkToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("question"))
                .andExpect(jsonPath("$.errors[0].message").value("Fill in this field."));
        mvc.perform(withToken(json(post(path + "/priority"), "{\"priority\": 1, \"expectedVersion\": 0}"), clerkToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        // A decision made on the version before the review started is stale.
        mvc.perform(withToken(json(post(path + "/approval"), "{\"expectedVersion\": 0}"), clerkToken))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "Someone else changed this report while you were deciding. Look at it again, then decide."));
        mvc.perform(withToken(json(post(path + "/approval"), "{\"expectedVersion\": 1}"), clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.reportNumber").value(org.hamcrest.Matchers.matchesPattern("\\d{2}-\\d{6,9}")))
                .andExpect(jsonPath("$.allowedSteps").value(hasItem("ASSIGN")));
        mvc.perform(withToken(json(post(path + "/rejection"), "{\"reasonCode\": \"CIVIL_MATTER\"}"), clerkToken))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This report has already been decided."));
        mvc.perform(withToken(json(post(path + "/closure"), "{\"publicNote\": \"Recorded; no leads.\"}"), clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.allowedSteps").isEmpty());
    }

    @Test
    void mergeReferPriorityAndStatisticsTakeTheirInput() throws Exception {
        var keep = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Flo Kent"), "Tagged the library wall");
        var join = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Gus Lam"), "Library wall spray painted");
        var refer =
                fixtures.vandalism(town, ReviewFixtures.Reporter.english("Hal Moe"), "Graffiti on a state road sign");
        var count = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Ida Nye"), "Chalk drawing on my drive");

        mvc.perform(withToken(
                        json(
                                post("/api/v1/intake/reports/" + join.value() + "/merge"),
                                "{\"into\": \"" + keep.value() + "\"}"),
                        clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MERGED"));
        mvc.perform(withToken(get("/api/v1/intake/reports/{n}", keep.value()), clerkToken))
                .andExpect(jsonPath("$.history[1].kind").value("MERGED_IN"))
                .andExpect(jsonPath("$.history[1].privateNote").value(join.value()));
        mvc.perform(withToken(
                        json(
                                post("/api/v1/intake/reports/" + refer.value() + "/referral"),
                                "{\"unitOrAgency\": " + "\"Missouri Department of Transportation\"}"),
                        clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFERRED"));
        mvc.perform(withToken(
                        json(
                                post("/api/v1/intake/reports/" + keep.value() + "/priority"),
                                "{\"priority\": 2, " + "\"reason\": \"Repeat target\"}"),
                        clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priority").value(2))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        mvc.perform(withToken(post("/api/v1/intake/reports/" + count.value() + "/statistics-only"), clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.reportNumber").isString());
    }

    @Test
    void aSupervisorAssignsAndTheOfficerMayCloseButNotReview() throws Exception {
        var filed = fixtures.hitAndRun(town, ReviewFixtures.Reporter.english("Jan Oak"), "Fender bent while I shopped");
        var officer = fixtures.officer("Kai", "Pratt");
        String path = "/api/v1/intake/reports/" + filed.value();
        mvc.perform(withToken(post(path + "/approval"), clerkToken)).andExpect(status().isOk());

        mvc.perform(withToken(
                        json(post(path + "/assignment"), "{\"officerDsn\": \"" + officer.dsn() + "\"}"), clerkToken))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(withToken(json(post(path + "/assignment"), "{\"officerDsn\": \"12\"}"), supervisorToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officer"));
        mvc.perform(withToken(
                        json(post(path + "/assignment"), "{\"officerDsn\": \"" + officer.dsn() + "\"}"),
                        supervisorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        // An officer who is not the one it is assigned to may neither review nor read it.
        mvc.perform(withToken(get("/api/v1/intake/queue"), officerToken)).andExpect(status().isForbidden());
        mvc.perform(withToken(post(path + "/review"), officerToken)).andExpect(status().isForbidden());
        mvc.perform(withToken(get(path), officerToken)).andExpect(status().isForbidden());
    }

    @Test
    void filesAreDownloadsWithTheirCheckedTypeAndSupplementsAreMarkedRead() throws Exception {
        var filed = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Lou Penn"), "Paint on my door");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
        long file = fixtures.attachment(filed.number(), "door \"front\".png", "image/png", png);
        long added = fixtures.supplement(filed.number(), "REPORTER", "Another photo of the door");

        mvc.perform(withToken(get("/api/v1/intake/reports/{n}/attachments/{id}", filed.value(), file), clerkToken))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(png));
        mvc.perform(withToken(
                        get("/api/v1/intake/reports/{n}/attachments/{id}", filed.value(), 987654321L), clerkToken))
                .andExpect(status().isNotFound());
        mvc.perform(withToken(
                        post("/api/v1/intake/reports/{n}/supplements/{id}/read", filed.value(), added), clerkToken))
                .andExpect(status().isNoContent());
        mvc.perform(withToken(get("/api/v1/intake/reports/{n}", filed.value()), clerkToken))
                .andExpect(jsonPath("$.supplements[0].readBy").value(clerkName));
    }

    @Test
    void theReasonsAreListedAndTheApiNeedsAToken() throws Exception {
        mvc.perform(withToken(get("/api/v1/intake/rejection-reasons").param("lang", "es"), clerkToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("NOT_IN_JURISDICTION")))
                .andExpect(jsonPath("$[*].labelEs").value(hasItem("Asunto civil")));
        mvc.perform(get("/api/v1/intake/queue")).andExpect(status().isUnauthorized());
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
