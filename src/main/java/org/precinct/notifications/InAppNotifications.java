package org.precinct.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications for staff members, shown in the console until they are marked read. Callers name the text by
 * message key so that each reader sees it in their own language.
 */
@Service
public class InAppNotifications {

    static final int MAX_LINK = 500;

    private final JdbcClient jdbc;

    InAppNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Notifies a staff member. Joins the caller's transaction if there is one ({@code REQUIRED}), so a
     * notification about a change that is rolled back disappears with it; without one it is saved at once.
     *
     * @param username the account to notify
     * @param messageKey the message key of the text
     * @param args the message's arguments, may be {@code null}; numbers are kept as numbers (so that patterns like
     *     {@code {0,number}} work), anything else is stored as its text ({@code String.valueOf})
     * @param link a path inside Precinct starting with a single {@code /}, or {@code null}
     * @return the notification's id
     * @throws IllegalArgumentException for a blank username or key, or a link that leads outside Precinct
     */
    @Transactional
    public long notify(String username, String messageKey, Object[] args, String link) {
        requireUsername(username);
        if (messageKey == null || messageKey.isBlank() || messageKey.length() > 200) {
            throw new IllegalArgumentException("A notification needs a message key of at most 200 characters");
        }
        if (link != null && !isInternalPath(link)) {
            throw new IllegalArgumentException("A notification links only to a path inside Precinct: " + link);
        }
        return jdbc.sql("""
                        insert into notifications.in_app_notification (username, message_key, message_args, link)
                        values (:username, :messageKey, cast(:args as jsonb), :link)
                        returning id
                        """)
                .param("username", username)
                .param("messageKey", messageKey)
                .param("args", MessageArguments.toJson(args))
                .param("link", link)
                .query(Long.class)
                .single();
    }

    /** The staff member's unread notifications, newest first. */
    @Transactional(readOnly = true)
    public List<InAppNotification> unread(String username) {
        requireUsername(username);
        return jdbc.sql(SELECT + " where username = :username and read_at is null order by created_at desc, id desc")
                .param("username", username)
                .query(InAppNotifications::notification)
                .list();
    }

    /** The staff member's latest notifications, read or not, newest first. */
    @Transactional(readOnly = true)
    public List<InAppNotification> recent(String username, int limit) {
        requireUsername(username);
        return jdbc.sql(SELECT + " where username = :username order by created_at desc, id desc limit :limit")
                .param("username", username)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query(InAppNotifications::notification)
                .list();
    }

    /** How many notifications the staff member has not read. */
    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        requireUsername(username);
        return jdbc.sql(
                        "select count(*) from notifications.in_app_notification where username = :username and read_at is null")
                .param("username", username)
                .query(Long.class)
                .single();
    }

    /**
     * Marks one of the staff member's notifications read; marking it again changes nothing.
     *
     * @throws NoSuchRecordException if there is no such notification for this staff member (someone else's is
     *     treated as missing, so its existence is not revealed)
     */
    @Transactional
    public void markRead(String username, long id) {
        requireUsername(username);
        int matched = jdbc.sql("""
                        update notifications.in_app_notification set read_at = coalesce(read_at, now())
                        where id = :id and username = :username
                        """).param("id", id).param("username", username).update();
        if (matched == 0) {
            throw new NoSuchRecordException("notification", id);
        }
    }

    /** Marks all of the staff member's notifications read and says how many were unread. */
    @Transactional
    public int markAllRead(String username) {
        requireUsername(username);
        return jdbc.sql("""
                        update notifications.in_app_notification set read_at = now()
                        where username = :username and read_at is null
                        """).param("username", username).update();
    }

    private static final String SELECT = """
            select id, message_key, message_args, link, created_at, read_at
            from notifications.in_app_notification
            """;

    private static InAppNotification notification(ResultSet row, int index) throws SQLException {
        Timestamp readAt = row.getTimestamp("read_at");
        return new InAppNotification(
                row.getLong("id"),
                row.getString("message_key"),
                MessageArguments.fromJson(row.getString("message_args")),
                row.getString("link"),
                row.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    /** A path on this site: one leading slash, no scheme, no protocol-relative {@code //host}, no backslashes. */
    static boolean isInternalPath(String link) {
        return link.length() <= MAX_LINK
                && link.startsWith("/")
                && !link.startsWith("//")
                && link.indexOf('\\') < 0
                && link.chars().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c));
    }

    private static void requireUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 100) {
            throw new IllegalArgumentException("A notification belongs to a username of at most 100 characters");
        }
    }
}
