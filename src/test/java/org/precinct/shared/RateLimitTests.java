package org.precinct.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** One client cannot flood the public endpoints or guess tracking codes at speed. */
@PrecinctTest
class RateLimitTests {

    @Autowired
    MockMvc mvc;

    @Value("${precinct.rate-limit.public-per-minute}")
    int perMinute;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void aClientOverTheLimitIsToldToWaitAndOthersAreNotAffected() throws Exception {
        String guesser = "10.77." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(256);
        for (int i = 0; i < perMinute; i++) {
            mvc.perform(get("/api/v1/reports/W26-000001/status")
                            .param("code", "GUESS-" + i)
                            .with(from(guesser)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/reports/W26-000001/status")
                        .param("code", "ONE-MORE")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(from(guesser)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/v1/reports/W26-000001/status").param("code", "X").with(from("10.78.0.1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffPagesAndThePortalAreNotCounted() throws Exception {
        String visitor = "10.79." + ThreadLocalRandom.current().nextInt(256) + ".9";
        for (int i = 0; i <= perMinute; i++) {
            mvc.perform(get("/css/precinct.css").with(from(visitor))).andExpect(status().isOk());
        }
        mvc.perform(get("/").with(from(visitor)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }
}
