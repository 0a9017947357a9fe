package org.precinct.analysis.importing;

import static org.precinct.records.NibrsUcrOffense.*;

import java.util.HashMap;
import java.util.Map;
import org.precinct.records.NibrsUcrOffense;

/**
 * Denver's offense codes (offense_codes.csv: a four-digit code, mostly the NCIC numbering, and an extension) to
 * NIBRS. Exact codes first ("2305" theft of items from a vehicle is 23F), then the code with any extension, then the
 * hundred the code lies in ("22xx" burglary is 220). Traffic offenses (54xx) map to nothing except driving under the
 * influence, vehicular homicide and vehicular assault; {@link #UNMAPPED} lists what else maps to nothing.
 */
final class DenverOffenses {

    /** The codes that map to no NIBRS offense: traffic matters and the like; the import page lists them. */
    static final String UNMAPPED = "5401, 5441 (traffic accidents), 5444, 5454, 5499 (traffic offenses)";

    private static final Map<String, NibrsUcrOffense> EXACT = new HashMap<>();
    private static final Map<String, NibrsUcrOffense> HUNDREDS = new HashMap<>();

    static {
        HUNDREDS.put("01", ALL_OTHER_OFFENSES);
        HUNDREDS.put("03", ALL_OTHER_OFFENSES);
        HUNDREDS.put("09", MURDER_NONNEGLIGENT_MANSLAUGHTER);
        exact(NEGLIGENT_MANSLAUGHTER, "0910");
        HUNDREDS.put("10", KIDNAPPING_ABDUCTION);
        HUNDREDS.put("11", RAPE);
        exact(FONDLING, "1109");
        exact(SODOMY, "1112", "1113", "1114", "1115");
        exact(STATUTORY_RAPE, "1116");
        exact(SEXUAL_ASSAULT_WITH_AN_OBJECT, "1199");
        HUNDREDS.put("12", ROBBERY);
        HUNDREDS.put("13", AGGRAVATED_ASSAULT);
        exact(SIMPLE_ASSAULT, "1313");
        exact(INTIMIDATION, "1316");
        HUNDREDS.put("20", ARSON);
        HUNDREDS.put("21", EXTORTION_BLACKMAIL);
        HUNDREDS.put("22", BURGLARY_BREAKING_AND_ENTERING);
        exact(ALL_OTHER_OFFENSES, "2206");
        HUNDREDS.put("23", ALL_OTHER_LARCENY);
        exact(POCKET_PICKING, "2301");
        exact(PURSE_SNATCHING, "2302");
        exact(SHOPLIFTING, "2303");
        exact(THEFT_OF_MOTOR_VEHICLE_PARTS, "2304");
        exact(THEFT_FROM_MOTOR_VEHICLE, "2305");
        exact(THEFT_FROM_COIN_OPERATED_MACHINE, "2307");
        exact(THEFT_FROM_BUILDING, "2308");
        HUNDREDS.put("24", MOTOR_VEHICLE_THEFT);
        exact(THEFT_OF_MOTOR_VEHICLE_PARTS, "2402");
        HUNDREDS.put("25", COUNTERFEITING_FORGERY);
        HUNDREDS.put("26", FALSE_PRETENSES);
        exact(ALL_OTHER_LARCENY, "2602");
        exact(IDENTITY_THEFT, "2604");
        exact(IMPERSONATION, "2604-1", "2604-4");
        exact(CREDIT_CARD_ATM_FRAUD, "2605", "2804-2");
        exact(BAD_CHECKS, "2606");
        exact(WIRE_FRAUD, "2607", "2608");
        exact(HACKING_COMPUTER_INVASION, "2609");
        HUNDREDS.put("27", EMBEZZLEMENT);
        HUNDREDS.put("28", STOLEN_PROPERTY_OFFENSES);
        HUNDREDS.put("29", DESTRUCTION_DAMAGE_VANDALISM);
        HUNDREDS.put("35", DRUG_NARCOTIC_VIOLATIONS);
        exact(DRUG_EQUIPMENT_VIOLATIONS, "3550");
        HUNDREDS.put("36", ALL_OTHER_OFFENSES);
        exact(FONDLING, "3601");
        exact(INCEST, "3607");
        exact(PEEPING_TOM, "3611");
        HUNDREDS.put("37", PORNOGRAPHY_OBSCENE_MATERIAL);
        HUNDREDS.put("38", ALL_OTHER_OFFENSES);
        HUNDREDS.put("39", OPERATING_PROMOTING_GAMBLING);
        exact(GAMBLING_EQUIPMENT_VIOLATIONS, "3908", "3911");
        exact(SPORTS_TAMPERING, "3919");
        exact(BETTING_WAGERING, "3990");
        HUNDREDS.put("40", ASSISTING_PROMOTING_PROSTITUTION);
        exact(PROSTITUTION, "4004");
        HUNDREDS.put("41", LIQUOR_LAW_VIOLATIONS);
        HUNDREDS.put("42", DRUNKENNESS);
        HUNDREDS.put("48", ALL_OTHER_OFFENSES);
        HUNDREDS.put("49", ALL_OTHER_OFFENSES);
        HUNDREDS.put("50", ALL_OTHER_OFFENSES);
        exact(INTIMIDATION, "5006");
        HUNDREDS.put("51", BRIBERY);
        HUNDREDS.put("52", WEAPON_LAW_VIOLATIONS);
        exact(INTIMIDATION, "5215");
        HUNDREDS.put("53", DISORDERLY_CONDUCT);
        exact(INTIMIDATION, "5309");
        exact(ALL_OTHER_OFFENSES, "5305", "5310", "5399");
        exact(CURFEW_LOITERING_VAGRANCY, "5313", "5314", "5315");
        exact(DRIVING_UNDER_THE_INFLUENCE, "5420");
        exact(NEGLIGENT_MANSLAUGHTER, "5450");
        exact(AGGRAVATED_ASSAULT, "5455");
        HUNDREDS.put("55", ALL_OTHER_OFFENSES);
        HUNDREDS.put("57", ALL_OTHER_OFFENSES);
        exact(TRESPASS_OF_REAL_PROPERTY, "5707");
        HUNDREDS.put("58", ALL_OTHER_OFFENSES);
        HUNDREDS.put("59", ALL_OTHER_OFFENSES);
        HUNDREDS.put("61", ALL_OTHER_OFFENSES);
        HUNDREDS.put("62", ALL_OTHER_OFFENSES);
        exact(ANIMAL_CRUELTY, "6201");
        HUNDREDS.put("63", ALL_OTHER_OFFENSES);
        HUNDREDS.put("70", ALL_OTHER_OFFENSES);
        HUNDREDS.put("71", ALL_OTHER_OFFENSES);
        HUNDREDS.put("72", ALL_OTHER_OFFENSES);
        HUNDREDS.put("73", ALL_OTHER_OFFENSES);
    }

    private DenverOffenses() {}

    private static void exact(NibrsUcrOffense offense, String... codes) {
        for (String code : codes) {
            EXACT.put(code, offense);
        }
    }

    /** The NIBRS offense of a Denver code and extension, or {@code null} when it has none. */
    static NibrsUcrOffense offense(String code, String extension) {
        String trimmed = code.trim();
        if (trimmed.length() == 3) {
            trimmed = "0" + trimmed;
        }
        NibrsUcrOffense exact = EXACT.get(trimmed + "-" + extension.trim());
        if (exact == null) {
            exact = EXACT.get(trimmed);
        }
        if (exact != null) {
            return exact;
        }
        return trimmed.length() == 4 ? HUNDREDS.get(trimmed.substring(0, 2)) : null;
    }
}
