package org.precinct.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.TestSmtp;
import org.precinct.notifications.MailOutbox;
import org.precinct.notifications.OutgoingMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * While the mail server is down, mail waits in the outbox and is tried again later; once the server is back it
 * is delivered exactly once. The SMTP server is started by the tests themselves, on the port the test profile
 * points {@code spring.mail} at, and stopped after each.
 */
@PrecinctTest
class MailDispatcherOutageTests {

    private static final ServerSetup SMTP = TestSmtp.setup();

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    OutboxAdministration administration;

    @Autowired
    NotificationProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private GreenMail server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aMailWaitsWhileTheServerIsDownAndIsDeliveredOnceItIsBack() throws Exception {
        String recipient = unique("outage") + "@precinct.test";
        long id = enqueue(recipient, "Waiting mail", 0);

        dispatcher.dispatchDue();

        // The scheduled dispatcher may have made the attempt instead of the call above; either way there is one.
        await().atMost(Duration.ofSeconds(15)).until(() -> row(id).lastError() != null);
        Row failed = row(id);
        assertThat(failed.status()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.dueInFuture()).isTrue();
        assertThat(failed.lastError()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
        assertThat(failed.lastError().length()).isLessThanOrEqualTo(DeliveryFailure.MAX_REASON);

        dispatcher.dispatchDue();
        assertThat(row(id).attempts()).as("not due yet, so not tried again").isEqualTo(1);

        startServer();
        makeDue(id);
        dispatcher.dispatchDue();

        await().atMost(Duration.ofSeconds(15)).until(() -> received(recipient).size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(row(id).status()));
        Row sent = row(id);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(received(recipient).get(0).getSubject()).isEqualTo("Waiting mail");

        makeDue(id);
        dispatcher.dispatchDue();
        assertThat(received(recipient))
                .as("a mail marked SENT is never sent again")
                .hasSize(1);
    }

    @Test
    @WithMockUser(username = "outbox-admin", roles = "ADMIN")
    void aMailIsGivenUpAfterItsLastAttemptAndCanBeRetriedByAnAdministrator() throws Exception {
        String recipient = unique("given-up") + "@precinct.test";
        long id = enqueue(recipient, "Given up, then retried", properties.maxAttempts() - 1);

        dispatcher.dispatchDue();

        await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(row(id).status()));
        assertThat(row(id).attempts()).isEqualTo(properties.maxAttempts());
        assertThat(row(id).lastError()).isNotBlank();

        startServer();
        administration.retry(id);
        assertThat(row(id).status()).isEqualTo("PENDING");
        assertThat(row(id).attempts()).isZero();
        dispatcher.dispatchDue();

        await().atMost(Duration.ofSeconds(15)).until(() -> received(recipient).size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(row(id).status()));
    }

    /** Queues a mail as if it had already failed {@code attempts} times, in one go so no dispatcher sees less. */
    private long enqueue(String recipient, String subject, int attempts) {
        String reference = "test:" + recipient;
        return new TransactionTemplate(transactions).execute(transaction -> {
            outbox.enqueue(OutgoingMail.plainText(recipient, subject, "Sent once the server is back.", reference));
            return jdbc.sql("""
                            update notifications.outbound_mail set attempts = :attempts
                            where reference = :reference returning id
                            """)
                    .param("attempts", attempts)
                    .param("reference", reference)
                    .query(Long.class)
                    .single();
        });
    }

    private void startServer() {
        server = new GreenMail(SMTP);
        server.start();
    }

    private void makeDue(long id) {
        jdbc.sql("update notifications.outbound_mail set next_attempt_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    private List<MimeMessage> received(String recipient) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(address -> address.toString().equals(recipient));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private Row row(long id) {
        return jdbc.sql("""
                        select status, attempts, last_error, next_attempt_at > now() as due_in_future
                        from notifications.outbound_mail where id = :id
                        """)
                .param("id", id)
                .query((result, index) -> new Row(
                        result.getString("status"),
                        result.getInt("attempts"),
                        result.getString("last_error"),
                        result.getBoolean("due_in_future")))
                .single();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    record Row(String status, int attempts, String lastError, boolean dueInFuture) {}
}
