package org.precinct.notifications.outbox;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt (or being sent right now). */
    PENDING,
    /** Accepted by the mail server; never sent again. */
    SENT,
    /** Given up after its last attempt, or refused for good; waits for an administrator to retry it. */
    FAILED;

    public String messageKey() {
        return "notifications.outbox.status." + name();
    }
}
