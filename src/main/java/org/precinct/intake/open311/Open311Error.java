package org.precinct.intake.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * One error of an answer that failed. The code is the HTTP status, except {@value #EMERGENCY}: the request reads as
 * an emergency and belongs with 911.
 *
 * @param code what kind of error
 * @param description what went wrong, for the person using the client, in their language
 */
record Open311Error(int code, String description) {

    static final int EMERGENCY = 911;

    /** The {@code <errors>} document of one or more errors. */
    static Open311Document document(List<Open311Error> errors) {
        return new Open311Document.ListOf(
                "errors",
                "error",
                errors.stream()
                        .map(error -> {
                            Map<String, Object> fields = new LinkedHashMap<>();
                            fields.put("code", error.code());
                            fields.put("description", error.description());
                            return fields;
                        })
                        .toList());
    }

    /** An error per problem, each described after the parameter it concerns. */
    static List<Open311Error> of(int code, List<Open311Problem> problems, MessageSource messages, Locale locale) {
        return problems.stream()
                .map(problem -> {
                    String message = messages.getMessage(
                            problem.messageKey(), problem.arguments().toArray(), locale);
                    return new Open311Error(code, problem.field() == null ? message : problem.field() + ": " + message);
                })
                .toList();
    }
}
