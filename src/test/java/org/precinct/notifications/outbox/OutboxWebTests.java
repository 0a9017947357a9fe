package org.precinct.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The outbox page: the queue by status for administrators, and retrying a mail that was given up. */
@PrecinctTest
@WithMockUser(username = "outbox-admin", roles = "ADMIN")
class OutboxWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheQueueWithCountsAndARetryForGivenUpMails() throws Exception {
        String reference = insert("FAILED", 8, "Couldn't connect to host (ConnectException: Connection refused)");

        mvc.perform(get("/staff/notifications/outbox").param("status", "FAILED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>E-mail outbox</h1>")))
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Connection refused")))
                .andExpect(content().string(containsString("Retry now")))
                .andExpect(content().string(containsString("Given up: ")))
                .andExpect(content().string(containsString("<option value=\"FAILED\" selected=\"selected\">")));
    }

    @Test
    void filtersByStatus() throws Exception {
        String sent = insert("SENT", 1, null);
        String pending = insert("PENDING", 0, null);

        mvc.perform(get("/staff/notifications/outbox").param("status", "SENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sent)))
                .andExpect(content().string(not(containsString(pending))))
                .andExpect(content().string(not(containsString("Retry now</button>"))));
    }

    @Test
    void htmxGetsTheQueueAlone() throws Exception {
        String reference = insert("FAILED", 8, "timeout");

        mvc.perform(get("/staff/notifications/outbox").param("status", "FAILED").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"outbox-queue\"")))
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("<h1"))));
    }

    @Test
    void speaksSpanish() throws Exception {
        insert("FAILED", 8, "timeout");

        mvc.perform(get("/staff/notifications/outbox").param("status", "FAILED").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bandeja de salida de correo")))
                .andExpect(content().string(containsString("Reintentar ahora")));
    }

    @Test
    void retryingAGivenUpMailMakesItDueWithFreshAttempts() throws Exception {
        String reference = insert("FAILED", 8, "timeout");
        long id = id(reference);

        mvc.perform(post("/staff/notifications/outbox/{id}/retry", id).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/notifications/outbox?status=FAILED"))
                .andExpect(flash().attribute("successKey", "notifications.outbox.retried"));

        assertThat(jdbc.sql("""
                        select status || ':' || attempts || ':' || (next_attempt_at <= now())
                        from notifications.outbound_mail where id = :id
                        """).param("id", id).query(String.class).single()).isEqualTo("PENDING:0:true");
    }

    @Test
    void aMailThatWasSentCannotBeRetried() throws Exception {
        long id = id(insert("SENT", 1, null));

        mvc.perform(post("/staff/notifications/outbox/{id}/retry", id).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorKey", "notifications.outbox.retry.not-failed"));

        assertThat(jdbc.sql("select status from notifications.outbound_mail where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("SENT");
    }

    @Test
    void retryingAnUnknownMailIsNotFound() throws Exception {
        mvc.perform(post("/staff/notifications/outbox/{id}/retry", Long.MAX_VALUE)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void retryingWithoutTheFormTokenIsRefused() throws Exception {
        long id = id(insert("FAILED", 8, "timeout"));

        mvc.perform(post("/staff/notifications/outbox/{id}/retry", id)).andExpect(status().isForbidden());

        assertThat(jdbc.sql("select status from notifications.outbound_mail where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
    }

    @Test
    void anUnknownStatusIsABadRequest() throws Exception {
        mvc.perform(get("/staff/notifications/outbox").param("status", "LOST")).andExpect(status().isBadRequest());
    }

    private String insert(String status, int attempts, String lastError) {
        String reference = "web-test:" + UUID.randomUUID();
        jdbc.sql("""
                        insert into notifications.outbound_mail (reference, recipient, subject, body_text, status,
                                                                 attempts, next_attempt_at, last_error, sent_at)
                        values (:reference, 'someone@precinct.test', 'A subject', 'A body', :status, :attempts,
                                now() + interval '1 day', :lastError,
                                case when :status = 'SENT' then now() end)
                        """)
                .param("reference", reference)
                .param("status", status)
                .param("attempts", attempts)
                .param("lastError", lastError)
                .update();
        return reference;
    }

    private long id(String reference) {
        return jdbc.sql("select id from notifications.outbound_mail where reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single();
    }
}
