package org.precinct.records;

import java.util.Optional;

/**
 * Data Elements 30 and 51 (Resident Status).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsResidentStatus implements NibrsCode {
    RESIDENT("R"),
    NONRESIDENT("N"),
    UNKNOWN("U");

    private final String code;

    NibrsResidentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.residentStatus." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsResidentStatus> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
