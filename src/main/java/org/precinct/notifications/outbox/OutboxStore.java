package org.precinct.notifications.outbox;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox table as the dispatcher sees it. Every statement commits on its own: no transaction is held open
 * while the mail server is being talked to.
 *
 * <p>A claim reserves a mail for one attempt by pushing its {@code next_attempt_at} to the end of a lease and
 * counting the attempt. Rows another dispatcher is claiming at the same moment are skipped ({@code skip locked}),
 * and a claimed row is no longer due, so no two dispatchers hold the same mail. Every later write names the
 * attempt it belongs to, so a dispatcher whose lease ran out cannot overwrite the outcome of a newer attempt.
 */
@Component
class OutboxStore {

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims up to {@code limit} due mails, oldest due first. */
    List<ClaimedMail> claimDue(int limit, Duration lease) {
        return jdbc
                .sql("""
                        with due as (
                            select id from notifications.outbound_mail
                            where status = 'PENDING' and next_attempt_at <= now()
                            order by next_attempt_at, id
                            limit :limit
                            for update skip locked)
                        update notifications.outbound_mail mail
                        set attempts = mail.attempts + 1,
                            next_attempt_at = now() + :lease * interval '1 millisecond'
                        from due
                        where mail.id = due.id
                        returning mail.id, mail.reference, mail.recipient, mail.subject, mail.body_text,
                                  mail.body_html, mail.language, mail.attempts
                        """)
                .param("limit", limit)
                .param("lease", lease.toMillis())
                .query((row, index) -> new ClaimedMail(
                        row.getLong("id"),
                        row.getString("reference"),
                        row.getString("recipient"),
                        row.getString("subject"),
                        row.getString("body_text"),
                        row.getString("body_html"),
                        row.getString("language"),
                        row.getInt("attempts")))
                .list()
                .stream()
                .sorted(Comparator.comparingLong(ClaimedMail::id))
                .toList();
    }

    /**
     * Extends the claim on a mail just before it is sent, so the lease covers one SMTP conversation rather than
     * the whole batch. {@code false} when the claim is no longer this dispatcher's.
     */
    boolean renewClaim(ClaimedMail mail, Duration lease) {
        return jdbc.sql("""
                        update notifications.outbound_mail
                        set next_attempt_at = now() + :lease * interval '1 millisecond'
                        where id = :id and attempts = :attempts and status = 'PENDING'
                        """)
                        .param("lease", lease.toMillis())
                        .param("id", mail.id())
                        .param("attempts", mail.attempts())
                        .update()
                == 1;
    }

    /** Records that the mail server accepted the mail. {@code false} when the claim had been lost meanwhile. */
    boolean markSent(ClaimedMail mail) {
        return jdbc.sql("""
                        update notifications.outbound_mail
                        set status = 'SENT', sent_at = now()
                        where id = :id and attempts = :attempts and status = 'PENDING'
                        """)
                        .param("id", mail.id())
                        .param("attempts", mail.attempts())
                        .update()
                == 1;
    }

    /** Schedules the next attempt after a failed one. */
    boolean retryLater(ClaimedMail mail, Duration pause, String reason) {
        return jdbc.sql("""
                        update notifications.outbound_mail
                        set next_attempt_at = now() + :pause * interval '1 millisecond', last_error = :reason
                        where id = :id and attempts = :attempts and status = 'PENDING'
                        """)
                        .param("pause", pause.toMillis())
                        .param("reason", reason)
                        .param("id", mail.id())
                        .param("attempts", mail.attempts())
                        .update()
                == 1;
    }

    /** Gives the mail up; it waits for an administrator. */
    boolean giveUp(ClaimedMail mail, String reason) {
        return jdbc.sql("""
                        update notifications.outbound_mail
                        set status = 'FAILED', last_error = :reason
                        where id = :id and attempts = :attempts and status = 'PENDING'
                        """)
                        .param("reason", reason)
                        .param("id", mail.id())
                        .param("attempts", mail.attempts())
                        .update()
                == 1;
    }

    long count(MailStatus status) {
        return jdbc.sql("select count(*) from notifications.outbound_mail where status = :status")
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    /** Deletes delivered mails sent before the retention period; their bodies may hold personal data. */
    int deleteSentBefore(Duration retention) {
        return jdbc.sql("""
                        delete from notifications.outbound_mail
                        where status = 'SENT' and sent_at < now() - :retention * interval '1 millisecond'
                        """).param("retention", retention.toMillis()).update();
    }
}
