package org.precinct.intake.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A review step or list change refused for what was entered, before anything was changed: each field named with the
 * message key of what is wrong with it. Pages show the messages next to the fields; the API answers 400.
 */
public class InvalidReviewInput extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidReviewInput(Map<String, String> problems) {
        super("Invalid input for " + problems.keySet());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidReviewInput of(String field, String messageKey) {
        return new InvalidReviewInput(Map.of(field, messageKey));
    }

    /** Field name → message key, in the order the fields were checked. */
    public Map<String, String> problems() {
        return problems;
    }

    /** Collects problems field by field and refuses once at the end, so that every field gets its message. */
    static final class Collector {

        private final Map<String, String> problems = new LinkedHashMap<>();

        /** Text that is required and at most {@code max} characters; returns it stripped. */
        String required(String field, String text, int max) {
            if (text == null || text.isBlank()) {
                problems.putIfAbsent(field, "intake.review.input.required");
                return null;
            }
            return limited(field, text, max);
        }

        /** Text that may be left out; returns it stripped, or {@code null} when blank. */
        String optional(String field, String text, int max) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return limited(field, text, max);
        }

        void add(String field, String messageKey) {
            problems.putIfAbsent(field, messageKey);
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidReviewInput(problems);
            }
        }

        private String limited(String field, String text, int max) {
            String stripped = text.strip();
            if (stripped.length() > max) {
                problems.putIfAbsent(field, "intake.review.input.too-long." + max);
                return null;
            }
            return stripped;
        }
    }
}
