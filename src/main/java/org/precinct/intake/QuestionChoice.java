package org.precinct.intake;

import java.util.Locale;
import java.util.Objects;

/**
 * One of the answers a {@link QuestionDatatype#CHOICE} question offers.
 *
 * @param value what is stored as the answer, in upper snake case ({@code BROKEN_WINDOW}); never changes with the
 *     labels
 * @param labelEn what English speakers read
 * @param labelEs what Spanish speakers read
 */
public record QuestionChoice(String value, String labelEn, String labelEs) {

    /** The format of a value, usable in validation annotations. */
    public static final String VALUE_PATTERN = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";

    public static final int MAX_VALUE = 40;
    public static final int MAX_LABEL = 120;

    public QuestionChoice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(labelEs, "labelEs");
    }

    /** The label in {@code locale}'s language: Spanish for Spanish, English otherwise. */
    public String label(Locale locale) {
        return IncidentTypeView.spanish(locale) ? labelEs : labelEn;
    }
}
