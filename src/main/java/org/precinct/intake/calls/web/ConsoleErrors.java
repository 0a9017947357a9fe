package org.precinct.intake.calls.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with the console's fields, by field name, each with its message key; the page shows each message
 * next to its field and all of them in a summary at the top. Names the submission uses ({@code reporter.name},
 * {@code answers.code}, {@code people[0]}) are turned into the console's field names.
 */
record ConsoleErrors(Map<String, String> byField) {

    private static final Pattern ANSWER = Pattern.compile("answers\\.(.+)");
    private static final Pattern WHOLE_ROW = Pattern.compile("(people|vehicles|property)\\[([0-9]+)]");
    private static final Map<String, String> FIRST_FIELD_OF_ROW =
            Map.of("people", "name", "vehicles", "make", "property", "description");

    ConsoleErrors {
        // Kept in the order found, which is the order of the form.
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    static ConsoleErrors none() {
        return new ConsoleErrors(Map.of());
    }

    /** The problems the submission or the console found, under the console's field names, in their order. */
    static ConsoleErrors of(Map<String, String> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        problems.forEach((name, key) -> fields.putIfAbsent(consoleName(name), key));
        return new ConsoleErrors(fields);
    }

    /** A line of the summary: the field's element id and the message key. */
    record SummaryLine(String fieldId, String messageKey) {}

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String key(String field) {
        return byField.get(field);
    }

    /** For the summary: each field's id and message key, in the order the problems were found. */
    public List<SummaryLine> summary() {
        return byField.entrySet().stream()
                .map(entry -> new SummaryLine(id(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** The element id of a field: {@code people[0].role} is {@code people-0-role}. */
    static String id(String field) {
        return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    private static String consoleName(String name) {
        switch (name) {
            case "reporter.name":
                return "reporterName";
            case "reporter.email":
                return "reporterEmail";
            case "reporter.phone":
                return "reporterPhone";
            case "latitude":
                return "address";
            default:
                break;
        }
        Matcher answer = ANSWER.matcher(name);
        if (answer.matches()) {
            return "answers[" + answer.group(1) + "]";
        }
        Matcher row = WHOLE_ROW.matcher(name);
        if (row.matches()) {
            return name + "." + FIRST_FIELD_OF_ROW.get(row.group(1));
        }
        return name;
    }
}
