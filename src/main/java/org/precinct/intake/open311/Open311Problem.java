package org.precinct.intake.open311;

import java.util.List;

/**
 * Something wrong with what a client sent.
 *
 * @param field the parameter as the specification names it ({@code lat}, {@code attribute[code]}), or {@code null}
 *     when it concerns the request as a whole
 * @param messageKey the message that says what is wrong
 * @param arguments the message's arguments
 */
record Open311Problem(String field, String messageKey, List<Object> arguments) {

    Open311Problem {
        arguments = List.copyOf(arguments);
    }

    static Open311Problem of(String field, String messageKey, Object... arguments) {
        return new Open311Problem(field, messageKey, List.of(arguments));
    }
}
