package org.precinct.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.StaffWebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public portal, the security headers every response carries, and errors that reveal nothing. */
@PrecinctTest
class WebShellTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void theHomePageTellsResidentsWhenToCall911AndTheNonEmergencyNumber() throws Exception {
        String page = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("href=\"tel:911\"")
                .contains("/when-to-call-911")
                .contains("(636) 537-3000");
    }

    @Test
    void theHomePageSpeaksSpanishWhenAsked() throws Exception {
        String page = mvc.perform(get("/").param("lang", "es"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("lang=\"es\"")
                .contains("¿Cómo podemos ayudarle?")
                .contains("Llamar al 911");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/login", "/api/v1/auth/tokens", "/no-such-page"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string(
                                    "Content-Security-Policy",
                                    org.hamcrest.Matchers.allOf(
                                            org.hamcrest.Matchers.containsString("script-src 'self'"),
                                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                                            org.hamcrest.Matchers.not(
                                                    org.hamcrest.Matchers.containsString("unsafe-inline")))));
        }
    }

    @Test
    void hstsIsSentOverHttps() throws Exception {
        mvc.perform(get("/").secure(true)).andExpect(header().exists("Strict-Transport-Security"));
    }

    @Test
    void anUnknownPageIsAPlainNotFoundPage() {
        // Over real HTTP: the servlet container's error dispatch is part of what is tested.
        var page = new StaffWebClient(port).get("/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body())
                .contains("does not exist")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/auth/no-such-thing").header("Authorization", "Bearer pct_x"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void healthIsPublicAndMetricsAreNot() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/auth/tokens']").exists());
    }
}
