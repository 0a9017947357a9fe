package org.precinct.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.TestAccounts;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Single sign-on with a configured OpenID Connect provider. Its own application context (the provider is
 * configuration), pointing at addresses that are never called: the test stops at the redirect to the provider
 * and then plays the provider's answer to Precinct's success handler.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.security.oauth2.client.registration.city.client-id=precinct",
            "spring.security.oauth2.client.registration.city.client-secret=not-a-real-secret",
            "spring.security.oauth2.client.registration.city.client-name=City Login",
            "spring.security.oauth2.client.registration.city.scope=openid,profile",
            "spring.security.oauth2.client.registration.city.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.city.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.city.authorization-uri=https://login.city.example/authorize",
            "spring.security.oauth2.client.provider.city.token-uri=https://login.city.example/token",
            "spring.security.oauth2.client.provider.city.jwk-set-uri=https://login.city.example/keys",
            "spring.security.oauth2.client.provider.city.user-info-uri=https://login.city.example/userinfo",
            "spring.security.oauth2.client.provider.city.user-name-attribute=preferred_username"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SingleSignOnTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SingleSignOnHandlers handlers;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AuditTrail audit;

    @Test
    void theLoginPageOffersTheProviderAndSendsTheBrowserToIt() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("City Login").contains("/oauth2/authorization/city");

        String location = mvc.perform(get("/oauth2/authorization/city"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("https://login.city.example/authorize").contains("client_id=precinct");
    }

    @Test
    void aConfirmedPersonWithAnAccountIsSignedInWithTheAccountsRoles() throws Exception {
        var account = testAccounts.unenrolled(Role.ANALYST);
        var response = signInThroughProvider(account.username());
        assertThat(response.getRedirectedUrl()).endsWith("/staff");
        assertThat(audit.search(new AuditQuery(account.username(), AuditAction.LOGIN, null, null, null, null, null, 0)))
                .hasSize(1);
    }

    @Test
    void aConfirmedPersonWithoutAnAccountIsTurnedAway() throws Exception {
        var response = signInThroughProvider("nobody-" + System.nanoTime());
        assertThat(response.getRedirectedUrl()).endsWith("/login?sso-refused");
    }

    private MockHttpServletResponse signInThroughProvider(String username) throws Exception {
        var user = new DefaultOAuth2User(
                List.of(new SimpleGrantedAuthority("OIDC_USER")),
                Map.of("preferred_username", username, "sub", "s-" + username),
                "preferred_username");
        var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "city");
        var request = new MockHttpServletRequest("GET", "/login/oauth2/code/city");
        request.getSession(true);
        var response = new MockHttpServletResponse();
        handlers.onAuthenticationSuccess(request, response, authentication);
        return response;
    }
}
