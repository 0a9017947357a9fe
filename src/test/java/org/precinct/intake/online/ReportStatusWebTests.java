package org.precinct.intake.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reporter's status page: the number and code unlock it, a wrong code looks exactly like an unknown number, the
 * reviewer's question is answered there and information added, each kept as a supplement that reaches the staff.
 */
@PrecinctTest
class ReportStatusWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OnlineReportFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Value("${precinct.rate-limit.public-per-minute}")
    int perMinute;

    private Visitor visitor;
    private OnlineReportFixtures.Filed report;
    private String marker;

    @BeforeEach
    void aFiledReport() {
        visitor = new Visitor(mvc);
        marker = OnlineReportFixtures.marker();
        report = fixtures.file(fixtures.town(), "Graffiti on our garage door, found this morning " + marker);
    }

    private void unlock() throws Exception {
        visitor.post("/report/status", "trackingNumber", report.number(), "trackingCode", report.code())
                .andExpect(redirectedUrl("/report/status/" + report.number()));
    }

    private String supplementSources() {
        return String.join(
                ",",
                jdbc.sql("""
                                select s.source from intake.request_supplement s
                                join intake.service_request r on r.id = s.request_id
                                where r.tracking_number = :n order by s.id
                                """).param("n", report.number()).query(String.class).list());
    }

    /** The page without its CSRF tokens, which differ on every page. */
    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "");
    }

    @Test
    void aWrongCodeAndAnUnknownNumberGetTheSameAnswer() throws Exception {
        String wrongCode = visitor.post(
                        "/report/status", "trackingNumber", report.number(), "trackingCode", "AAAAA-BBBBB")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknown = visitor.post(
                        "/report/status", "trackingNumber", "W26-999999999", "trackingCode", report.code())
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrongCode).contains("No report matches this tracking number and code.");
        assertThat(withoutTokens(unknown.replace("W26-999999999", report.number())))
                .isEqualTo(withoutTokens(wrongCode));
        assertThat(wrongCode).doesNotContain(report.code());
        visitor.get("/report/status/" + report.number()).andExpect(redirectedUrl("/report/status"));
    }

    @Test
    void theLinkInTheReportersMailFillsInTheNumber() throws Exception {
        visitor.get("/report/status?number=" + report.number())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + report.number() + "\"")));
        visitor.get("/report/status?number=%3Cscript%3E")
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void theNumberAndCodeShowTheStatusAndItsHistory() throws Exception {
        unlock();
        visitor.get("/report/status/" + report.number())
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Report " + report.number()),
                                containsString("Vandalism or property damage"),
                                containsString("id=\"report-status\">Received<"),
                                containsString("Add information"),
                                not(containsString("id=\"report-number\"")),
                                not(containsString("Dana Reyes")))));
        new Visitor(mvc).get("/report/status/" + report.number()).andExpect(redirectedUrl("/report/status"));
    }

    @Test
    void anApprovedReportShowsItsOfficialNumberInSpanishToo() throws Exception {
        String reportNumber = fixtures.approveAndAssign(report.number(), "officer-" + marker);
        unlock();
        visitor.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/report/status/" + report.number())
                        .param("lang", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("lang=\"es\""),
                                containsString("Número oficial del informe"),
                                containsString("id=\"report-number\">" + reportNumber + "<"))));
    }

    @Test
    void theReviewersQuestionIsAnsweredOnThePageAndTheReportGoesBackToReview() throws Exception {
        String reviewer = "reviewer-" + marker;
        fixtures.ask(report.number(), reviewer, "What color was the paint <b>exactly</b>?");
        unlock();
        visitor.get("/report/status/" + report.number())
                .andExpect(content()
                        .string(allOf(
                                containsString("We need more information"),
                                containsString("What color was the paint &lt;b&gt;exactly&lt;/b&gt;?"),
                                containsString("Send my answer"))));
        visitor.perform(multipart("/report/status/" + report.number() + "/answer")
                        .param("text", "")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "id=\"answerText-error\" class=\"invalid-feedback d-block\">Write your answer.")));
        visitor.perform(multipart("/report/status/" + report.number() + "/answer")
                        .param("text", "Bright red spray paint " + marker)
                        .with(csrf()))
                .andExpect(redirectedUrl("/report/status/" + report.number()));
        visitor.get("/report/status/" + report.number())
                .andExpect(content()
                        .string(allOf(
                                containsString("your answer was sent"),
                                containsString("id=\"report-status\">Under review<"),
                                containsString("Bright red spray paint"),
                                not(containsString("Send my answer")))));
        assertThat(supplementSources()).isEqualTo("ANSWER");
        assertThat(jdbc.sql("""
                                select count(*) from notifications.in_app_notification
                                where username = :u and message_key = 'intake.online.notice.answer'
                                """).param("u", reviewer).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void informationAndPhotosAreAddedAndAWrongFileIsNamed() throws Exception {
        unlock();
        visitor.perform(multipart("/report/status/" + report.number() + "/information")
                        .file(new MockMultipartFile(
                                "informationFiles", "note.png", "image/png", "GIF89a....".getBytes()))
                        .param("text", "The serial number is SN-" + marker)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"informationFiles-error\" class=\"invalid-feedback d-block\">"
                                        + "The file note.png is not a JPEG, PNG, WebP or PDF file."),
                                containsString("The serial number is SN-" + marker))));
        assertThat(supplementSources()).isEmpty();
        visitor.perform(multipart("/report/status/" + report.number() + "/information")
                        .file(new MockMultipartFile(
                                "informationFiles", "door.png", "image/png", OnlineReportFixtures.png()))
                        .param("text", "The serial number is SN-" + marker)
                        .with(csrf()))
                .andExpect(redirectedUrl("/report/status/" + report.number()));
        visitor.get("/report/status/" + report.number())
                .andExpect(content()
                        .string(allOf(
                                containsString("your information was added"),
                                containsString("What you added"),
                                containsString("SN-" + marker),
                                containsString("1 file"))));
        assertThat(supplementSources()).isEqualTo("REPORTER");
        assertThat(jdbc.sql("""
                                select count(*) from intake.request_attachment a
                                join intake.request_supplement s on s.id = a.supplement_id
                                join intake.service_request r on r.id = s.request_id
                                where r.tracking_number = :n and a.file_name = 'door.png'
                                """).param("n", report.number()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anEmergencyInAnAdditionGoesTo911AndIsNotKept() throws Exception {
        unlock();
        visitor.perform(multipart("/report/status/" + report.number() + "/information")
                        .param("text", "He is back right now and he has a gun " + marker)
                        .with(csrf()))
                .andExpect(redirectedUrl("/report/call-911"));
        assertThat(supplementSources()).isEmpty();
    }

    @Test
    void theLookupIsRateLimitedPerClient() throws Exception {
        String guesser = "10.91." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(256);
        for (int i = 0; i < perMinute; i++) {
            mvc.perform(post("/report/status")
                            .param("trackingNumber", report.number())
                            .param("trackingCode", "GUESS" + i)
                            .with(csrf())
                            .with(request -> {
                                request.setRemoteAddr(guesser);
                                return request;
                            }))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/report/status")
                        .param("trackingNumber", report.number())
                        .param("trackingCode", report.code())
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(guesser);
                            return request;
                        }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }
}
