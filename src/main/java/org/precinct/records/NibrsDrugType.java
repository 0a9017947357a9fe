package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 20 (Suspected Drug Type).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsDrugType implements NibrsCode {
    CRACK_COCAINE("A"),
    COCAINE("B"),
    HASHISH("C"),
    HEROIN("D"),
    MARIJUANA("E"),
    MORPHINE("F"),
    OPIUM("G"),
    OTHER_NARCOTICS("H"),
    LSD("I"),
    PCP("J"),
    OTHER_HALLUCINOGENS("K"),
    AMPHETAMINES_METHAMPHETAMINES("L"),
    OTHER_STIMULANTS("M"),
    BARBITURATES("N"),
    OTHER_DEPRESSANTS("O"),
    OTHER_DRUGS("P"),
    UNKNOWN("U"),
    OVER_3_DRUG_TYPES("X");

    private final String code;

    NibrsDrugType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.drugType." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsDrugType> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
