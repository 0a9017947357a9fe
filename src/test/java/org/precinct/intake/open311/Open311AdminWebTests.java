package org.precinct.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrators' page of Open311 clients: a key is shown once and works, a revoked key stops working, a bad
 * name is refused next to its field, each change is audited, and only administrators get in.
 */
@PrecinctTest
class Open311AdminWebTests {

    private static final String PATH = "/staff/admin/open311";
    private static final Pattern KEY = Pattern.compile("value=\"(o311_[A-Za-z0-9_-]{43})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    private final String administrator =
            "o311admin" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void thePageListsTheClientsAndIsInTheAdministratorsNavigation() throws Exception {
        String body = page(get(PATH)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains("<h1>Open311 clients</h1>")
                .contains("href=\"/staff/admin/open311\"")
                .contains("aria-current=\"page\"")
                .contains("<label for=\"name\"")
                .contains("/open311/discovery.xml");

        String spanish = page(get(PATH).param("lang", "es")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(spanish)
                .contains("<h1>Clientes Open311</h1>")
                .contains("Emitir una clave")
                .contains("lang=\"es\"");
    }

    @Test
    void anIssuedKeyIsShownOnceWorksAndIsAudited() throws Exception {
        String name = "City 311 app " + UUID.randomUUID();
        MockHttpServletResponse issued = page(post(PATH).with(csrf()).param("name", name));
        assertThat(issued.getStatus()).isEqualTo(200);
        assertThat(issued.getHeader("Cache-Control")).contains("no-store");
        String body = issued.getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = KEY.matcher(body);
        assertThat(matcher.find()).as("the key is on the page").isTrue();
        String key = matcher.group(1);
        assertThat(body).contains("Key for " + name).contains(name).contains(key.substring(0, 9) + "…");

        String later = page(get(PATH)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(later).contains(name).doesNotContain(key);

        assertThat(filingWith(key).getStatus())
                .as("the key files requests (refused here only for the missing fields)")
                .isEqualTo(400);
        assertThat(audit.search(new AuditQuery(
                        administrator,
                        AuditAction.TOKEN_ISSUED,
                        Open311Clients.OBJECT_TYPE,
                        null,
                        null,
                        null,
                        null,
                        0)))
                .hasSize(1);
    }

    @Test
    void aRevokedKeyIsRefusedAndTheRevocationAudited() throws Exception {
        String name = "Revoked app " + UUID.randomUUID();
        String body = page(post(PATH).with(csrf()).param("name", name)).getContentAsString(StandardCharsets.UTF_8);
        Matcher key = KEY.matcher(body);
        assertThat(key.find()).isTrue();
        Matcher revokeAction = Pattern.compile("action=\"(/staff/admin/open311/(\\d+)/revoke)\"")
                .matcher(body);
        assertThat(revokeAction.find()).isTrue();
        String clientId = revokeAction.group(2);

        MvcResult revoked = mvc.perform(post(revokeAction.group(1)).with(csrf()).with(administrator()))
                .andReturn();
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo(PATH);
        assertThat(revoked.getFlashMap().get("notice")).asString().contains("revoked");

        assertThat(filingWith(key.group(1)).getStatus()).isEqualTo(403);
        assertThat(audit.search(new AuditQuery(
                        administrator,
                        AuditAction.TOKEN_REVOKED,
                        Open311Clients.OBJECT_TYPE,
                        clientId,
                        null,
                        null,
                        null,
                        0)))
                .hasSize(1);

        // A second revocation changes nothing, and says so.
        MvcResult again = mvc.perform(post(revokeAction.group(1)).with(csrf()).with(administrator()))
                .andReturn();
        assertThat(again.getFlashMap().get("notice")).asString().contains("already");
        String list = page(get(PATH)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(name).contains("Revoked").contains("by " + administrator);
    }

    @Test
    void aMissingNameIsShownNextToTheFieldAndNothingIsIssued() throws Exception {
        MockHttpServletResponse refused = page(post(PATH).with(csrf()).param("name", "   "));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("No key was issued.")
                .contains("<a href=\"#name\" class=\"alert-link\">Give the client&#39;s name.</a>")
                .contains("id=\"name-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"name-error name-help\"")
                .doesNotContain("id=\"issued-key\"");

        MockHttpServletResponse tooLong = page(post(PATH).with(csrf()).param("name", "x".repeat(101)));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString(StandardCharsets.UTF_8)).contains("at most 100 characters");
        assertThat(audit.search(new AuditQuery(
                        administrator,
                        AuditAction.TOKEN_ISSUED,
                        Open311Clients.OBJECT_TYPE,
                        null,
                        null,
                        null,
                        null,
                        0)))
                .isEmpty();
    }

    @Test
    void htmxGetsThePanelOnly() throws Exception {
        String name = "Panel app " + UUID.randomUUID();
        MockHttpServletResponse panel =
                page(post(PATH).with(csrf()).header("HX-Request", "true").param("name", name));
        String body = panel.getContentAsString(StandardCharsets.UTF_8);
        assertThat(panel.getStatus()).isEqualTo(200);
        assertThat(body)
                .startsWith("<div id=\"open311-panel\">")
                .doesNotContain("<html")
                .contains(name);
        assertThat(KEY.matcher(body).find()).isTrue();

        MockHttpServletResponse refused =
                page(post(PATH).with(csrf()).header("HX-Request", "true").param("name", ""));
        assertThat(refused.getStatus()).as("htmx swaps only successful answers").isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .startsWith("<div id=\"open311-panel\">")
                .contains("id=\"name-error\"");
    }

    @Test
    void onlyAdministratorsGetIn() throws Exception {
        mvc.perform(get(PATH).with(user("clerk").roles("RECORDS")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        mvc.perform(post(PATH).with(csrf()).with(user("clerk").roles("RECORDS")).param("name", "Sneaky app"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        String home = mvc.perform(get("/staff").with(user("clerk").roles("RECORDS")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).doesNotContain("/staff/admin/open311");
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(administrator())).andReturn().getResponse();
    }

    private RequestPostProcessor administrator() {
        return user(administrator).roles("ADMIN");
    }

    /** Files with a key and no fields: 403 for a key that does not work, 400 (missing fields) for one that does. */
    private MockHttpServletResponse filingWith(String key) throws Exception {
        return mvc.perform(post("/open311/v2/requests.json")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", key)
                        .with(request -> {
                            request.setRemoteAddr("10.31.2.7");
                            return request;
                        }))
                .andReturn()
                .getResponse();
    }
}
