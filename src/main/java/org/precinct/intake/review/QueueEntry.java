package org.precinct.intake.review;

import java.time.Instant;
import java.util.Locale;
import org.precinct.intake.Channel;
import org.precinct.intake.Priority;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingNumber;

/**
 * A report as a line of the review queue. It names no one: who reported it is read, and audited, on the report
 * itself.
 *
 * @param overdue its first review was due and it still awaits review
 * @param unreadSupplements additions no staff member has marked read yet
 * @param assignee the DSN of the officer following it up, or {@code null}
 * @param likelyDuplicates how many open reports were found likely to be of the same incident
 */
public record QueueEntry(
        TrackingNumber trackingNumber,
        String incidentType,
        String typeNameEn,
        String typeNameEs,
        Priority priority,
        RequestStatus status,
        Channel channel,
        String beat,
        Instant receivedAt,
        Instant reviewDueAt,
        boolean overdue,
        int unreadSupplements,
        String reportNumber,
        String assignee,
        int likelyDuplicates) {

    /** The same line with the count of open likely duplicates. */
    public QueueEntry withLikelyDuplicates(int count) {
        return new QueueEntry(
                trackingNumber,
                incidentType,
                typeNameEn,
                typeNameEs,
                priority,
                status,
                channel,
                beat,
                receivedAt,
                reviewDueAt,
                overdue,
                unreadSupplements,
                reportNumber,
                assignee,
                count);
    }

    /** How many whole hours ago it came in. */
    public long ageInHours(Instant now) {
        return Math.max(0, java.time.Duration.between(receivedAt, now).toHours());
    }

    public String typeName(Locale locale) {
        String name = locale != null && "es".equals(locale.getLanguage()) ? typeNameEs : typeNameEn;
        return name == null ? incidentType : name;
    }
}
