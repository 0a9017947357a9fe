package org.precinct.notifications;

import java.time.Instant;
import java.util.List;

/**
 * A notification shown to one staff member in the console.
 *
 * @param id its id
 * @param messageKey the message key of its text
 * @param args the message's arguments: {@link Long} or {@link java.math.BigDecimal} for numbers, else text
 * @param link where it leads inside Precinct (a path), or {@code null}
 * @param createdAt when it was raised
 * @param readAt when its recipient marked it read, or {@code null} while unread
 */
public record InAppNotification(
        long id, String messageKey, List<Object> args, String link, Instant createdAt, Instant readAt) {

    public InAppNotification {
        args = List.copyOf(args);
    }

    public boolean unread() {
        return readAt == null;
    }

    /** The arguments as a message source takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
