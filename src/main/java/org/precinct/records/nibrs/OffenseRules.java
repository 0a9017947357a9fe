package org.precinct.records.nibrs;

import static org.precinct.records.NibrsPropertyLossType.COUNTERFEITED;
import static org.precinct.records.NibrsPropertyLossType.DESTROYED_DAMAGED_VANDALIZED;
import static org.precinct.records.NibrsPropertyLossType.NONE;
import static org.precinct.records.NibrsPropertyLossType.RECOVERED;
import static org.precinct.records.NibrsPropertyLossType.SEIZED;
import static org.precinct.records.NibrsPropertyLossType.STOLEN;
import static org.precinct.records.NibrsPropertyLossType.UNKNOWN;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.precinct.records.NibrsAssaultHomicideCircumstance;
import org.precinct.records.NibrsCriminalActivity;
import org.precinct.records.NibrsLocationType;
import org.precinct.records.NibrsPropertyDescription;
import org.precinct.records.NibrsPropertyLossType;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.records.NibrsWeaponForce;

/**
 * The technical specification's tables of what each offense requires and allows, by offense code. Where the
 * specification leaves room, the tables take the stricter reading and say so.
 */
public final class OffenseRules {

    /** Offenses that must give a weapon or force (Data Element 13), and the only ones that may. */
    static final Set<NibrsUcrOffense> WEAPON_FORCE = offenses(
            "09A", "09B", "09C", "100", "11A", "11B", "11C", "11D", "120", "13A", "13B", "210", "520", "64A", "64B");

    /** Whether NIBRS reports a weapon or force for the offense (Data Element 13). */
    public static boolean takesWeaponOrForce(NibrsUcrOffense offense) {
        return WEAPON_FORCE.contains(offense);
    }

    /** A simple assault involves no weapon: only personal weapons, other, unknown or none. */
    static final Set<NibrsWeaponForce> SIMPLE_ASSAULT_WEAPONS = EnumSet.of(
            NibrsWeaponForce.PERSONAL_WEAPONS, NibrsWeaponForce.OTHER, NibrsWeaponForce.UNKNOWN, NibrsWeaponForce.NONE);

    /** Offenses that must give the type of criminal activity (Data Element 12), with the kinds they allow. */
    static final Map<NibrsUcrOffense, Set<NibrsCriminalActivity>> CRIMINAL_ACTIVITY_REQUIRED;

    /** Offenses that may give gang information (Data Element 12), which is optional for them. */
    static final Set<NibrsUcrOffense> GANG_INFORMATION =
            offenses("09A", "09B", "100", "11A", "11B", "11C", "11D", "120", "13A", "13B", "13C");

    static final Set<NibrsCriminalActivity> GANG_CODES = EnumSet.of(
            NibrsCriminalActivity.JUVENILE_GANG, NibrsCriminalActivity.OTHER_GANG, NibrsCriminalActivity.NONE_UNKNOWN);

    /** Homicides and assaults are always reported as completed. */
    static final Set<NibrsUcrOffense> ALWAYS_COMPLETED = offenses("09A", "09B", "09C", "13A", "13B", "13C");

    /** Offenses whose person victims must give their injuries (Data Element 33), and the only ones that may. */
    static final Set<NibrsUcrOffense> INJURY =
            offenses("100", "11A", "11B", "11C", "11D", "120", "13A", "13B", "210", "64A", "64B");

    /** Offenses whose victims must give the circumstances (Data Element 31), with the codes each allows. */
    static final Map<NibrsUcrOffense, Set<NibrsAssaultHomicideCircumstance>> CIRCUMSTANCES;

    /** Offenses of which a law enforcement officer may be reported as the victim. */
    static final Set<NibrsUcrOffense> OFFICER_VICTIM = offenses("09A", "13A", "13B", "13C");

    /** Offenses that may be marked as cargo theft (Data Element 2A). */
    static final Set<NibrsUcrOffense> CARGO_THEFT = offenses(
            "120", "210", "220", "23D", "23F", "23H", "240", "26A", "26B", "26C", "26E", "26F", "26G", "270", "510");

