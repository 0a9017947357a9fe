package org.precinct.records.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was entered in a report cannot be right (an impossible date, value or code); nothing was changed. Each field is
 * named with the message key of what is wrong with it: pages show it next to the field, the API answers 400.
 */
public class InvalidReportInput extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidReportInput(Map<String, String> problems) {
        super("Invalid input for " + problems.keySet());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field → message key, in the order the fields were checked. */
    public Map<String, String> problems() {
        return problems;
    }
}
