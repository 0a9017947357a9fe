package org.precinct.records;

import java.util.Optional;

/**
 * What an offense is a crime against, as the FBI groups offenses.
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsCrimeAgainst implements NibrsCode {
    PERSON("PERSON"),
    PROPERTY("PROPERTY"),
    SOCIETY("SOCIETY"),
    VARIOUS("VARIOUS");

    private final String code;

    NibrsCrimeAgainst(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.crimeAgainst." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsCrimeAgainst> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
