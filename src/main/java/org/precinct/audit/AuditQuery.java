package org.precinct.audit;

import java.time.LocalDate;

/**
 * Criteria for searching the trail; every criterion is optional.
 *
 * @param username exact account name
 * @param action what was done
 * @param objectType kind of record
 * @param objectId id of the record
 * @param outcome how it ended
 * @param from first day (department time zone), inclusive
 * @param to last day, inclusive
 * @param page zero-based page
 */
public record AuditQuery(
        String username,
        AuditAction action,
        String objectType,
        String objectId,
        AuditOutcome outcome,
        LocalDate from,
        LocalDate to,
        int page) {

    public static final int PAGE_SIZE = 50;

    public AuditQuery {
        username = blankToNull(username);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Says what was searched for, to be kept in the trail itself. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "username", username);
        append(text, "action", action);
        append(text, "objectType", objectType);
        append(text, "objectId", objectId);
        append(text, "outcome", outcome);
        append(text, "from", from);
        append(text, "to", to);
        return text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(name).append('=').append(value);
        }
    }
}
