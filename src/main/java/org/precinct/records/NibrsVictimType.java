package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 25 (Type of Victim).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsVictimType implements NibrsCode {
    INDIVIDUAL("I"),
    BUSINESS("B"),
    FINANCIAL_INSTITUTION("F"),
    GOVERNMENT("G"),
    LAW_ENFORCEMENT_OFFICER("L"),
    RELIGIOUS_ORGANIZATION("R"),
    SOCIETY_PUBLIC("S"),
    OTHER("O"),
    UNKNOWN("U");

    private final String code;

    NibrsVictimType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.victimType." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsVictimType> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
