package org.precinct.records;

import java.util.List;
import java.util.Objects;

/**
 * Something an incident report lacks or gets wrong, told to its author in words before it moves on.
 *
 * @param field the part of the report it is about ({@code narrative}, {@code offenses[0].locationType}, ...), or
 *     {@code null} for the report as a whole
 * @param messageKey the message that says what is wrong and what to do
 * @param arguments the message's arguments (strings and numbers only)
 * @param blocking whether it stops the report from being submitted and approved; a warning only asks for a look
 */
public record IncidentReportProblem(String field, String messageKey, List<Object> arguments, boolean blocking) {

    public IncidentReportProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A problem that stops the report. */
    public static IncidentReportProblem missing(String field, String messageKey, Object... arguments) {
        return new IncidentReportProblem(field, messageKey, List.of(arguments), true);
    }

    /** A problem worth a look that does not stop the report. */
    public static IncidentReportProblem warning(String field, String messageKey, Object... arguments) {
        return new IncidentReportProblem(field, messageKey, List.of(arguments), false);
    }
}
