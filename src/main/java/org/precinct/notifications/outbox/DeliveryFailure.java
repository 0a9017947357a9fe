package org.precinct.notifications.outbox;

import jakarta.mail.SendFailedException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why an attempt to send a mail failed, fit to be stored and shown to an administrator: one short line naming the
 * cause, never a stack trace.
 *
 * @param reason the short reason
 * @param permanent whether trying again cannot help (the message cannot be built, or the server refused the
 *     recipient for good)
 */
record DeliveryFailure(String reason, boolean permanent) {

    static final int MAX_REASON = 300;

    static DeliveryFailure of(Throwable failure) {
        List<Throwable> chain = causes(failure);
        boolean permanent = failure instanceof MailParseException
                || failure instanceof MailPreparationException
                || chain.stream().anyMatch(DeliveryFailure::recipientRefused);
        return new DeliveryFailure(describe(chain), permanent);
    }

    /** A message that could not even be put together will not be fixed by waiting. */
    static DeliveryFailure unpreparable(Throwable failure) {
        return new DeliveryFailure(describe(causes(failure)), true);
    }

    /**
     * The server answered the recipient with a 5xx code: Jakarta Mail lists it among the invalid addresses (a 4xx
     * answer lands among the valid unsent ones, which are worth another try).
     */
    private static boolean recipientRefused(Throwable cause) {
        return cause instanceof SendFailedException refused
                && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0;
    }

    /** The failure and everything it wraps, outermost first, including the per-message failures of a send. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Throwable current = failure;
        while (current != null && chain.size() < 10 && !chain.contains(current)) {
            chain.add(current);
            Throwable next = current.getCause();
            if (next == null && current instanceof MailSendException send && send.getMessageExceptions().length > 0) {
                next = send.getMessageExceptions()[0];
            }
            current = next;
        }
        return chain;
    }

    /**
     * The innermost cause says what went wrong on the wire ("Connection refused"); the innermost mail exception
     * above it carries the server's answer ("550 5.1.1 unknown user"). Both, on one line.
     */
    private static String describe(List<Throwable> chain) {
        Throwable root = chain.get(chain.size() - 1);
        String text = name(root);
        for (int i = chain.size() - 2; i >= 0; i--) {
            Throwable candidate = chain.get(i);
            if (candidate instanceof jakarta.mail.MessagingException && candidate.getMessage() != null) {
                String answer = firstLine(candidate.getMessage());
                if (!answer.isEmpty() && !text.contains(answer)) {
                    text = answer + " (" + text + ")";
                }
                break;
            }
        }
        return shorten(text);
    }

    private static String name(Throwable cause) {
        String message = cause.getMessage() == null ? "" : firstLine(cause.getMessage());
        return message.isEmpty()
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + message;
    }

    /** Jakarta Mail ends the first line with ";" when it appends the nested exception below. */
    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.replaceAll("\\p{Cntrl}", " ").strip().replaceFirst(";$", "");
    }

    private static String shorten(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
