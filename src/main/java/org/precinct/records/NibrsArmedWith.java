package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 46 (Arrestee Was Armed With).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsArmedWith implements NibrsCode {
    UNARMED("01"),
    FIREARM("11"),
    FIREARM_AUTOMATIC("11A"),
    HANDGUN("12"),
    HANDGUN_AUTOMATIC("12A"),
    RIFLE("13"),
    RIFLE_AUTOMATIC("13A"),
    SHOTGUN("14"),
    SHOTGUN_AUTOMATIC("14A"),
    OTHER_FIREARM("15"),
    OTHER_FIREARM_AUTOMATIC("15A"),
    LETHAL_CUTTING_INSTRUMENT("16"),
    CLUB_BLACKJACK_BRASS_KNUCKLES("17");

    private final String code;

    NibrsArmedWith(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.armedWith." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsArmedWith> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
