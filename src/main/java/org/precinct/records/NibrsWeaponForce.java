package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 13 (Type of Weapon/Force Involved).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsWeaponForce implements NibrsCode {
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
    LETHAL_CUTTING_INSTRUMENT("20"),
    CLUB_BLACKJACK_BRASS_KNUCKLES("30"),
    MOTOR_VEHICLE_VESSEL("35"),
    PERSONAL_WEAPONS("40"),
    POISON("50"),
    EXPLOSIVES("60"),
    FIRE_INCENDIARY_DEVICE("65"),
    DRUGS_NARCOTICS_SLEEPING_PILLS("70"),
    ASPHYXIATION("85"),
    OTHER("90"),
    UNKNOWN("95"),
    NONE("99");

    private final String code;

    NibrsWeaponForce(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.weaponForce." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsWeaponForce> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
