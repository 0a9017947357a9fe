package org.precinct.records;

import java.util.Map;

/**
 * Details that cannot be saved, with a message key of the records-index bundle per field. Nothing was saved.
 */
public class MasterRecordInvalidException extends RuntimeException {

    private final transient Map<String, String> problems;

    public MasterRecordInvalidException(Map<String, String> problems) {
        super("Invalid master record: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    /** Field name (as in the API's JSON) to message key. */
    public Map<String, String> problems() {
        return problems;
    }
}
