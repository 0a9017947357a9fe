package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 31 (Aggravated Assault/Homicide Circumstances).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsAssaultHomicideCircumstance implements NibrsCode {
    ARGUMENT("01"),
    ASSAULT_ON_LAW_ENFORCEMENT_OFFICER("02"),
    DRUG_DEALING("03"),
    GANGLAND("04"),
    JUVENILE_GANG("05"),
    DOMESTIC_VIOLENCE("06"),
    MERCY_KILLING("07"),
    OTHER_FELONY_INVOLVED("08"),
    OTHER_CIRCUMSTANCES("09"),
    UNKNOWN_CIRCUMSTANCES("10"),
    CRIMINAL_KILLED_BY_PRIVATE_CITIZEN("20"),
    CRIMINAL_KILLED_BY_POLICE_OFFICER("21"),
    CHILD_PLAYING_WITH_WEAPON("30"),
    GUN_CLEANING_ACCIDENT("31"),
    HUNTING_ACCIDENT("32"),
    OTHER_NEGLIGENT_WEAPON_HANDLING("33"),
    OTHER_NEGLIGENT_KILLINGS("34");

    private final String code;

    NibrsAssaultHomicideCircumstance(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.assaultHomicideCircumstance." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsAssaultHomicideCircumstance> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
