package org.precinct.records;

import java.util.Optional;

/**
 * Data Elements 29, 39A and 50 (Ethnicity).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsEthnicity implements NibrsCode {
    HISPANIC_LATINO("H"),
    NOT_HISPANIC_LATINO("N"),
    UNKNOWN("U");

    private final String code;

    NibrsEthnicity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.ethnicity." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsEthnicity> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
