package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 8 (Offender(s) Suspected of Using).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsOffenderSuspectedOfUsing implements NibrsCode {
    ALCOHOL("A"),
    COMPUTER_EQUIPMENT("C"),
    DRUGS_NARCOTICS("D"),
    NOT_APPLICABLE("N");

    private final String code;

    NibrsOffenderSuspectedOfUsing(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.suspectedOfUsing." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsOffenderSuspectedOfUsing> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
