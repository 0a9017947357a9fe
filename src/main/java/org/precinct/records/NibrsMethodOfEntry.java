package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 11 (Method of Entry).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsMethodOfEntry implements NibrsCode {
    FORCE("F"),
    NO_FORCE("N");

    private final String code;

    NibrsMethodOfEntry(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.methodOfEntry." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsMethodOfEntry> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
