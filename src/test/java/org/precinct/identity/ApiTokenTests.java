package org.precinct.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.StaffWebClient;
import org.precinct.identity.mfa.Totp;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PrecinctTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    private String tokenFor(TestAccounts.Created account, long step) throws Exception {
        String body = """
                {"username": "%s", "password": "%s", "totp": "%s"}
                """.formatted(account.username(), TestAccounts.PASSWORD, Totp.codeAt(account.totpSecret(), step));
        String response = mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").isString())
                .andExpect(jsonPath("$.expiresAt").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return response.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1").strip();
    }

    @Test
    void aTokenIssuedForPasswordAndCodeOpensTheStaffApiUntilRevoked() throws Exception {
        var account = testAccounts.enrolled(Role.OFFICER);
        String token = tokenFor(account, StaffWebClient.currentStep());
        assertThat(token).startsWith("pct_");
        assertThat(jdbc.sql("select count(*) from identity.api_token where token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();

        mvc.perform(get("/api/v1/auth/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].revoked").value(false));

        mvc.perform(delete("/api/v1/auth/tokens/current").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/auth/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theSecondFactorIsRequiredForATokenAndCannotBeReplayed() throws Exception {
        var account = testAccounts.enrolled(Role.OFFICER);
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + account.username() + "\",\"password\":\"" + TestAccounts.PASSWORD
                                + "\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        long step = StaffWebClient.currentStep();
        tokenFor(account, step);
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + account.username() + "\",\"password\":\""
                                + TestAccounts.PASSWORD + "\",\"totp\":\"" + Totp.codeAt(account.totpSecret(), step)
                                + "\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAccountWithoutSecondFactorMustEnrolInTheConsoleFirst() throws Exception {
        var account = testAccounts.unenrolled(Role.OFFICER);
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + account.username() + "\",\"password\":\"" + TestAccounts.PASSWORD
                                + "\",\"totp\":\"123456\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("second factor")));
    }

    @Test
    void aWrongPasswordGetsAProblemAndNoToken() throws Exception {
        var account = testAccounts.enrolled(Role.OFFICER);
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + account.username()
                                + "\",\"password\":\"nope nope nope\",\"totp\":\"123456\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.token").doesNotExist());
        assertThat(jdbc.sql("select count(*) from identity.api_token where account_id = :a")
                        .param("a", account.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void malformedJsonIsAClearProblem() throws Exception {
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("could not be read")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
    }

    @Test
    void missingFieldsAreNamed() throws Exception {
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("username", "password")));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        String huge = "{\"username\":\"" + "a".repeat(3 * 1024 * 1024) + "\",\"password\":\"x\"}";
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void theStaffApiNeedsAToken() throws Exception {
        mvc.perform(get("/api/v1/auth/tokens"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/auth/tokens").header("Authorization", "Bearer pct_madeup"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void revokingAnUnknownTokenIsNotFound() throws Exception {
        var account = testAccounts.enrolled(Role.OFFICER);
        String token = tokenFor(account, StaffWebClient.currentStep());
        mvc.perform(delete("/api/v1/auth/tokens/987654321").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTokenDoesNotOpenWhatTheRoleDoesNot() throws Exception {
        var account = testAccounts.enrolled(Role.OFFICER);
        String token = tokenFor(account, StaffWebClient.currentStep());
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
