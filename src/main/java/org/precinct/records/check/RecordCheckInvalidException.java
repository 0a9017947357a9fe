package org.precinct.records.check;

import java.util.Map;

/** A check asked with missing or impossible values; field to message key of the records-index bundle. */
public class RecordCheckInvalidException extends RuntimeException {

    private final transient Map<String, String> problems;

    public RecordCheckInvalidException(Map<String, String> problems) {
        super("Invalid record check: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
