package org.precinct.notifications.outbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the outbox and may do with it. */
@Service
@PreAuthorize("hasRole('ADMIN')")
class OutboxAdministration {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    OutboxAdministration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many mails the outbox holds in each status, every status listed. */
    @Transactional(readOnly = true)
    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as mails from notifications.outbound_mail group by status")
                .query(row -> {
                    counts.put(MailStatus.valueOf(row.getString("status")), row.getLong("mails"));
                });
        return counts;
    }

    /** One page of the queue, newest first, in one status or all ({@code status} {@code null}). */
    @Transactional(readOnly = true)
    public OutboxPage list(MailStatus status, int page) {
        int safePage = Math.max(0, page);
        List<OutboxEntry> rows = jdbc.sql("""
                        select id, reference, recipient, subject, status, attempts, created_at, next_attempt_at,
                               last_error, sent_at
                        from notifications.outbound_mail
                        where (cast(:status as text) is null or status = :status)
                        order by created_at desc, id desc
                        limit :limit offset :offset
                        """)
                .param("status", status == null ? null : status.name())
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (long) safePage * PAGE_SIZE)
                .query((row, index) -> new OutboxEntry(
                        row.getLong("id"),
                        row.getString("reference"),
                        row.getString("recipient"),
                        row.getString("subject"),
                        MailStatus.valueOf(row.getString("status")),
                        row.getInt("attempts"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("next_attempt_at").toInstant(),
                        row.getString("last_error"),
                        row.getTimestamp("sent_at") == null
                                ? null
                                : row.getTimestamp("sent_at").toInstant()))
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        return new OutboxPage(more ? rows.subList(0, PAGE_SIZE) : rows, status, safePage, more);
    }

    /**
     * Makes a given-up mail due now, with a fresh round of attempts.
     *
     * @throws NoSuchRecordException if there is no such mail
     * @throws RuleViolationException if the mail was not given up (it is sent or still being tried)
     */
    @Transactional
    public void retry(long id) {
        int changed = jdbc.sql("""
                        update notifications.outbound_mail
                        set status = 'PENDING', attempts = 0, next_attempt_at = now()
                        where id = :id and status = 'FAILED'
                        """).param("id", id).update();
        if (changed == 0) {
            boolean exists = jdbc.sql("select count(*) from notifications.outbound_mail where id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!exists) {
                throw new NoSuchRecordException("outbound mail", id);
            }
            throw new RuleViolationException("notifications.outbox.retry.not-failed");
        }
    }
}
