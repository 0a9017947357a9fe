package org.precinct.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** In-app notifications: raised for one staff member, read by them alone. */
@PrecinctTest
class NotificationInboxTests {

    @Autowired
    InAppNotifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aNotificationIsUnreadUntilItsReaderMarksIt() {
        String username = unique();
        long older = notifications.notify(username, "notifications.inbox.new", null, null);
        long newer = notifications.notify(username, "notifications.outbox.count", new Object[] {"Sent", 3}, "/staff");

        assertThat(notifications.unread(username))
                .extracting(InAppNotification::id)
                .containsExactly(newer, older);
        InAppNotification latest = notifications.unread(username).get(0);
        assertThat(latest.args()).containsExactly("Sent", 3L);
        assertThat(latest.link()).isEqualTo("/staff");
        assertThat(latest.unread()).isTrue();
        assertThat(notifications.unreadCount(username)).isEqualTo(2);

        notifications.markRead(username, newer);
        notifications.markRead(username, newer);

        assertThat(notifications.unread(username))
                .extracting(InAppNotification::id)
                .containsExactly(older);
        assertThat(notifications.recent(username, 10))
                .extracting(InAppNotification::id)
                .containsExactly(newer, older);
        assertThat(notifications.recent(username, 10).get(0).readAt()).isNotNull();
    }

    @Test
    void nobodyCanMarkSomeoneElsesNotification() {
        String owner = unique();
        long id = notifications.notify(owner, "notifications.inbox.new", null, null);

        assertThatThrownBy(() -> notifications.markRead(unique(), id)).isInstanceOf(NoSuchRecordException.class);
        assertThat(notifications.unreadCount(owner)).isEqualTo(1);
    }

    @Test
    void markAllReadEmptiesTheUnreadList() {
        String username = unique();
        notifications.notify(username, "notifications.inbox.new", null, null);
        notifications.notify(username, "notifications.inbox.new", null, null);

        assertThat(notifications.markAllRead(username)).isEqualTo(2);
        assertThat(notifications.unread(username)).isEmpty();
    }

    @Test
    void aNotificationRaisedInATransactionThatRollsBackDisappears() {
        String username = unique();

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            notifications.notify(username, "notifications.inbox.new", null, null);
            transaction.setRollbackOnly();
        });

        assertThat(notifications.unread(username)).isEmpty();
    }

    @Test
    void linksLeadOnlyInsidePrecinct() {
        String username = unique();
        for (String link :
                new String[] {"https://evil.example", "//evil.example/x", "javascript:alert(1)", "/\\evil"}) {
            assertThatIllegalArgumentException()
                    .as(link)
                    .isThrownBy(() -> notifications.notify(username, "notifications.inbox.new", null, link));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> notifications.notify(" ", "key", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> notifications.notify(username, "", null, null));
        assertThat(notifications.unread(username)).isEmpty();
    }

    private static String unique() {
        return "inbox-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
