package org.precinct.notifications.outbox;

import java.time.Duration;
import java.util.List;

/**
 * When to try a mail again after a failed attempt, and when to stop. The pauses grow quickly, so a mail server
 * that is down for a day is not hammered, yet a short outage delays mail by minutes only; with the default eight
 * attempts a mail is given up about a day after it was queued.
 *
 * @param maxAttempts attempts after which a failing mail is given up
 */
record RetryPolicy(int maxAttempts) {

    private static final List<Duration> PAUSES = List.of(
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(3),
            Duration.ofHours(6),
            Duration.ofHours(12));

    private static final Duration LONGEST_PAUSE = Duration.ofHours(24);

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed");
        }
    }

    /** Whether a mail whose {@code attempts}-th attempt just failed is given up. */
    boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The pause before the next attempt, after the {@code attempts}-th attempt failed (counting from 1). */
    Duration pauseAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("Attempts count from 1");
        }
        return attempts <= PAUSES.size() ? PAUSES.get(attempts - 1) : LONGEST_PAUSE;
    }
}
