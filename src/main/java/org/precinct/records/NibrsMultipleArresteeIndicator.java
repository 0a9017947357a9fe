package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 44 (Multiple Arrestee Segments Indicator).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsMultipleArresteeIndicator implements NibrsCode {
    COUNT_ARRESTEE("C"),
    MULTIPLE("M"),
    NOT_APPLICABLE("N");

    private final String code;

    NibrsMultipleArresteeIndicator(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.multipleArrestee." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsMultipleArresteeIndicator> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
