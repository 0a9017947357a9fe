package org.precinct.notifications.outbox;

import java.time.Instant;

/** A mail of the outbox as the administration page lists it (without its body). */
public record OutboxEntry(
        long id,
        String reference,
        String recipient,
        String subject,
        MailStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        String lastError,
        Instant sentAt) {

    public boolean retryable() {
        return status == MailStatus.FAILED;
    }
}
