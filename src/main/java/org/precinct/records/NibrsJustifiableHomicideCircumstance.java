package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 32 (Additional Justifiable Homicide Circumstances).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsJustifiableHomicideCircumstance implements NibrsCode {
    CRIMINAL_ATTACKED_OFFICER_KILLED_BY_THAT_OFFICER("A"),
    CRIMINAL_ATTACKED_OFFICER_KILLED_BY_ANOTHER_OFFICER("B"),
    CRIMINAL_ATTACKED_CIVILIAN("C"),
    CRIMINAL_ATTEMPTED_FLIGHT("D"),
    CRIMINAL_KILLED_IN_COMMISSION_OF_CRIME("E"),
    CRIMINAL_RESISTED_ARREST("F"),
    UNABLE_TO_DETERMINE("G");

    private final String code;

    NibrsJustifiableHomicideCircumstance(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.justifiableHomicide." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsJustifiableHomicideCircumstance> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
