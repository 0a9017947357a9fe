package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 22 (Type Drug Measurement).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsDrugMeasurement implements NibrsCode {
    GRAM("GM"),
    KILOGRAM("KG"),
    OUNCE("OZ"),
    POUND("LB"),
    MILLILITER("ML"),
    LITER("LT"),
    FLUID_OUNCE("FO"),
    GALLON("GL"),
    DOSAGE_UNITS("DU"),
    NUMBER_OF_PLANTS("NP"),
    NOT_REPORTED("XX");

    private final String code;

    NibrsDrugMeasurement(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.drugMeasurement." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsDrugMeasurement> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
