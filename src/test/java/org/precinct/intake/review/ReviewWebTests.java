package org.precinct.intake.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.precinct.intake.review.ReviewFixtures.asStaff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.RequestStatus;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The review pages as a signed-in records clerk or supervisor uses them. */
@PrecinctTest
class ReviewWebTests {

    private static final String QUEUE = "/staff/intake/queue";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    ReportReview review;

    @Autowired
    ReviewQueue queue;

    @Autowired
    RejectionReasons reasons;

    @Autowired
    AuditTrail audit;

    private ReviewFixtures.Town town;
    private String clerkName;
    private RequestPostProcessor clerk;
    private RequestPostProcessor supervisor;

    @BeforeEach
    void town() {
        town = fixtures.town();
        clerkName = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        clerk = user(clerkName).roles("RECORDS");
        supervisor = user("sgt-" + UUID.randomUUID().toString().substring(0, 8)).roles("SUPERVISOR");
    }

    @Test
    void theQueueShowsOpenReportsWithAVisibleOverdueBadgeInEnglishAndSpanish() throws Exception {
        var late = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Ada Late"), "Fence painted last week");
        var fresh = fixtures.hitAndRun(town, ReviewFixtures.Reporter.english("Bea New"), "Parked car dented today");
        fixtures.backdate(
                late.number(),
                Instant.now().minus(5, ChronoUnit.DAYS),
                Instant.now().minus(4, ChronoUnit.DAYS));

        String page = mvc.perform(get(QUEUE).param("beat", town.beat()).with(clerk))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Review queue</h1>"),
                                containsString("aria-current=\"page\""),
                                containsString("<label for=\"filter-type\" class=\"form-label\">Type</label>"),
                                containsString("hx-get=\"/staff/intake/queue\""),
                                containsString("id=\"queue-results\""),
                                containsString("Reports 1 to 2 of 2, most urgent first, then oldest"),
                                containsString(">Overdue</span>"),
                                containsString("5 days ago"),
                                containsString("2 - Threat to property"),
                                containsString("Hit-and-run (property damage only)"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf(fresh.value())).as("priority 2 first").isLessThan(page.indexOf(late.value()));
        assertThat(page).doesNotContain("Ada Late");

        mvc.perform(get(QUEUE).param("beat", town.beat()).param("lang", "es").with(clerk))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Cola de revisión</h1>"),
                                containsString(">Atrasado</span>"),
                                containsString("Informes 1 a 2 de 2"),
                                containsString("Choque y fuga (solo daños materiales)"))));
    }

    @Test
    void htmxGetsTheResultsAloneAndPagesThroughThem() throws Exception {
        for (int i = 0; i < 26; i++) {
            fixtures.vandalism(town, ReviewFixtures.Reporter.english("Many Reports"), "Graffiti tag number " + i);
        }
        mvc.perform(get(QUEUE)
                        .param("beat", town.beat())
                        .param("overdue", "true")
                        .header("HX-Request", "true")
                        .with(clerk))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(startsWith("<div id=\"queue-results\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("No report matches these filters.")));
        mvc.perform(get(QUEUE)
                        .param("beat", town.beat())
                        .header("HX-Request", "true")
                        .with(clerk))
                .andExpect(content()
                        .string(allOf(
                                containsString("Reports 1 to 25 of 26"),
                                containsString("Page 1 of 2"),
                                containsString("href=\"/staff/intake/queue?beat=" + town.beat() + "&amp;page=1\""))));
        mvc.perform(get(QUEUE).param("beat", town.beat()).param("page", "1").with(clerk))
                .andExpect(content()
                        .string(allOf(containsString("Reports 26 to 26 of 26"), containsString("Page 2 of 2"))));
        mvc.perform(get(QUEUE).param("page", "x").param("status", "LOST").with(clerk))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("aria-invalid=\"true\""),
                                containsString("id=\"filter-status-error\""),
                                containsString("This is not one of the possible values."))));
    }

    @Test
    void aReportShowsEverythingToStaffAndTheReadIsAudited() throws Exception {
        var filed = fixtures.hitAndRun(
                town, ReviewFixtures.Reporter.english("Cal Dunn"), "Blue pickup <b>scraped</b> my car");
        long note = fixtures.supplement(filed.number(), "REPORTER", "The pickup had a ladder rack.");
        long photo = fixtures.attachment(
                filed.number(), "scrape.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1});
        asStaff(
                "colleague",
                Set.of(Role.RECORDS),
                () -> review.changePriority(filed.number(), 1, "Private reason " + filed.value(), null));

        mvc.perform(get(QUEUE + "/" + filed.value()).with(clerk))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>"),
                                containsString("Report " + filed.value()),
                                containsString("Blue pickup &lt;b&gt;scraped&lt;/b&gt; my car"),
                                containsString("Was your vehicle parked with nobody in it?"),
                                containsString("Sam Ortiz"),
                                containsString("ABC1234 (MO)"),
                                containsString("$450.00"),
                                containsString("Cal Dunn"),
                                containsString("(636) 555-0199"),
                                containsString("Priority changed to 1 - Threat to life"),
                                containsString("Private reason " + filed.value()),
                                containsString("Note for staff only"),
                                containsString("The pickup had a ladder rack."),
                                containsString(">Unread</span>"),
                                containsString("action=\"/staff/intake/queue/" + filed.value() + "/supplements/" + note
                                        + "/read\""),
                                containsString(
                                        "href=\"/staff/intake/queue/" + filed.value() + "/attachments/" + photo + "\""),
                                containsString("name=\"version\" value=\"1\""))));
        assertThat(audit.search(new AuditQuery(
                        clerkName,
                        AuditAction.VIEW,
                        ReportReview.OBJECT_TYPE,
                        filed.value(),
                        AuditOutcome.SUCCESS,
                        null,
                        null,
                        0)))
                .hasSize(1);

        mvc.perform(get(QUEUE + "/" + filed.value() + "/attachments/" + photo).with(clerk))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"scrape.jpg\"")));
        mvc.perform(post(QUEUE + "/" + filed.value() + "/supplements/" + note + "/read")
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(QUEUE + "/" + filed.value() + "#supplements"));
        mvc.perform(get(QUEUE + "/" + filed.value()).with(clerk))
                .andExpect(content()
                        .string(allOf(containsString("Read by " + clerkName), not(containsString(">Unread</span>")))));
        mvc.perform(get(QUEUE + "/W26-999999999").with(clerk)).andExpect(status().isNotFound());
    }

    @Test
    void aStepWithMissingInputShowsTheMessageNextToTheFieldAndTakesNothing() throws Exception {
        var filed = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Dot Earl"), "Mailbox knocked down");

        mvc.perform(post(QUEUE + "/" + filed.value() + "/question")
                        .param("question", "   ")
                        .param("version", "0")
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString("id=\"error-summary\""),
                                                containsString("href=\"#question-question\""),
                                                containsString("id=\"question-question\""),
                                                containsString("aria-invalid=\"true\""),
                                                containsString(
                                                        "aria-describedby=\"question-question-error question-question-help\""),
                                                containsString(
                                                        "<div id=\"question-question-error\" class=\"invalid-feedback\">Fill in this field.</div>"))));
        assertThat(statusOf(filed)).isEqualTo(RequestStatus.RECEIVED);

        mvc.perform(post(QUEUE + "/" + filed.value() + "/question")
                        .param("question", "Is the post concrete or wood?")
                        .param("version", "0")
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(QUEUE + "/" + filed.value()))
                .andExpect(
                        flash().attribute("notice", "The question was sent to the reporter of " + filed.value() + "."));
        assertThat(statusOf(filed)).isEqualTo(RequestStatus.MORE_INFORMATION_NEEDED);

        // The same page, decided on the version before the question, is refused.
        mvc.perform(post(QUEUE + "/" + filed.value() + "/approval")
                        .param("version", "0")
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(
                        content().string(containsString("Someone else changed this report while you were deciding.")));
        mvc.perform(post(QUEUE + "/" + filed.value() + "/review")
                        .param("version", "1")
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Only a newly received report can be taken into review.")));
    }

    @Test
    void theFormsOfferOnlyWhatTheStateAndTheRoleAllow() throws Exception {
        var filed = fixtures.hitAndRun(town, ReviewFixtures.Reporter.english("Fay Gill"), "Car door dinged in the lot");
        var officer =
                fixtures.officer("Gil", "Hsu" + UUID.randomUUID().toString().substring(0, 4));

        mvc.perform(get(QUEUE + "/" + filed.value()).with(clerk))
                .andExpect(content()
                        .string(allOf(
                                containsString("/review\""),
                                containsString("/approval\""),
                                containsString("/rejection\""),
                                containsString("Civil matter"),
                                not(containsString("/assignment\"")),
                                not(containsString("/closure\"")))));
        mvc.perform(post(QUEUE + "/" + filed.value() + "/approval").with(clerk).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(QUEUE + "/" + filed.value()).with(clerk))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("/assignment\"")),
                                containsString("/closure\""),
                                not(containsString("/approval\"")))));
        mvc.perform(get(QUEUE + "/" + filed.value()).with(supervisor))
                .andExpect(content()
                        .string(allOf(
                                containsString("/assignment\""), containsString("value=\"" + officer.dsn() + "\""))));
        mvc.perform(post(QUEUE + "/" + filed.value() + "/assignment")
                        .param("officer", officer.dsn())
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(QUEUE + "/" + filed.value() + "/assignment")
                        .param("officer", officer.dsn())
                        .with(supervisor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/notifications").with(user(officer.username()).roles("OFFICER")))
                .andExpect(
                        content().string(containsString("(" + filed.value() + ") was assigned to you for follow-up.")));
        mvc.perform(get(QUEUE).with(user(officer.username()).roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void supervisorsKeepTheListOfRejectionReasons() throws Exception {
        String code = "INSURANCE_"
                + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String path = "/staff/intake/rejection-reasons";

        mvc.perform(get(path).with(supervisor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Rejection reasons</h1>"), containsString("NOT_IN_JURISDICTION"))));
        mvc.perform(get(path).with(clerk)).andExpect(status().isForbidden());
        mvc.perform(post(path)
                        .param("code", "CIVIL_MATTER")
                        .param("labelEn", "")
                        .param("labelEs", "Hola")
                        .with(supervisor)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Another reason already has this code."),
                                containsString("id=\"reason-labelEn-error\""),
                                containsString("value=\"Hola\""))));
        mvc.perform(post(path)
                        .param("code", code.toLowerCase())
                        .param("labelEn", "Only needed for insurance")
                        .param("labelEs", "Solo para el seguro")
                        .with(supervisor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "The reason \"Only needed for insurance\" was added."));
        assertThat(reasons.active()).extracting(RejectionReason::code).contains(code);

        var filed = fixtures.vandalism(
                town, ReviewFixtures.Reporter.spanish("Hugo Ibarra"), "Rayaron mi coche en la calle");
        mvc.perform(post(path + "/" + code + "/deactivate").with(supervisor).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reasons.active()).extracting(RejectionReason::code).doesNotContain(code);
        mvc.perform(post(QUEUE + "/" + filed.value() + "/rejection")
                        .param("reason", code)
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose one of the reasons in the list.")));
        mvc.perform(post(path + "/" + code + "/reactivate").with(supervisor).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(QUEUE + "/" + filed.value() + "/rejection")
                        .param("reason", code)
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var last = asStaff("reader", null, Set.of(Role.RECORDS), () -> queue.report(filed.number()))
                .history();
        assertThat(last.get(last.size() - 1).publicNote()).isEqualTo("Solo para el seguro");
        assertThat(audit.search(new AuditQuery(
                        null,
                        AuditAction.CREATE,
                        RejectionReasons.OBJECT_TYPE,
                        code,
                        AuditOutcome.SUCCESS,
                        null,
                        null,
                        0)))
                .hasSize(1);
    }

    @Test
    void likelyDuplicatesFoundAtFilingAreShownAndOneClickMergesIntoThem() throws Exception {
        var first = fixtures.vandalism(
                town,
                ReviewFixtures.Reporter.english("Ike First"),
                "Red spray paint graffiti on the bus shelter glass");
        var second = fixtures.vandalism(
                town, ReviewFixtures.Reporter.english("Joy Second"), "Graffiti in red spray paint on the bus shelter");

        mvc.perform(get(QUEUE).param("beat", town.beat()).with(clerk))
                .andExpect(content().string(containsString("1 likely duplicate")));
        mvc.perform(get(QUEUE + "/" + second.value()).with(clerk))
                .andExpect(content()
                        .string(allOf(
                                containsString("Likely duplicates"),
                                containsString("href=\"/staff/intake/queue/" + first.value() + "\""),
                                containsString("Before this one"),
                                containsString("name=\"into\" value=\"" + first.value() + "\""),
                                containsString("aria-label=\"Merge this report into " + first.value() + "\""))));

        mvc.perform(post(QUEUE + "/" + second.value() + "/merge")
                        .param("into", first.value())
                        .param("version", "0")
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(second)).isEqualTo(RequestStatus.MERGED);
        mvc.perform(get(QUEUE + "/" + second.value()).with(clerk))
                .andExpect(content().string(allOf(containsString("Merged into"), containsString(first.value()))));
        mvc.perform(get(QUEUE + "/" + first.value()).with(clerk))
                .andExpect(content()
                        .string(allOf(
                                containsString("After this one"),
                                containsString("Another report was merged into this one"),
                                containsString(second.value()))));
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get(QUEUE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    private RequestStatus statusOf(ReviewFixtures.Filed filed) {
        return asStaff("reader", null, Set.of(Role.RECORDS), () -> queue.report(filed.number()))
                .status();
    }
}
