package org.precinct.notifications.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.precinct.shared.PrecinctProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the mails of the outbox that are due, over SMTP.
 *
 * <p>Runs on every node every {@code precinct.notifications.dispatch-delay}; ShedLock lets one node at a time do
 * the work. Claims in the outbox keep concurrent dispatchers apart even without the lock (see
 * {@link OutboxStore}).
 *
 * <p>Delivery is at least once. A mail marked SENT is never claimed again, but the mail server accepts a mail
 * before Precinct can record that: should the node die, or the database become unreachable, between the server's
 * acceptance and the SENT update, the mail is still PENDING and is sent a second time once its claim lapses
 * ({@code claim-lease}). The same happens if one SMTP conversation outlasts the lease. Recipients may therefore
 * rarely see a mail twice; they never miss one that the caller's transaction committed, unless it is given up
 * after {@code max-attempts}, which the outbox page shows.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /** Batches one run works through at most, so a flood of mail cannot hold the scheduler thread for long. */
    private static final int MAX_BATCHES_PER_RUN = 10;

    private final OutboxStore store;
    private final JavaMailSender sender;
    private final MailMetrics metrics;
    private final NotificationProperties properties;
    private final RetryPolicy retryPolicy;
    private final InternetAddress from;

    MailDispatcher(
            OutboxStore store,
            JavaMailSender sender,
            MailMetrics metrics,
            NotificationProperties properties,
            PrecinctProperties precinct) {
        this.store = store;
        this.sender = sender;
        this.metrics = metrics;
        this.properties = properties;
        this.retryPolicy = new RetryPolicy(properties.maxAttempts());
        this.from = senderAddress(precinct);
        applyTimeouts(sender, properties);
    }

    @Scheduled(
            initialDelayString = "${precinct.notifications.dispatch-delay:5s}",
            fixedDelayString = "${precinct.notifications.dispatch-delay:5s}")
    @SchedulerLock(name = "notifications.mail-dispatch")
    public void dispatchOnSchedule() {
        try {
            dispatchDue();
        } catch (DataAccessException e) {
            // Every few seconds while the database is away: one line each time, not a stack trace.
            log.warn("Mail dispatch skipped: {}", e.getMostSpecificCause().getMessage());
        }
    }

    /**
     * Sends what is due now, batch by batch, and says how many mails the server accepted. Safe to call while
     * another dispatcher runs.
     */
    int dispatchDue() {
        int sent = 0;
        for (int round = 0; round < MAX_BATCHES_PER_RUN; round++) {
            List<ClaimedMail> batch = store.claimDue(properties.batchSize(), properties.claimLease());
            for (ClaimedMail mail : batch) {
                if (deliver(mail)) {
                    sent++;
                }
            }
            if (batch.size() < properties.batchSize()) {
                break;
            }
        }
        return sent;
    }

    private boolean deliver(ClaimedMail mail) {
        if (!store.renewClaim(mail, properties.claimLease())) {
            // Our claim lapsed while earlier mails of the batch were sent; another dispatcher holds this one now.
            return false;
        }
        MimeMessage message;
        try {
            message = message(mail);
        } catch (MessagingException | RuntimeException e) {
            failed(mail, DeliveryFailure.unpreparable(e));
            return false;
        }
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            failed(mail, DeliveryFailure.of(e));
            return false;
        }
        // The at-least-once window: the server has the mail, the outbox does not know it yet.
        if (!store.markSent(mail)) {
            log.warn("Mail {} was sent after its claim lapsed; it may be delivered twice", mail.id());
        }
        metrics.sent();
        return true;
    }

    private void failed(ClaimedMail mail, DeliveryFailure failure) {
        if (failure.permanent() || retryPolicy.givesUpAfter(mail.attempts())) {
            store.giveUp(mail, failure.reason());
            metrics.failed();
            log.warn("Mail {} given up after attempt {}: {}", mail.id(), mail.attempts(), failure.reason());
        } else {
            store.retryLater(mail, retryPolicy.pauseAfter(mail.attempts()), failure.reason());
            metrics.retried();
            log.info("Mail {} not sent (attempt {}), will retry: {}", mail.id(), mail.attempts(), failure.reason());
        }
    }

    private MimeMessage message(ClaimedMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        boolean alternative = mail.bodyHtml() != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, alternative, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        if (alternative) {
            helper.setText(mail.bodyText(), mail.bodyHtml());
        } else {
            helper.setText(mail.bodyText());
        }
        helper.setSentDate(new Date());
        if (mail.language() != null) {
            message.setHeader("Content-Language", mail.language());
        }
        // RFC 3834: tells vacation responders and ticket systems not to answer.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** The configured sender, named after the department when the address carries no name of its own. */
    private static InternetAddress senderAddress(PrecinctProperties precinct) {
        try {
            InternetAddress address = new InternetAddress(precinct.mail().from(), true);
            if (address.getPersonal() == null) {
                address.setPersonal(precinct.departmentName(), StandardCharsets.UTF_8.name());
            }
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("precinct.mail.from is not a valid e-mail address", e);
        }
    }

    /**
     * Jakarta Mail waits forever by default; a mail server that accepts the connection and then stalls would
     * stall the dispatcher with it. Timeouts set in {@code spring.mail.properties} win.
     */
    private static void applyTimeouts(JavaMailSender sender, NotificationProperties properties) {
        if (sender instanceof JavaMailSenderImpl smtp) {
            Properties settings = smtp.getJavaMailProperties();
            String millis = Long.toString(properties.smtpTimeout().toMillis());
            for (String protocol : List.of("smtp", "smtps")) {
                settings.putIfAbsent("mail." + protocol + ".connectiontimeout", millis);
                settings.putIfAbsent("mail." + protocol + ".timeout", millis);
                settings.putIfAbsent("mail." + protocol + ".writetimeout", millis);
            }
            // Setting them again discards any mail session made before, so the timeouts take effect.
            smtp.setJavaMailProperties(settings);
        }
    }
}
