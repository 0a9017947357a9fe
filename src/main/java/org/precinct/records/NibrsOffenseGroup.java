package org.precinct.records;

import java.util.Optional;

/**
 * The FBI's two groups of offenses: Group A offenses are reported as incidents, Group B offenses only when someone is arrested.
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsOffenseGroup implements NibrsCode {
    A("A"),
    B("B");

    private final String code;

    NibrsOffenseGroup(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.offenseGroup." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsOffenseGroup> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
