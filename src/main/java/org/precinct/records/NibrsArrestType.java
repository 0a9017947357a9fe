package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 43 (Type of Arrest).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsArrestType implements NibrsCode {
    ON_VIEW("O"),
    SUMMONED_CITED("S"),
    TAKEN_INTO_CUSTODY("T");

    private final String code;

    NibrsArrestType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.arrestType." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsArrestType> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
