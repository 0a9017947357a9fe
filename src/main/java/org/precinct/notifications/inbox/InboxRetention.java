package org.precinct.notifications.inbox;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.precinct.notifications.outbox.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes in-app notifications read longer ago than {@code precinct.notifications.read-notification-retention};
 * unread ones stay until their reader has seen them.
 */
@Component
class InboxRetention {

    private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);

    private final JdbcClient jdbc;
    private final NotificationProperties properties;

    InboxRetention(JdbcClient jdbc, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(cron = "0 27 3 * * *")
    @SchedulerLock(name = "notifications.inbox-retention")
    public void deleteOldReadNotifications() {
        int deleted = jdbc.sql("""
                        delete from notifications.in_app_notification
                        where read_at < now() - :retention * interval '1 millisecond'
                        """)
                .param("retention", properties.readNotificationRetention().toMillis())
                .update();
        if (deleted > 0) {
            log.info("Deleted {} read notifications older than {}", deleted, properties.readNotificationRetention());
        }
    }
}
