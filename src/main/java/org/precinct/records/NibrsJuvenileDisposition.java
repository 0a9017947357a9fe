package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 52 (Disposition of Arrestee Under 18).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsJuvenileDisposition implements NibrsCode {
    HANDLED_WITHIN_DEPARTMENT("H"),
    REFERRED_TO_OTHER_AUTHORITIES("R");

    private final String code;

    NibrsJuvenileDisposition(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.juvenileDisposition." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsJuvenileDisposition> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