    /** Locations at which a burglary counts the premises entered (Data Element 10). */
    static final Set<NibrsLocationType> PREMISES_LOCATIONS =
            EnumSet.of(NibrsLocationType.HOTEL_MOTEL, NibrsLocationType.RENTAL_STORAGE_FACILITY);

    /** Property descriptions that are motor vehicles, counted in Data Elements 18 and 19. */
    static final Set<NibrsPropertyDescription> VEHICLES = EnumSet.of(
            NibrsPropertyDescription.AUTOMOBILES,
            NibrsPropertyDescription.BUSES,
            NibrsPropertyDescription.OTHER_MOTOR_VEHICLES,
            NibrsPropertyDescription.RECREATIONAL_VEHICLES,
            NibrsPropertyDescription.TRUCKS);

    /** Property descriptions whose value may be zero: cards, documents and identities have no cash value. */
    static final Set<NibrsPropertyDescription> ZERO_VALUE = EnumSet.of(
            NibrsPropertyDescription.CREDIT_DEBIT_CARDS,
            NibrsPropertyDescription.NONNEGOTIABLE_INSTRUMENTS,
            NibrsPropertyDescription.DOCUMENTS_PERSONAL_OR_BUSINESS,
            NibrsPropertyDescription.IDENTITY_DOCUMENTS,
            NibrsPropertyDescription.IDENTITY_INTANGIBLE,
            NibrsPropertyDescription.OTHER);

    /**
     * The property a completed offense reports (Data Element 14).
     *
     * @param allowed the loss types it allows
     * @param needsOneOf the loss types of which the incident must have at least one item; empty when property is
     *     optional
     */
    record PropertyRule(Set<NibrsPropertyLossType> allowed, Set<NibrsPropertyLossType> needsOneOf) {}

    /** An attempted offense that involves property reports none or unknown. */
    static final PropertyRule ATTEMPTED = new PropertyRule(EnumSet.of(NONE, UNKNOWN), EnumSet.of(NONE, UNKNOWN));

    private static final Map<NibrsUcrOffense, PropertyRule> COMPLETED_PROPERTY = new EnumMap<>(NibrsUcrOffense.class);

