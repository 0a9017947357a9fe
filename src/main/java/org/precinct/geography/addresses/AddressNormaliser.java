package org.precinct.geography.addresses;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brings typed and imported addresses to one standard form so that "123 North Clarkson Road" and
 * "123 n. clarkson rd" compare equal: upper case without accents or punctuation, street suffixes and directionals
 * abbreviated as the USPS does (Publication 28), units written {@code APT 4} / {@code UNIT 4}, and whatever follows
 * the first comma (city, state, ZIP code) left out unless it is a unit.
 *
 * <p>Suffixes and directionals are only abbreviated where they stand in an address (the last word, the first word
 * of the street, a last word after the suffix), so a street named "Court" or "North" keeps its name.
 */
public final class AddressNormaliser {

    private static final Pattern HOUSE_NUMBER = Pattern.compile("([0-9]{1,9})[A-Z]?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Z0-9#]+");

    private static final Map<String, String> DIRECTIONALS = abbreviations(
            "N NORTH", "S SOUTH", "E EAST", "W WEST", "NE NORTHEAST", "NW NORTHWEST", "SE SOUTHEAST", "SW SOUTHWEST");

    private static final Map<String, String> SUFFIXES = abbreviations(
            "ST STR STREET",
            "AVE AV AVEN AVENU AVENUE AVN",
            "RD ROAD",
            "DR DRV DRIV DRIVE",
            "BLVD BOUL BOULV BOULEVARD",
            "LN LANE",
            "CT CRT COURT",
            "PKWY PKY PARKWY PARKWAY",
            "CIR CIRC CIRCLE",
            "PL PLACE",
            "TER TERR TERRACE",
            "HWY HIGHWAY",
            "TRL TRAIL",
            "WAY WY",
            "SQ SQUARE",
            "PLZ PLAZA",
            "XING CROSSING",
            "LOOP");

    private static final Map<String, String> UNIT_DESIGNATORS =
            abbreviations("APT APARTMENT", "UNIT #", "STE SUITE", "BLDG BUILDING", "LOT", "RM ROOM", "FL FLOOR");

    private AddressNormaliser() {}

    /**
     * A table from every spelling to its standard abbreviation. Each entry is the abbreviation followed by its other
     * spellings, separated by spaces.
     */
    private static Map<String, String> abbreviations(String... entries) {
        Map<String, String> table = new HashMap<>();
        for (String entry : entries) {
            String[] spellings = entry.split(" ");
            for (String spelling : spellings) {
                if (table.putIfAbsent(spelling, spellings[0]) != null) {
                    throw new IllegalArgumentException("Spelling listed twice: " + spelling);
                }
            }
        }
        return Map.copyOf(table);
    }

    /** The standard form of {@code raw}; empty parts for {@code null} or text without letters or digits. */
    public static NormalisedAddress normalise(String raw) {
        if (raw == null) {
            return new NormalisedAddress("", null, "", "");
        }
        String[] parts = raw.split(",");
        List<String> tokens = new ArrayList<>(tokens(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            List<String> more = tokens(parts[i]);
            // After a comma only a unit belongs to the street address; city, state and ZIP code do not.
            if (!more.isEmpty() && UNIT_DESIGNATORS.containsKey(more.get(0))) {
                tokens.addAll(more);
            }
        }

        Integer houseNumber = null;
        String numberToken = null;
        int start = 0;
        if (!tokens.isEmpty()) {
            var number = HOUSE_NUMBER.matcher(tokens.get(0));
            if (number.matches() && tokens.size() > 1) {
                houseNumber = Integer.valueOf(number.group(1));
                numberToken = tokens.get(0);
                start = 1;
            }
        }

        int unitAt = tokens.size();
        for (int i = start + 1; i < tokens.size(); i++) {
            if (UNIT_DESIGNATORS.containsKey(tokens.get(i))) {
                unitAt = i;
                break;
            }
        }
        List<String> unit = new ArrayList<>();
        if (unitAt < tokens.size()) {
            unit.add(UNIT_DESIGNATORS.get(tokens.get(unitAt)));
            for (String token : tokens.subList(unitAt + 1, tokens.size())) {
                if (!UNIT_DESIGNATORS.containsKey(token)) {
                    unit.add(token);
                }
            }
        }

        List<String> street = standardiseStreet(new ArrayList<>(tokens.subList(start, unitAt)));
        List<String> all = new ArrayList<>();
        if (numberToken != null) {
            all.add(numberToken);
        }
        all.addAll(street);
        all.addAll(unit);
        return new NormalisedAddress(
                String.join(" ", all), houseNumber, String.join(" ", street), String.join(" ", unit));
    }

    /**
     * The form of a half-typed address for matching the beginnings of addresses: cleaned like an address but with
     * no word abbreviated, because the last word may still be incomplete.
     */
    public static String cleanPrefix(String raw) {
        return raw == null ? "" : String.join(" ", tokens(raw.replace(',', ' ')));
    }

    private static List<String> standardiseStreet(List<String> words) {
        int last = words.size() - 1;
        if (words.size() >= 3 && DIRECTIONALS.containsKey(words.get(last))) {
            words.set(last, DIRECTIONALS.get(words.get(last)));
            last--;
        }
        int nameEnd = last + 1;
        if (last >= 1 && SUFFIXES.containsKey(words.get(last))) {
            words.set(last, SUFFIXES.get(words.get(last)));
            nameEnd = last;
        }
        if (nameEnd >= 2 && DIRECTIONALS.containsKey(words.get(0))) {
            words.set(0, DIRECTIONALS.get(words.get(0)));
        }
        return words;
    }

    private static List<String> tokens(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toUpperCase(Locale.ROOT);
        // O'Fallon is one word; every other mark, periods included, separates words.
        plain = APOSTROPHES.matcher(plain).replaceAll("");
        plain = plain.replace("#", " # ");
        List<String> tokens = new ArrayList<>();
        for (String token : SEPARATORS.matcher(plain).replaceAll(" ").trim().split(" ")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
