package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 14 (Type Property Loss/Etc.); the XML code and the legacy NIBRS number.
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsPropertyLossType implements NibrsCode {
    NONE("NONE", "1"),
    BURNED("BURNED", "2"),
    COUNTERFEITED("COUNTERFEITED", "3"),
    DESTROYED_DAMAGED_VANDALIZED("DESTROYED_DAMAGED_VANDALIZED", "4"),
    RECOVERED("RECOVERED", "5"),
    SEIZED("SEIZED", "6"),
    STOLEN("STOLEN", "7"),
    UNKNOWN("UNKNOWN", "8");

    private final String code;
    private final String legacyCode;

    NibrsPropertyLossType(String code, String legacyCode) {
        this.code = code;
        this.legacyCode = legacyCode;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.propertyLoss." + name();
    }

    /** The code of the FBI's flat-file format, which the technical specification's edits quote. */
    public String legacyCode() {
        return legacyCode;
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsPropertyLossType> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
