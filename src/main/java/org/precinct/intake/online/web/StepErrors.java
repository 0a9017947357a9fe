package org.precinct.intake.online.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * What is wrong with a submitted step, field by field, in the reader's language: each page shows the message next
 * to its field (the key is the field's id) and lists them all in a summary at the top that links to the fields.
 */
final class StepErrors {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> byField = new LinkedHashMap<>();

    StepErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Records the first problem of a field; later ones for the same field are dropped. */
    StepErrors add(String fieldId, String messageKey, Object... args) {
        byField.putIfAbsent(fieldId, messages.getMessage(messageKey, args, locale));
        return this;
    }

    /** Adds a problem to the field's message, after any already there: several files can be wrong at once. */
    StepErrors append(String fieldId, String messageKey, Object... args) {
        String message = messages.getMessage(messageKey, args, locale);
        byField.merge(fieldId, message, (before, added) -> before + " " + added);
        return this;
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    boolean has(String fieldId) {
        return byField.containsKey(fieldId);
    }

    /** Field id → message, in the order found: what the page's model carries as {@code errors}. */
    Map<String, String> asMap() {
        return byField;
    }
}
