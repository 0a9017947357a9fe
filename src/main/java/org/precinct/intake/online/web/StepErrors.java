package org.precinct.intake.online.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * What is wrong with a submitted step, field by field, in the reader's language: each page shows the message next
 * to its field (the key is the field's id) and lists them all in a summary at the top that links to the fields. In
 * the summary a message can carry the name of its field ("What was damaged?: Answer this question."), where the
 * message alone would not say which field it means.
 */
final class StepErrors {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Map<String, String> summary = new LinkedHashMap<>();

    StepErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Records the first problem of a field; later ones for the same field are dropped. */
    StepErrors add(String fieldId, String messageKey, Object... args) {
        String message = messages.getMessage(messageKey, args, locale);
        byField.putIfAbsent(fieldId, message);
        summary.putIfAbsent(fieldId, message);
        return this;
    }

    /** Records the first problem of a field, named in the summary by the field's label. */
    StepErrors addFor(String fieldId, String label, String messageKey, Object... args) {
        String message = messages.getMessage(messageKey, args, locale);
        byField.putIfAbsent(fieldId, message);
        summary.putIfAbsent(fieldId, label + ": " + message);
        return this;
    }

    /** Adds a problem to the field's message, after any already there: several files can be wrong at once. */
    StepErrors append(String fieldId, String messageKey, Object... args) {
        String message = messages.getMessage(messageKey, args, locale);
        byField.merge(fieldId, message, (before, added) -> before + " " + added);
        summary.merge(fieldId, message, (before, added) -> before + " " + added);
        return this;
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Field id → message, in the order found. */
    Map<String, String> asMap() {
        return byField;
    }

    /** Puts the messages next to the fields ({@code errors}) and the summary's lines ({@code errorSummary}). */
    void addTo(Model model) {
        model.addAttribute("errors", byField);
        model.addAttribute("errorSummary", summary);
    }
}
