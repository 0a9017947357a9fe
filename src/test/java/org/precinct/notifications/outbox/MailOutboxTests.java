package org.precinct.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.precinct.PrecinctTest;
import org.precinct.TestSmtp;
import org.precinct.notifications.InvalidMailAddressException;
import org.precinct.notifications.MailOutbox;
import org.precinct.notifications.OutgoingMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail queued through the outbox reaches a real SMTP server (GreenMail, on the port the test profile points
 * {@code spring.mail} at) once, and only if the transaction that queued it commits. The server runs only while
 * this class does; other classes' mails simply wait for their next attempt.
 */
@PrecinctTest
class MailOutboxTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup()).withPerMethodLifecycle(false);

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aMailQueuedInACommittedTransactionIsDeliveredOnceBySchedule() throws Exception {
        String recipient = unique("commit") + "@precinct.test";
        String reference = "test:" + recipient;
        double sentBefore = meters.counter("precinct.mail.sent").count();

        inTransaction(() -> outbox.enqueue(OutgoingMail.plainText(
                recipient, "Account locked", "Your account was locked after five failed sign-ins.", reference)));

        // No direct dispatch here: the scheduled dispatcher, behind its ShedLock lock, does the work.
        await().atMost(Duration.ofSeconds(30)).until(() -> received(recipient).size() == 1);
        MimeMessage message = received(recipient).get(0);
        assertThat(message.getSubject()).isEqualTo("Account locked");
        assertThat(GreenMailUtil.getBody(message)).contains("Your account was locked after five failed sign-ins.");
        assertThat(message.getFrom()[0].toString()).contains("no-reply@precinct.example");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(status(reference)));
        assertThat(meters.counter("precinct.mail.sent").count()).isGreaterThan(sentBefore);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'notifications.mail-dispatch'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        dispatcher.dispatchDue();
        assertThat(received(recipient)).hasSize(1);
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        String recipient = unique("rollback") + "@precinct.test";
        String reference = "test:" + recipient;

        TransactionTemplate template = new TransactionTemplate(transactions);
        template.executeWithoutResult(transaction -> {
            outbox.enqueue(OutgoingMail.plainText(recipient, "Never", "Never sent", reference));
            transaction.setRollbackOnly();
        });
        dispatcher.dispatchDue();

        assertThat(stored(reference)).isZero();
        assertThat(received(recipient)).isEmpty();
    }

    @Test
    void theSameReferenceIsQueuedAndSentOnce() throws Exception {
        String recipient = unique("twice") + "@precinct.test";
        String reference = "test:" + recipient;
        OutgoingMail mail = OutgoingMail.plainText(recipient, "Once", "Only once", reference);

        Boolean first = inTransaction(() -> outbox.enqueue(mail));
        Boolean second = inTransaction(() ->
                outbox.enqueue(OutgoingMail.plainText(recipient, "Once again", "A second body is ignored", reference)));
        dispatcher.dispatchDue();

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(stored(reference)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> received(recipient).size() == 1);
        assertThat(received(recipient).get(0).getSubject()).isEqualTo("Once");
    }

    @Test
    void anInvalidRecipientIsRefusedBeforeAnythingIsStored() throws Exception {
        String reference = "test:" + unique("invalid");

        assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(
                        OutgoingMail.plainText("Ana Ruiz <ana@@example>", "Subject", "Body", reference))))
                .isInstanceOf(InvalidMailAddressException.class)
                .hasMessageContaining("Not a valid e-mail address");

        assertThat(stored(reference)).isZero();
    }

    @Test
    void queuingOutsideATransactionIsRefused() throws Exception {
        String reference = "test:" + unique("no-transaction");

        assertThatThrownBy(() -> outbox.enqueue(
                        OutgoingMail.plainText(unique("x") + "@precinct.test", "Subject", "Body", reference)))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(stored(reference)).isZero();
    }

    @Test
    void anHtmlMailCarriesBothBodiesAndItsLanguage() throws Exception {
        String recipient = unique("html") + "@precinct.test";

        inTransaction(() -> outbox.enqueue(new OutgoingMail(
                recipient,
                "Cuenta bloqueada",
                "Su cuenta fue bloqueada.",
                "<p>Su cuenta fue <strong>bloqueada</strong>.</p>",
                Locale.forLanguageTag("es"),
                "test:" + recipient)));
        dispatcher.dispatchDue();

        await().atMost(Duration.ofSeconds(10)).until(() -> received(recipient).size() == 1);
        MimeMessage message = received(recipient).get(0);
        assertThat(message.getSubject()).isEqualTo("Cuenta bloqueada");
        assertThat(message.getContentLanguage()).containsExactly("es");
        String raw = GreenMailUtil.getWholeMessage(message);
        assertThat(raw).contains("text/plain").contains("text/html").contains("multipart/alternative");
        assertThat(message.getContent()).isInstanceOf(MimeMultipart.class);
    }

    private List<MimeMessage> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
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

    private long stored(String reference) {
        return jdbc.sql("select count(*) from notifications.outbound_mail where reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single();
    }

    private String status(String reference) {
        return jdbc.sql("select status from notifications.outbound_mail where reference = :reference")
                .param("reference", reference)
                .query(String.class)
                .single();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(transaction -> work.get());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
