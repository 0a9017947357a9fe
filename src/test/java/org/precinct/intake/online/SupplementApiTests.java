package org.precinct.intake.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.intake.review.ReviewFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/v1/reports/{n}/supplements}: reporters add text and files, unlocked by the tracking code. */
@PrecinctTest
class SupplementApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OnlineReportFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewFixtures officers;

    @LocalServerPort
    int port;

    private OnlineReportFixtures.Filed report;
    private String marker;

    @BeforeEach
    void aFiledReport() {
        marker = OnlineReportFixtures.marker();
        report = fixtures.file(fixtures.town(), "Our fence was kicked in overnight " + marker);
    }

    private String path() {
        return "/api/v1/reports/" + report.number() + "/supplements";
    }

    private long supplements(String source) {
        return jdbc.sql("""
                        select count(*) from intake.request_supplement s
                        join intake.service_request r on r.id = s.request_id
                        where r.tracking_number = :n and s.source = :source
                        """)
                .param("n", report.number())
                .param("source", source)
                .query(Long.class)
                .single();
    }

    private long attachments() {
        return jdbc.sql("""
                        select count(*) from intake.request_attachment a
                        join intake.service_request r on r.id = a.request_id
                        where r.tracking_number = :n and a.supplement_id is not null
                        """).param("n", report.number()).query(Long.class).single();
    }

    @Test
    void textIsAddedAndReachesTheAssignedOfficer() throws Exception {
        ReviewFixtures.Officer officer = officers.officer("Robin", "Ayala");
        fixtures.approveAndAssign(report.number(), officer.dsn());
        mvc.perform(post(path())
                        .param("code", report.code())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"The neighbour's camera caught it at 2:14 am " + marker + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.trackingNumber").value(report.number()))
                .andExpect(jsonPath("$.files").value(0))
                .andExpect(jsonPath("$.receivedAt").isNotEmpty());
        assertThat(supplements("REPORTER")).isEqualTo(1);
        assertThat(jdbc.sql("""
                                select count(*) from notifications.in_app_notification
                                where username = :u and message_key = 'intake.online.notice.supplement'
                                  and message_args::text like :n and link = :link
                                """)
                        .param("u", officer.username())
                        .param("link", "/staff/intake/queue/" + report.number())
                        .param("n", "%" + report.number() + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aWrongCodeAnUnknownNumberAndNoCodeAllAnswer404Alike() throws Exception {
        String json = "{\"text\": \"more " + marker + "\"}";
        String wrongCode = mvc.perform(post(path())
                        .param("code", "ZZZZZ-ZZZZZ")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknown = mvc.perform(post("/api/v1/reports/W26-999999998/supplements")
                        .param("code", report.code())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post(path()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isNotFound());
        assertThat(unknown.replace("W26-999999998", report.number())).isEqualTo(wrongCode);
        assertThat(supplements("REPORTER")).isZero();
    }

    @Test
    void textAndFilesAreAddedTogether() throws Exception {
        mvc.perform(multipart(path())
                        .file(new MockMultipartFile("files", "fence.png", "image/png", OnlineReportFixtures.png()))
                        .file(new MockMultipartFile(
                                "files", "estimate.pdf", "application/pdf", "%PDF-1.4\n%\n".getBytes()))
                        .param("code", report.code())
                        .param("text", "Photo and the repair estimate " + marker))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.files").value(2));
        assertThat(supplements("REPORTER")).isEqualTo(1);
        assertThat(attachments()).isEqualTo(2);
    }

    @Test
    void aFileOfAnotherKindIsAProblemAndNothingIsKept() throws Exception {
        mvc.perform(multipart(path())
                        .file(new MockMultipartFile("files", "fence.png", "image/png", OnlineReportFixtures.png()))
                        .file(new MockMultipartFile("files", "photo.jpg", "image/jpeg", "<html>hi</html>".getBytes()))
                        .param("code", report.code())
                        .param("text", "Two photos " + marker))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("files[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("The file is not a JPEG, PNG, WebP or PDF file."));
        assertThat(supplements("REPORTER")).isZero();
        assertThat(attachments()).isZero();
    }

    @Test
    void emptyOverlongAndMalformedInputIsAProblem() throws Exception {
        mvc.perform(post(path())
                        .param("code", report.code())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(post(path())
                        .param("code", report.code())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + "x".repeat(10_001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("This may have at most 10,000 characters."));
        mvc.perform(post(path())
                        .param("code", report.code())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // Over real HTTP: a body of another type is refused before any handler, by the server's error page.
        HttpResponse<String> plain = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + path() + "?code=" + report.code()))
                                .header("Content-Type", "text/plain")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("plain words"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(supplements("REPORTER")).isZero();
    }

    @Test
    void anEmergencyIsStoppedAndNotKept() throws Exception {
        mvc.perform(post(path())
                        .param("code", report.code())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"He came back and he is threatening to kill us right now " + marker
                                + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.emergency").value(true))
                .andExpect(jsonPath("$.reasons").isNotEmpty());
        assertThat(supplements("REPORTER")).isZero();
    }
}
