package org.precinct.intake.catalogue;

import java.util.List;

/**
 * One thing wrong with a proposed incident type: which input (a form field path such as {@code questions[2].code},
 * or {@code null} for the type as a whole), the message key and the message's arguments.
 */
record CatalogueProblem(String field, String messageKey, List<Object> arguments) {

    CatalogueProblem {
        arguments = List.copyOf(arguments);
    }

    static CatalogueProblem of(String field, String messageKey, Object... arguments) {
        return new CatalogueProblem(field, messageKey, List.of(arguments));
    }
}
