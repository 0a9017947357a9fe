package org.precinct.notifications.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox delivers e-mail, under {@code precinct.notifications.*}. The SMTP server itself is configured
 * with Spring Boot's {@code spring.mail.*}; the sender address is {@code precinct.mail.from}.
 *
 * @param dispatchDelay pause between two runs of the dispatcher (the {@code @Scheduled} annotation reads the same
 *     property, with the same default)
 * @param maxAttempts delivery attempts before a mail is given up and left to an administrator
 * @param batchSize mails claimed at once by a dispatcher
 * @param claimLease how long a claimed mail is reserved for the dispatcher that claimed it; should it crash, the
 *     mail becomes due again after this
 * @param smtpTimeout connect, read and write timeout for the SMTP conversation, unless {@code spring.mail.properties}
 *     set their own
 * @param sentMailRetention how long delivered mails are kept before they are deleted
 * @param readNotificationRetention how long read in-app notifications are kept before they are deleted
 */
@ConfigurationProperties("precinct.notifications")
public record NotificationProperties(
        @DefaultValue("5s") Duration dispatchDelay,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10m") Duration claimLease,
        @DefaultValue("30s") Duration smtpTimeout,
        @DefaultValue("30d") Duration sentMailRetention,
        @DefaultValue("180d") Duration readNotificationRetention) {

    public NotificationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("precinct.notifications.max-attempts must be at least 1");
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("precinct.notifications.batch-size must be between 1 and 1000");
        }
        if (claimLease.compareTo(smtpTimeout.multipliedBy(3)) < 0) {
            // One send may spend the timeout on connecting, on a command and on the data; the claim must outlast it.
            throw new IllegalArgumentException(
                    "precinct.notifications.claim-lease must be at least three SMTP timeouts");
        }
    }
}
