package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 4 (Cleared Exceptionally).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsExceptionalClearance implements NibrsCode {
    DEATH_OF_OFFENDER("A"),
    PROSECUTION_DECLINED("B"),
    IN_CUSTODY_OTHER_JURISDICTION("C"),
    VICTIM_REFUSED_TO_COOPERATE("D"),
    JUVENILE_NO_CUSTODY("E"),
    NOT_APPLICABLE("N");

    private final String code;

    NibrsExceptionalClearance(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.exceptionalClearance." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsExceptionalClearance> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
