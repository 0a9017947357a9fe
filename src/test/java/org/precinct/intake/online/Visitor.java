package org.precinct.intake.online;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A resident's browser for MockMvc: it keeps the session cookie between requests as a browser does (sessions live
 * in the database, so a mock session object would not reach them), and sends forms with a CSRF token.
 */
final class Visitor {

    private static final String SESSION_COOKIE = "PRECINCT_SESSION";

    private final MockMvc mvc;
    private Cookie session;

    Visitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions get(String path) throws Exception {
        return perform(MockMvcRequestBuilders.get(path));
    }

    /** Posts a form: field names and values in turn. */
    ResultActions post(String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request);
    }

    /** Performs a request of any kind with this visitor's session. */
    ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        ResultActions actions = mvc.perform(request);
        MvcResult result = actions.andReturn();
        Cookie issued = result.getResponse().getCookie(SESSION_COOKIE);
        if (issued != null) {
            session = issued.getMaxAge() == 0 ? null : issued;
        }
        return actions;
    }
}
