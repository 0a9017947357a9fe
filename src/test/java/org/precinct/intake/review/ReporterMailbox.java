package org.precinct.intake.review;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What reporters received on the test SMTP server, as subject and decoded plain text. */
final class ReporterMailbox {

    /** One mail as its reader sees it. */
    record Mail(String subject, String text, String language) {}

    private final GreenMailExtension smtp;

    ReporterMailbox(GreenMailExtension smtp) {
        this.smtp = smtp;
    }

    /** Waits until {@code recipient} has {@code count} mails (the outbox sends a few seconds after commit). */
    List<Mail> await(String recipient, int count) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(40))
                .until(() -> received(recipient).size() >= count);
        return received(recipient);
    }

    /** The mails {@code recipient} has now, oldest first. */
    List<Mail> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> addressedTo(message, recipient))
                .map(ReporterMailbox::read)
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            String[] language = message.getContentLanguage();
            return new Mail(message.getSubject(), text(message.getContent()), language == null ? null : language[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String plain) {
            return plain;
        }
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    text.append(text(part.getContent()));
                }
            }
            return text.toString();
        }
        return String.valueOf(content);
    }
}
