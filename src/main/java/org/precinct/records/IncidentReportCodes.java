package org.precinct.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FBI NIBRS 2019.1 code tables an incident report uses (offenses, location types, weapon or force, bias
 * motivation, property categories, sex, race, exceptional clearance), in the order the FBI lists them. Each code's
 * name is in the message bundle {@code records-reports}, in English and Spanish, under {@link #messageKey}.
 */
public final class IncidentReportCodes {

    /** Who or what an offense is against, which decides the NIBRS data elements it needs. */
    public enum CrimeAgainst {
        PERSON,
        PROPERTY,
        SOCIETY,
        /** A Group B offense, reported to NIBRS only with an arrest. */
        GROUP_B
    }

    /** The tables, by the name their message keys use. */
    public enum Table {
        OFFENSE,
        LOCATION,
        WEAPON,
        BIAS,
        PROPERTY,
        SEX,
        RACE,
        EXCEPTIONAL_CLEARANCE
    }

    private static final Map<String, CrimeAgainst> OFFENSES = offenses();

    public static final List<String> LOCATION_TYPES = List.of(
            "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23", "24", "25", "37", "38", "39", "40", "41", "42", "44", "45", "46", "47", "48",
            "49", "50", "51", "52", "53", "54", "55", "56", "57", "58");

    public static final List<String> WEAPON_FORCE = List.of(
            "11", "11A", "12", "12A", "13", "13A", "14", "14A", "15", "15A", "20", "30", "35", "40", "50", "60", "65",
            "70", "85", "90", "95", "99");

    /** {@code NONE} and {@code UNKNOWN} first, then the FBI's bias categories. */
    public static final List<String> BIAS_MOTIVATIONS = List.of(
            "NONE",
            "UNKNOWN",
            "ANTIAMERICAN INDIAN_ ALASKAN NATIVE",
            "ANTIARAB",
            "ANTIASIAN",
            "ANTIATHEIST_AGNOSTIC",
            "ANTIBISEXUAL",
            "ANTIBLACK_AFRICAN AMERICAN",
            "ANTIBUDDHIST",
            "ANTICATHOLIC",
            "ANTIEASTERNORTHODOX",
            "ANTIFEMALE",
            "ANTIFEMALE HOMOSEXUAL",
            "ANTIGENDER_NONCONFORMING",
            "ANTIHETEROSEXUAL",
            "ANTIHINDU",
            "ANTIHISPANIC_LATINO",
            "ANTIHOMOSEXUAL",
            "ANTIISLAMIC",
            "ANTIJEHOVAHWITNESS",
            "ANTIJEWISH",
            "ANTIMALE",
            "ANTIMALE HOMOSEXUAL",
            "ANTIMENTAL DISABILITY",
            "ANTIMORMON",
            "ANTIMULTIRACIAL GROUP",
            "ANTIMULTIRELIGIOUS GROUP",
            "ANTINATIVEHAWAIIAN_OTHERPACIFICISLANDER",
            "ANTIOTHER CHRISTIAN",
            "ANTIOTHER ETHNICITY_NATIONAL ORIGIN",
            "ANTIOTHER RELIGION",
            "ANTIPHYSICAL DISABILITY",
            "ANTIPROTESTANT",
            "ANTISIKH",
            "ANTITRANSGENDER",
            "ANTIWHITE");

    public static final List<String> PROPERTY_CATEGORIES = List.of(
            "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
            "37", "38", "39", "41", "42", "43", "44", "45", "46", "47", "48", "49", "59", "64", "65", "66", "67", "68",
            "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "88");

    public static final List<String> SEXES = List.of("F", "M", "U");

    public static final List<String> RACES = List.of("A", "B", "I", "P", "U", "W");

    /** A: death of offender; B: prosecution declined; C: in custody elsewhere; D: victim refused; E: juvenile. */
    public static final List<String> EXCEPTIONAL_CLEARANCES = List.of("A", "B", "C", "D", "E");

    private IncidentReportCodes() {}

    /** Every offense code, in the FBI's order. */
    public static List<String> offenseCodes() {
        return List.copyOf(OFFENSES.keySet());
    }

    /** What the offense is against; empty for a code that is not in the table. */
    public static Optional<CrimeAgainst> crimeAgainst(String offenseCode) {
        return Optional.ofNullable(offenseCode == null ? null : OFFENSES.get(offenseCode));
    }

    /** Whether {@code code} is in {@code table}; {@code null} is in none. */
    public static boolean contains(Table table, String code) {
        return code != null && codes(table).contains(code);
    }

    /** The codes of a table, in order. */
    public static List<String> codes(Table table) {
        return switch (table) {
            case OFFENSE -> offenseCodes();
            case LOCATION -> LOCATION_TYPES;
            case WEAPON -> WEAPON_FORCE;
            case BIAS -> BIAS_MOTIVATIONS;
            case PROPERTY -> PROPERTY_CATEGORIES;
            case SEX -> SEXES;
            case RACE -> RACES;
            case EXCEPTIONAL_CLEARANCE -> EXCEPTIONAL_CLEARANCES;
        };
    }

    /**
     * The message key of a code's name, e.g. {@code records.code.offense.23F}; spaces of the bias codes become
     * hyphens, which no code holds.
     */
    public static String messageKey(Table table, String code) {
        return "records.code." + table.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "."
                + code.replace(' ', '-');
    }

    private static Map<String, CrimeAgainst> offenses() {
        Map<String, CrimeAgainst> table = new LinkedHashMap<>();
        offense(table, "09A", CrimeAgainst.PERSON);
        offense(table, "09B", CrimeAgainst.PERSON);
        offense(table, "09C", CrimeAgainst.PERSON);
        offense(table, "100", CrimeAgainst.PERSON);
        offense(table, "11A", CrimeAgainst.PERSON);
        offense(table, "11B", CrimeAgainst.PERSON);
        offense(table, "11C", CrimeAgainst.PERSON);
        offense(table, "11D", CrimeAgainst.PERSON);
        offense(table, "120", CrimeAgainst.PROPERTY);
        offense(table, "13A", CrimeAgainst.PERSON);
        offense(table, "13B", CrimeAgainst.PERSON);
        offense(table, "13C", CrimeAgainst.PERSON);
        offense(table, "200", CrimeAgainst.PROPERTY);
        offense(table, "210", CrimeAgainst.PROPERTY);
        offense(table, "220", CrimeAgainst.PROPERTY);
        offense(table, "23A", CrimeAgainst.PROPERTY);
        offense(table, "23B", CrimeAgainst.PROPERTY);
        offense(table, "23C", CrimeAgainst.PROPERTY);
        offense(table, "23D", CrimeAgainst.PROPERTY);
        offense(table, "23E", CrimeAgainst.PROPERTY);
        offense(table, "23F", CrimeAgainst.PROPERTY);
        offense(table, "23G", CrimeAgainst.PROPERTY);
        offense(table, "23H", CrimeAgainst.PROPERTY);
        offense(table, "240", CrimeAgainst.PROPERTY);
        offense(table, "250", CrimeAgainst.PROPERTY);
        offense(table, "26A", CrimeAgainst.PROPERTY);
        offense(table, "26B", CrimeAgainst.PROPERTY);
        offense(table, "26C", CrimeAgainst.PROPERTY);
        offense(table, "26D", CrimeAgainst.PROPERTY);
        offense(table, "26E", CrimeAgainst.PROPERTY);
        offense(table, "26F", CrimeAgainst.PROPERTY);
        offense(table, "26G", CrimeAgainst.PROPERTY);
        offense(table, "270", CrimeAgainst.PROPERTY);
        offense(table, "280", CrimeAgainst.PROPERTY);
        offense(table, "290", CrimeAgainst.PROPERTY);
        offense(table, "35A", CrimeAgainst.SOCIETY);
        offense(table, "35B", CrimeAgainst.SOCIETY);
        offense(table, "36A", CrimeAgainst.PERSON);
        offense(table, "36B", CrimeAgainst.PERSON);
        offense(table, "370", CrimeAgainst.SOCIETY);
        offense(table, "39A", CrimeAgainst.SOCIETY);
        offense(table, "39B", CrimeAgainst.SOCIETY);
        offense(table, "39C", CrimeAgainst.SOCIETY);
        offense(table, "39D", CrimeAgainst.SOCIETY);
        offense(table, "40A", CrimeAgainst.SOCIETY);
        offense(table, "40B", CrimeAgainst.SOCIETY);
        offense(table, "40C", CrimeAgainst.SOCIETY);
        offense(table, "510", CrimeAgainst.PROPERTY);
        offense(table, "520", CrimeAgainst.SOCIETY);
        offense(table, "64A", CrimeAgainst.PERSON);
        offense(table, "64B", CrimeAgainst.PERSON);
        offense(table, "720", CrimeAgainst.SOCIETY);
        offense(table, "90A", CrimeAgainst.GROUP_B);
        offense(table, "90B", CrimeAgainst.GROUP_B);
        offense(table, "90C", CrimeAgainst.GROUP_B);
        offense(table, "90D", CrimeAgainst.GROUP_B);
        offense(table, "90E", CrimeAgainst.GROUP_B);
        offense(table, "90F", CrimeAgainst.GROUP_B);
        offense(table, "90G", CrimeAgainst.GROUP_B);
        offense(table, "90H", CrimeAgainst.GROUP_B);
        offense(table, "90I", CrimeAgainst.GROUP_B);
        offense(table, "90J", CrimeAgainst.GROUP_B);
        offense(table, "90Z", CrimeAgainst.GROUP_B);
        return Collections.unmodifiableMap(table);
    }

    private static void offense(Map<String, CrimeAgainst> table, String code, CrimeAgainst against) {
        table.put(code, against);
    }
}
