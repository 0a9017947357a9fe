package org.precinct.records;

import java.util.Optional;

/**
 * Data Elements 28, 39 and 49 (Race).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsRace implements NibrsCode {
    WHITE("W"),
    BLACK_AFRICAN_AMERICAN("B"),
    AMERICAN_INDIAN_ALASKA_NATIVE("I"),
    ASIAN("A"),
    NATIVE_HAWAIIAN_PACIFIC_ISLANDER("P"),
    UNKNOWN("U");

    private final String code;

    NibrsRace(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.race." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsRace> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
