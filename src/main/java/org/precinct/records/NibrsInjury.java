package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 33 (Type Injury).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsInjury implements NibrsCode {
    NONE("N"),
    APPARENT_BROKEN_BONES("B"),
    POSSIBLE_INTERNAL_INJURY("I"),
    SEVERE_LACERATION("L"),
    APPARENT_MINOR_INJURY("M"),
    OTHER_MAJOR_INJURY("O"),
    LOSS_OF_TEETH("T"),
    UNCONSCIOUSNESS("U");

    private final String code;

    NibrsInjury(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.injury." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsInjury> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
