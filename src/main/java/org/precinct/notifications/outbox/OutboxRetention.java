package org.precinct.notifications.outbox;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes delivered mails once {@code precinct.notifications.sent-mail-retention} has passed: the outbox is a
 * queue, not an archive, and mail bodies may carry personal data. Given-up mails stay until an administrator has
 * dealt with them.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final OutboxStore store;
    private final NotificationProperties properties;

    OutboxRetention(OutboxStore store, NotificationProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Scheduled(cron = "0 17 3 * * *")
    @SchedulerLock(name = "notifications.outbox-retention")
    public void deleteOldSentMail() {
        int deleted = store.deleteSentBefore(properties.sentMailRetention());
        if (deleted > 0) {
            log.info("Deleted {} delivered mails older than {}", deleted, properties.sentMailRetention());
        }
    }
}
