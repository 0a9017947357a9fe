package org.precinct.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;

/**
 * An e-mail to be sent, as handed to {@link MailOutbox#enqueue(OutgoingMail)}. Everything is checked here, so a
 * mail that reaches the outbox can be sent.
 *
 * @param to the recipient's bare address ({@code ana.ruiz@example.org}, no display name)
 * @param subject one line, at most 255 characters
 * @param bodyText the plain-text body, always sent
 * @param bodyHtml an HTML alternative of the same content, or {@code null}
 * @param locale the language the mail is written in (sent as {@code Content-Language}), or {@code null}
 * @param reference what the mail is about, unique per mail to send, e.g. {@code account:42:lockout}; a mail
 *     whose reference is already in the outbox is not queued again
 */
public record OutgoingMail(
        String to, String subject, String bodyText, String bodyHtml, Locale locale, String reference) {

    /** Longest address SMTP allows (RFC 5321 path limit less the angle brackets). */
    static final int MAX_ADDRESS = 254;

    static final int MAX_SUBJECT = 255;
    static final int MAX_REFERENCE = 200;
    static final int MAX_BODY = 1_000_000;

    public OutgoingMail {
        validateAddress(to);
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a subject");
        }
        if (subject.length() > MAX_SUBJECT || hasControlCharacters(subject)) {
            throw new IllegalArgumentException(
                    "An e-mail subject is one line of at most " + MAX_SUBJECT + " characters");
        }
        if (bodyText == null || bodyText.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a plain-text body");
        }
        if (bodyText.length() > MAX_BODY || (bodyHtml != null && bodyHtml.length() > MAX_BODY)) {
            throw new IllegalArgumentException("An e-mail body may have at most " + MAX_BODY + " characters");
        }
        if (bodyHtml != null && bodyHtml.isBlank()) {
            bodyHtml = null;
        }
        if (reference == null || reference.isBlank() || !reference.strip().equals(reference)) {
            throw new IllegalArgumentException("An e-mail needs a reference without surrounding spaces");
        }
        if (reference.length() > MAX_REFERENCE || hasControlCharacters(reference)) {
            throw new IllegalArgumentException(
                    "An e-mail reference is one line of at most " + MAX_REFERENCE + " characters");
        }
    }

    /** A plain-text mail in no particular language. */
    public static OutgoingMail plainText(String to, String subject, String bodyText, String reference) {
        return new OutgoingMail(to, subject, bodyText, null, null, reference);
    }

    /**
     * Refuses anything but a single bare address with a domain. Display names and header-breaking characters are
     * refused rather than cleaned, because the caller stores the address and should learn that it is wrong.
     */
    private static void validateAddress(String address) {
        if (address == null || address.isBlank()) {
            throw new InvalidMailAddressException(String.valueOf(address), "empty");
        }
        if (address.length() > MAX_ADDRESS) {
            throw new InvalidMailAddressException(address.substring(0, 40) + "...", "longer than " + MAX_ADDRESS);
        }
        if (hasControlCharacters(address) || address.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidMailAddressException(address, "contains spaces or control characters");
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(address, true);
            parsed.validate();
        } catch (AddressException e) {
            throw new InvalidMailAddressException(address, "malformed");
        }
        if (parsed.getPersonal() != null || !address.equals(parsed.getAddress()) || parsed.isGroup()) {
            throw new InvalidMailAddressException(address, "not a bare address");
        }
        int at = address.lastIndexOf('@');
        if (at < 1 || at > 64) {
            throw new InvalidMailAddressException(address, "missing or overlong local part");
        }
        String domain = address.substring(at + 1);
        if (domain.indexOf('.') < 1 || domain.endsWith(".") || domain.startsWith("[")) {
            throw new InvalidMailAddressException(address, "the domain is not a qualified host name");
        }
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
