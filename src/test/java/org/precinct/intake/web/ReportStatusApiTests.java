package org.precinct.intake.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.intake.Channel;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.TrackingCode;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.request.RequestNumbers;
import org.precinct.intake.request.ServiceRequestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@PrecinctTest
class ReportStatusApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceRequestStore store;

    @Autowired
    RequestNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    private record Filed(TrackingNumber number, TrackingCode code) {}

    private Filed file() {
        TrackingCode code = TrackingCode.generate();
        TrackingNumber number = numbers.nextTrackingNumber(Channel.ONLINE);
        ReportDraft draft = new ReportDraft(
                "VANDALISM",
                "Someone smashed my mailbox overnight",
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                new ReportDraft.Reporter("Private Person", "private.person@example.org", "636-555-0199"),
                List.of(),
                List.of(),
                List.of());
        transactions.executeWithoutResult(status -> store.insert(new ServiceRequestStore.NewRequest(
                number,
                code.hash(),
                Channel.ONLINE,
                draft,
                3,
                new ServiceRequestStore.Location(null, null, null, null, null),
                null,
                null,
                null,
                Instant.now(),
                Instant.now().plus(java.time.Duration.ofDays(3)))));
        return new Filed(number, code);
    }

    @Test
    void theTrackingCodeUnlocksTheStatusWithoutPersonalData() throws Exception {
        Filed filed = file();
        mvc.perform(get("/api/v1/reports/{number}/status", filed.number().value())
                        .param("code", filed.code().display()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingNumber").value(filed.number().value()))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.history[0].status").value("RECEIVED"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Private Person"))))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("private.person@example.org"))));
    }

    @Test
    void aWrongOrMissingCodeAnswersExactlyLikeAnUnknownNumber() throws Exception {
        Filed filed = file();
        String unknown = mvc.perform(
                        get("/api/v1/reports/{number}/status", "W26-999999999").param("code", "ABCDE-FGHJK"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String wrongCode = mvc.perform(
                        get("/api/v1/reports/{number}/status", filed.number().value())
                                .param("code", "ABCDE-FGHJK"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String noCode = mvc.perform(
                        get("/api/v1/reports/{number}/status", filed.number().value()))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(wrongCode)
                .isEqualTo(unknown.replace("W26-999999999", filed.number().value()));
        org.assertj.core.api.Assertions.assertThat(noCode).isEqualTo(wrongCode);
    }

    @Test
    void aMalformedNumberIsNotFoundToo() throws Exception {
        mvc.perform(get("/api/v1/reports/{number}/status", "W26-ABC' OR 1=1").param("code", "X"))
                .andExpect(status().isNotFound());
    }
}
