package org.precinct.identity.account;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.precinct.notifications.MailOutbox;
import org.precinct.notifications.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the member by e-mail when their account is locked: a lock they did not cause means someone is guessing
 * their password. The mail is queued in the same transaction as the lock, so it goes out only if the lock holds.
 */
@Component
class AccountAlerts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MailOutbox outbox;
    private final MessageSource messages;

    AccountAlerts(MailOutbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    void accountLocked(StaffAccount account) {
        if (account.email() == null) {
            return;
        }
        Locale locale = Locale.ENGLISH;
        String when = WHEN.format(account.lockedAt().atOffset(ZoneOffset.UTC));
        outbox.enqueue(OutgoingMail.plainText(
                account.email(),
                messages.getMessage("identity.mail.locked.subject", null, locale),
                messages.getMessage(
                        "identity.mail.locked.body",
                        new Object[] {account.displayName(), account.username(), when},
                        locale),
                "account:" + account.id() + ":locked:" + account.lockedAt().toEpochMilli()));
    }
}
