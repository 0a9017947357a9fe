package org.precinct.audit;

import java.time.Instant;

/**
 * One row of the audit trail as it is read back.
 *
 * @param id position in the chain
 * @param occurredAt when, in UTC with millisecond precision
 * @param username the account (or the name tried, for a failed login); {@code null} for a resident
 * @param dsn the employee's serial number, when the account has one
 * @param action what was done
 * @param objectType the kind of record touched, e.g. {@code employee}; may be {@code null}
 * @param objectId its id, or a search's criteria
 * @param outcome how it ended
 * @param ipAddress the client's address
 * @param userAgent the client's user agent, shortened
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String username,
        String dsn,
        AuditAction action,
        String objectType,
        String objectId,
        AuditOutcome outcome,
        String ipAddress,
        String userAgent) {}
