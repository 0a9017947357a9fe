package org.precinct.records;

import java.util.Optional;

/**
 * Data Elements 26, 37 and 47 (Age) when it is not a number of years.
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsAgeText implements NibrsCode {
    NEONATAL("NEONATAL"),
    NEWBORN("NEWBORN"),
    BABY("BABY"),
    UNKNOWN("UNKNOWN");

    private final String code;

    NibrsAgeText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.ageText." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsAgeText> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
