package org.precinct.records;

import java.util.Optional;

/**
 * Data Elements 27, 38 and 48 (Sex).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsSex implements NibrsCode {
    MALE("M"),
    FEMALE("F"),
    UNKNOWN("U");

    private final String code;

    NibrsSex(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.sex." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsSex> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
