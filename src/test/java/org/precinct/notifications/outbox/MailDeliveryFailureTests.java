package org.precinct.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/** A failed attempt is recorded as one short line, and only hopeless failures stop the retries. */
class MailDeliveryFailureTests {

    @Test
    void aRefusedConnectionIsWorthAnotherTry() {
        MailSendException failure = new MailSendException(
                "Mail server connection failed",
                new MessagingException(
                        "Couldn't connect to host, port: 127.0.0.1, 3025", new ConnectException("Connection refused")));

        DeliveryFailure described = DeliveryFailure.of(failure);

        assertThat(described.permanent()).isFalse();
        assertThat(described.reason())
                .isEqualTo("Couldn't connect to host, port: 127.0.0.1, 3025 (ConnectException: Connection refused)");
    }

    @Test
    void aRecipientTheServerRefusesForGoodIsGivenUp() throws Exception {
        SendFailedException refused = new SendFailedException(
                "Invalid Addresses",
                new MessagingException("550 5.1.1 <nobody@example.org>: Recipient address rejected"),
                new Address[0],
                new Address[0],
                new Address[] {new InternetAddress("nobody@example.org")});
        MailSendException failure = new MailSendException(Map.of(new Object(), refused));

        DeliveryFailure described = DeliveryFailure.of(failure);

        assertThat(described.permanent()).isTrue();
        assertThat(described.reason()).contains("550 5.1.1");
    }

    @Test
    void aRecipientTheServerPutsOffIsWorthAnotherTry() throws Exception {
        SendFailedException later = new SendFailedException(
                "Temporary failure",
                new MessagingException("450 4.2.0 mailbox busy"),
                new Address[0],
                new Address[] {new InternetAddress("busy@example.org")},
                new Address[0]);

        assertThat(DeliveryFailure.of(new MailSendException(Map.of(new Object(), later)))
                        .permanent())
                .isFalse();
    }

    @Test
    void aMessageThatCannotBeBuiltIsGivenUp() {
        assertThat(DeliveryFailure.of(new MailParseException("bad header")).permanent())
                .isTrue();
        assertThat(DeliveryFailure.unpreparable(new MessagingException("bad")).permanent())
                .isTrue();
    }

    @Test
    void theReasonIsOneShortLineWithoutAStackTrace() {
        String noisy = "first line\n\tat org.example.Something(Something.java:12)\n" + "x".repeat(1000);
        DeliveryFailure described = DeliveryFailure.of(new IllegalStateException(noisy + "\u0007"));

        assertThat(described.reason())
                .isEqualTo("IllegalStateException: first line")
                .doesNotContain("\n");
        assertThat(DeliveryFailure.of(new IllegalStateException("y".repeat(1000)))
                        .reason())
                .hasSizeLessThanOrEqualTo(DeliveryFailure.MAX_REASON);
        assertThat(DeliveryFailure.of(new IllegalStateException()).reason()).isEqualTo("IllegalStateException");
    }
}
