package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 6 (UCR Offense Code) and 45 (UCR Arrest Offense Code): the FBI's offense codes, each with its group and what the crime is against.
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsUcrOffense implements NibrsCode {
    MURDER_NONNEGLIGENT_MANSLAUGHTER("09A", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    NEGLIGENT_MANSLAUGHTER("09B", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    JUSTIFIABLE_HOMICIDE("09C", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    KIDNAPPING_ABDUCTION("100", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    RAPE("11A", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    SODOMY("11B", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    SEXUAL_ASSAULT_WITH_AN_OBJECT("11C", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    FONDLING("11D", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    ROBBERY("120", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    AGGRAVATED_ASSAULT("13A", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    SIMPLE_ASSAULT("13B", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    INTIMIDATION("13C", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    ARSON("200", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    EXTORTION_BLACKMAIL("210", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    BURGLARY_BREAKING_AND_ENTERING("220", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    POCKET_PICKING("23A", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    PURSE_SNATCHING("23B", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    SHOPLIFTING("23C", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    THEFT_FROM_BUILDING("23D", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    THEFT_FROM_COIN_OPERATED_MACHINE("23E", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    THEFT_FROM_MOTOR_VEHICLE("23F", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    THEFT_OF_MOTOR_VEHICLE_PARTS("23G", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    ALL_OTHER_LARCENY("23H", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    MOTOR_VEHICLE_THEFT("240", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    COUNTERFEITING_FORGERY("250", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    FALSE_PRETENSES("26A", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    CREDIT_CARD_ATM_FRAUD("26B", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    IMPERSONATION("26C", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    WELFARE_FRAUD("26D", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    WIRE_FRAUD("26E", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    IDENTITY_THEFT("26F", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    HACKING_COMPUTER_INVASION("26G", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    EMBEZZLEMENT("270", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    STOLEN_PROPERTY_OFFENSES("280", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    DESTRUCTION_DAMAGE_VANDALISM("290", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    DRUG_NARCOTIC_VIOLATIONS("35A", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    DRUG_EQUIPMENT_VIOLATIONS("35B", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    INCEST("36A", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    STATUTORY_RAPE("36B", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    PORNOGRAPHY_OBSCENE_MATERIAL("370", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    BETTING_WAGERING("39A", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    OPERATING_PROMOTING_GAMBLING("39B", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    GAMBLING_EQUIPMENT_VIOLATIONS("39C", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    SPORTS_TAMPERING("39D", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    PROSTITUTION("40A", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    ASSISTING_PROMOTING_PROSTITUTION("40B", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    PURCHASING_PROSTITUTION("40C", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    BRIBERY("510", NibrsOffenseGroup.A, NibrsCrimeAgainst.PROPERTY),
    WEAPON_LAW_VIOLATIONS("520", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    HUMAN_TRAFFICKING_COMMERCIAL_SEX_ACTS("64A", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    HUMAN_TRAFFICKING_INVOLUNTARY_SERVITUDE("64B", NibrsOffenseGroup.A, NibrsCrimeAgainst.PERSON),
    ANIMAL_CRUELTY("720", NibrsOffenseGroup.A, NibrsCrimeAgainst.SOCIETY),
    BAD_CHECKS("90A", NibrsOffenseGroup.B, NibrsCrimeAgainst.PROPERTY),
    CURFEW_LOITERING_VAGRANCY("90B", NibrsOffenseGroup.B, NibrsCrimeAgainst.SOCIETY),
    DISORDERLY_CONDUCT("90C", NibrsOffenseGroup.B, NibrsCrimeAgainst.SOCIETY),
    DRIVING_UNDER_THE_INFLUENCE("90D", NibrsOffenseGroup.B, NibrsCrimeAgainst.SOCIETY),
    DRUNKENNESS("90E", NibrsOffenseGroup.B, NibrsCrimeAgainst.SOCIETY),
    FAMILY_OFFENSES_NONVIOLENT("90F", NibrsOffenseGroup.B, NibrsCrimeAgainst.SOCIETY),
    LIQUOR_LAW_VIOLATIONS("90G", NibrsOffenseGroup.B, NibrsCrimeAgainst.SOCIETY),
    PEEPING_TOM("90H", NibrsOffenseGroup.B, NibrsCrimeAgainst.SOCIETY),
    TRESPASS_OF_REAL_PROPERTY("90J", NibrsOffenseGroup.B, NibrsCrimeAgainst.SOCIETY),
    ALL_OTHER_OFFENSES("90Z", NibrsOffenseGroup.B, NibrsCrimeAgainst.VARIOUS);

    private final String code;
    private final NibrsOffenseGroup group;
    private final NibrsCrimeAgainst crimeAgainst;

    NibrsUcrOffense(String code, NibrsOffenseGroup group, NibrsCrimeAgainst crimeAgainst) {
        this.code = code;
        this.group = group;
        this.crimeAgainst = crimeAgainst;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.offense." + name();
    }

    /** Group A offenses are reported as incidents; Group B offenses only as arrests. */
    public NibrsOffenseGroup group() {
        return group;
    }

    /** Whether the offense is in Group A. */
    public boolean groupA() {
        return group == NibrsOffenseGroup.A;
    }

    /** What the offense is a crime against: persons, property, society, or (90Z) any of them. */
    public NibrsCrimeAgainst crimeAgainst() {
        return crimeAgainst;
    }

    /**
     * The offense with this code.
     *
     * @throws IllegalArgumentException when the code is not in the table
     */
    public static NibrsUcrOffense of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Not a NIBRS offense code: " + code));
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsUcrOffense> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
