package org.precinct.records.index;

import java.util.List;
import java.util.Set;

/**
 * The codes a master record's descriptors are kept in: NIBRS for sex and race, NCIC for hair and eye colours,
 * United States postal codes for the states that issue licences and plates. Each code's words are in the
 * records-index bundle under {@code records.index.code.<kind>.<code>}.
 */
public final class PersonCodes {

    public static final List<String> SEX = List.of("M", "F", "U");
    public static final List<String> RACE = List.of("W", "B", "I", "A", "P", "U");
    public static final List<String> HAIR =
            List.of("BAL", "BLK", "BLN", "BRO", "GRY", "RED", "SDY", "WHI", "BLU", "GRN", "ONG", "PLE", "PNK", "XXX");
    public static final List<String> EYES =
            List.of("BLK", "BLU", "BRO", "GRN", "GRY", "HAZ", "MAR", "MUL", "PNK", "XXX");
    public static final List<String> MARK_KINDS = List.of("SCAR", "MARK", "TATTOO");
    public static final List<String> PROPERTY_CATEGORIES =
            List.of("BICYCLE", "FIREARM", "PHONE", "COMPUTER", "ELECTRONICS", "JEWELRY", "TOOL", "OTHER");
    public static final Set<String> STATES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
            "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
            "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
            "AS", "MP");

    private PersonCodes() {}
}