    static {
        Map<NibrsUcrOffense, Set<NibrsCriminalActivity>> activity = new EnumMap<>(NibrsUcrOffense.class);
        Set<NibrsCriminalActivity> trade = EnumSet.of(
                NibrsCriminalActivity.BUYING_RECEIVING,
                NibrsCriminalActivity.CULTIVATING_MANUFACTURING_PUBLISHING,
                NibrsCriminalActivity.DISTRIBUTING_SELLING,
                NibrsCriminalActivity.EXPLOITING_CHILDREN,
                NibrsCriminalActivity.OPERATING_PROMOTING_ASSISTING,
                NibrsCriminalActivity.POSSESSING_CONCEALING,
                NibrsCriminalActivity.TRANSPORTING_TRANSMITTING_IMPORTING,
                NibrsCriminalActivity.USING_CONSUMING);
        offenses("250", "280", "35A", "35B", "39C", "370", "520").forEach(offense -> activity.put(offense, trade));
        activity.put(
                NibrsUcrOffense.ANIMAL_CRUELTY,
                EnumSet.of(
                        NibrsCriminalActivity.SIMPLE_GROSS_NEGLECT,
                        NibrsCriminalActivity.ORGANIZED_ABUSE,
                        NibrsCriminalActivity.INTENTIONAL_ABUSE_AND_TORTURE,
                        NibrsCriminalActivity.ANIMAL_SEXUAL_ABUSE));
        CRIMINAL_ACTIVITY_REQUIRED = activity;

        Map<NibrsUcrOffense, Set<NibrsAssaultHomicideCircumstance>> circumstances =
                new EnumMap<>(NibrsUcrOffense.class);
        circumstances.put(
                NibrsUcrOffense.MURDER_NONNEGLIGENT_MANSLAUGHTER,
                circumstances("01", "02", "03", "04", "05", "06", "07", "08", "09", "10"));
        circumstances.put(
                NibrsUcrOffense.AGGRAVATED_ASSAULT,
                circumstances("01", "02", "03", "04", "05", "06", "08", "09", "10"));
        circumstances.put(NibrsUcrOffense.NEGLIGENT_MANSLAUGHTER, circumstances("30", "31", "32", "33", "34"));
        circumstances.put(NibrsUcrOffense.JUSTIFIABLE_HOMICIDE, circumstances("20", "21"));
        CIRCUMSTANCES = circumstances;

        // Taking something: robbery, extortion and burglary may have taken nothing; a completed larceny, motor
        // vehicle theft, fraud or embezzlement has by definition taken something, so it needs a stolen item.
        PropertyRule taking = new PropertyRule(EnumSet.of(NONE, RECOVERED, STOLEN), EnumSet.of(NONE, STOLEN));
        offenses("120", "210", "220", "510").forEach(offense -> COMPLETED_PROPERTY.put(offense, taking));
        PropertyRule theft = new PropertyRule(EnumSet.of(RECOVERED, STOLEN), EnumSet.of(STOLEN));
        offenses(
                        "23A", "23B", "23C", "23D", "23E", "23F", "23G", "23H", "240", "26A", "26B", "26C", "26D",
                        "26E", "26F", "26G", "270")
                .forEach(offense -> COMPLETED_PROPERTY.put(offense, theft));
        COMPLETED_PROPERTY.put(
                NibrsUcrOffense.KIDNAPPING_ABDUCTION,
                new PropertyRule(
                        EnumSet.of(NONE, RECOVERED, STOLEN, UNKNOWN), EnumSet.noneOf(NibrsPropertyLossType.class)));
        COMPLETED_PROPERTY.put(
                NibrsUcrOffense.ARSON,
                new PropertyRule(EnumSet.of(NibrsPropertyLossType.BURNED), EnumSet.of(NibrsPropertyLossType.BURNED)));
        Set<NibrsPropertyLossType> forgery = EnumSet.of(NONE, COUNTERFEITED, RECOVERED, SEIZED);
        COMPLETED_PROPERTY.put(NibrsUcrOffense.COUNTERFEITING_FORGERY, new PropertyRule(forgery, forgery));
        Set<NibrsPropertyLossType> receiving = EnumSet.of(NONE, RECOVERED);
        COMPLETED_PROPERTY.put(NibrsUcrOffense.STOLEN_PROPERTY_OFFENSES, new PropertyRule(receiving, receiving));
        Set<NibrsPropertyLossType> damaged = EnumSet.of(DESTROYED_DAMAGED_VANDALIZED);
        COMPLETED_PROPERTY.put(NibrsUcrOffense.DESTRUCTION_DAMAGE_VANDALISM, new PropertyRule(damaged, damaged));
        Set<NibrsPropertyLossType> seized = EnumSet.of(NONE, SEIZED);
        offenses("35A", "35B", "39A", "39B", "39C", "39D")
                .forEach(offense -> COMPLETED_PROPERTY.put(offense, new PropertyRule(seized, seized)));
    }

    private OffenseRules() {}

    /** The property rule of an offense, or {@code null} when the offense reports no property. */
    static PropertyRule property(NibrsUcrOffense offense, boolean attempted) {
        PropertyRule completed = COMPLETED_PROPERTY.get(offense);
        if (completed == null) {
            return null;
        }
        if (!attempted) {
            return completed;
        }
        return completed.needsOneOf().isEmpty()
                ? new PropertyRule(ATTEMPTED.allowed(), EnumSet.noneOf(NibrsPropertyLossType.class))
                : ATTEMPTED;
    }

    private static Set<NibrsUcrOffense> offenses(String... codes) {
        return Arrays.stream(codes)
                .map(NibrsUcrOffense::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NibrsUcrOffense.class)));
    }

    private static Set<NibrsAssaultHomicideCircumstance> circumstances(String... codes) {
        return Arrays.stream(codes)
                .map(code -> NibrsAssaultHomicideCircumstance.fromCode(code).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NibrsAssaultHomicideCircumstance.class)));
    }
}
