package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 25B (Assignment Type, officer).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsOfficerAssignment implements NibrsCode {
    TWO_OFFICER_VEHICLE("F"),
    ONE_OFFICER_VEHICLE_ALONE("G"),
    ONE_OFFICER_VEHICLE_ASSISTED("H"),
    DETECTIVE_SPECIAL_ASSIGNMENT_ALONE("I"),
    DETECTIVE_SPECIAL_ASSIGNMENT_ASSISTED("J"),
    OTHER_ALONE("K"),
    OTHER_ASSISTED("L");

    private final String code;

    NibrsOfficerAssignment(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.officerAssignment." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsOfficerAssignment> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
