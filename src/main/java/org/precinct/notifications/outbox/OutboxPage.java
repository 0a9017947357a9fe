package org.precinct.notifications.outbox;

import java.util.List;

/**
 * One page of the outbox as administrators browse it.
 *
 * @param entries the mails on this page, newest first
 * @param status the status shown, or {@code null} for all
 * @param page the page number, from 0
 * @param hasNext whether a further page follows
 */
public record OutboxPage(List<OutboxEntry> entries, MailStatus status, int page, boolean hasNext) {

    public OutboxPage {
        entries = List.copyOf(entries);
    }
}
