package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 12 (Type Criminal Activity/Gang Information).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsCriminalActivity implements NibrsCode {
    SIMPLE_GROSS_NEGLECT("A"),
    BUYING_RECEIVING("B"),
    CULTIVATING_MANUFACTURING_PUBLISHING("C"),
    DISTRIBUTING_SELLING("D"),
    EXPLOITING_CHILDREN("E"),
    ORGANIZED_ABUSE("F"),
    OTHER_GANG("G"),
    INTENTIONAL_ABUSE_AND_TORTURE("I"),
    JUVENILE_GANG("J"),
    NONE_UNKNOWN("N"),
    OPERATING_PROMOTING_ASSISTING("O"),
    POSSESSING_CONCEALING("P"),
    ANIMAL_SEXUAL_ABUSE("S"),
    TRANSPORTING_TRANSMITTING_IMPORTING("T"),
    USING_CONSUMING("U");

    private final String code;

    NibrsCriminalActivity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.criminalActivity." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsCriminalActivity> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
