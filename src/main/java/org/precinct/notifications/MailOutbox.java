package org.precinct.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mail for delivery. A queued mail is sent by the outbox's dispatcher shortly after the caller's
 * transaction commits, retried with growing pauses while the mail server is unreachable, and given up (and shown
 * to administrators) after the configured number of attempts.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a mail as part of the caller's transaction, so that it is sent if and only if the business change
     * that caused it commits.
     *
     * <p>Propagation is {@code MANDATORY}: calling this outside a transaction fails with
     * {@link org.springframework.transaction.IllegalTransactionStateException} instead of queuing a mail for a
     * change that might still be rolled back. Listeners declared with {@code @ApplicationModuleListener} run in a
     * transaction of their own and may call it.
     *
     * @return {@code true} if queued, {@code false} if a mail with the same reference was queued before (it is
     *     then neither queued again nor changed)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        int inserted = jdbc.sql("""
                        insert into notifications.outbound_mail (reference, recipient, subject, body_text, body_html, language)
                        values (:reference, :recipient, :subject, :bodyText, :bodyHtml, :language)
                        on conflict (reference) do nothing
                        """)
                .param("reference", mail.reference())
                .param("recipient", mail.to())
                .param("subject", mail.subject())
                .param("bodyText", mail.bodyText())
                .param("bodyHtml", mail.bodyHtml())
                .param("language", mail.locale() == null ? null : mail.locale().toLanguageTag())
                .update();
        if (inserted == 0) {
            log.debug("Mail {} is already in the outbox; not queued again", mail.reference());
        }
        return inserted == 1;
    }
}
