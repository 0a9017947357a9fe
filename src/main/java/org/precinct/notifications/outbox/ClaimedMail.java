package org.precinct.notifications.outbox;

/**
 * A mail a dispatcher has claimed for one delivery attempt. {@code attempts} is the number of this attempt; it
 * doubles as the claim's token, since every new claim of the mail counts up.
 */
record ClaimedMail(
        long id,
        String reference,
        String recipient,
        String subject,
        String bodyText,
        String bodyHtml,
        String language,
        int attempts) {}
