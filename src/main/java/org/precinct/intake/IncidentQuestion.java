package org.precinct.intake;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A question an incident type asks the reporter, in the order the type lists them.
 *
 * @param code the stable key of the answer ({@code vehicleLocked}): lower camel case, unique within the type
 * @param labelEn the question in English
 * @param labelEs the question in Spanish
 * @param datatype what kind of answer it takes
 * @param required whether a report of the type needs an answer
 * @param choices the possible answers of a {@link QuestionDatatype#CHOICE} question, in order; empty otherwise
 */
public record IncidentQuestion(
        String code,
        String labelEn,
        String labelEs,
        QuestionDatatype datatype,
        boolean required,
        List<QuestionChoice> choices) {

    /** The format of a code, usable in validation annotations. */
    public static final String CODE_PATTERN = "[a-z][a-zA-Z0-9]{1,39}";

    public static final int MAX_LABEL = 200;

    public IncidentQuestion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(labelEs, "labelEs");
        Objects.requireNonNull(datatype, "datatype");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The question in {@code locale}'s language: Spanish for Spanish, English otherwise. */
    public String label(Locale locale) {
        return IncidentTypeView.spanish(locale) ? labelEs : labelEn;
    }

    /**
     * Whether {@code answer} answers this question: a well-formed value of its datatype (one of the choices'
     * values for a choice), or nothing at all when the question is optional.
     *
     * @param answer the answer as text; {@code null} or blank for none
     */
    public boolean accepts(String answer) {
        if (answer == null || answer.isBlank()) {
            return !required;
        }
        if (datatype == QuestionDatatype.CHOICE) {
            return choices.stream().anyMatch(choice -> choice.value().equals(answer));
        }
        return datatype.wellFormed(answer);
    }
}
