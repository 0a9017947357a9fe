package org.precinct.analysis.cluster.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.StaffWebClient;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may run the analyses through the API, in the application itself: analysts and command staff with a bearer
 * token; other staff are refused, and a call without a token is not let in.
 */
@PrecinctTest
class AnalysisApiAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void analystsAndCommandMayRunTheAnalysesOthersMayNot() throws Exception {
        for (String path : new String[] {"/api/v1/analysis/emerging-clusters", "/api/v1/analysis/near-repeats"}) {
            mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isUnauthorized());
            mvc.perform(post(path)
                            .header("Authorization", "Bearer " + token(Role.OFFICER))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isForbidden());
            for (Role allowed : new Role[] {Role.ANALYST, Role.COMMAND}) {
                // Until the incident store answers, there is nothing to analyse: the answer says so.
                mvc.perform(post(path)
                                .header("Authorization", "Bearer " + token(allowed))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"replications\": 10000}"))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].field").value("replications"));
            }
        }
    }

    private String token(Role role) throws Exception {
        TestAccounts.Created account = testAccounts.enrolled(role);
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
