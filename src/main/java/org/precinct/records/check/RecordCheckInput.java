package org.precinct.records.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.precinct.records.index.MasterRecordProblems;
import org.precinct.records.index.PersonIndex;
import org.precinct.records.index.PersonNameKeys;
import org.precinct.records.index.PlateKey;
import org.precinct.records.index.VinCheck;

/**
 * What an officer typed in the one search box, read every way it can be: a name ("Smith, John", "John Smith",
 * "SMITH JOHN A", with a date of birth after it), a plate (whole, or in part with {@code ?} and {@code *}), a VIN
 * or its last characters, a licence or serial number, a phone number, or an address.
 *
 * @param names the readings of a name, best first; empty when the text cannot be a name
 * @param dateOfBirth a date of birth typed with the name, or {@code null}
 * @param plate a whole plate, or {@code null}
 * @param platePattern a plate read in part as a SQL LIKE pattern, or {@code null}
 * @param vin a whole VIN, or {@code null}
 * @param vinTail the last six or more characters of a VIN, or {@code null}
 * @param number a licence or serial number, or {@code null}
 * @param phone a phone number's digits, or {@code null}
 * @param address an address in search form, or {@code null}
 */
record RecordCheckInput(
        List<NameQuery> names,
        LocalDate dateOfBirth,
        String plate,
        String platePattern,
        String vin,
        String vinTail,
        String number,
        String phone,
        String address) {

    private static final Pattern NAME_TEXT = Pattern.compile("[\\p{L}\\p{M}' .,\\-]+");
    private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern ADDRESS = Pattern.compile("\\d+[A-Za-z]?\\s+\\p{L}.*");
    private static final Pattern DATE_TOKEN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT);

    /** Reads the text; never fails, but may find nothing to search for. */
    static RecordCheckInput read(String text) {
        String trimmed = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        LocalDate dob = null;
        List<String> kept = new ArrayList<>();
        for (String token : trimmed.split(" ")) {
            if (dob == null && DATE_TOKEN.matcher(token).matches()) {
                dob = parseDate(token);
                if (dob != null) {
                    continue;
                }
            }
            if (!token.isEmpty()) {
                kept.add(token);
            }
        }
        String rest = String.join(" ", kept);
        List<NameQuery> names = NAME_TEXT.matcher(rest).matches() ? nameReadings(rest) : List.of();
        String compact = rest.replaceAll("[\\s\\-.]", "");
        String upper = compact.toUpperCase(Locale.ROOT);
        boolean oneWord = !rest.contains(" ") || rest.matches("[A-Za-z0-9]{1,4} [A-Za-z0-9]{1,4}");
        String plate = oneWord ? PlateKey.of(rest).orElse(null) : null;
        String pattern = PlateKey.likePattern(rest).orElse(null);
        boolean hasDigit = upper.chars().anyMatch(Character::isDigit);
        String vin = upper.length() == 17 && VinCheck.check(upper) != VinCheck.Result.MALFORMED ? upper : null;
        String vinTail =
                vin == null && hasDigit && ALNUM.matcher(upper).matches() && upper.length() >= 6 && upper.length() <= 8
                        ? upper
                        : null;
        String number = hasDigit && ALNUM.matcher(upper).matches() && upper.length() >= 4 && upper.length() <= 30
                ? MasterRecordProblems.licenceKey(upper)
                : null;
        String phone = rest.matches("[0-9+().\\-\\s]{7,25}") ? MasterRecordProblems.phoneDigits(rest) : null;
        String address = ADDRESS.matcher(rest).matches() ? PersonIndex.addressKey(rest) : null;
        return new RecordCheckInput(names, dob, plate, pattern, vin, vinTail, number, phone, address);
    }

    boolean searchesNothing() {
        return names.isEmpty()
                && plate == null
                && platePattern == null
                && vin == null
                && vinTail == null
                && number == null
                && phone == null
                && address == null;
    }

    /**
     * The readings of a name. With a comma, the surname comes first ("Smith, John A"), and the other order is
     * read too, scored a little lower. Without one, both "John Smith" and "SMITH JOHN" are usual, and a surname
     * may have several words ("Maria de la Cruz").
     */
    static List<NameQuery> nameReadings(String text) {
        Set<NameQuery> readings = new LinkedHashSet<>();
        int comma = text.indexOf(',');
        if (comma >= 0) {
            String last = PersonNameKeys.normalize(text.substring(0, comma));
            List<String> given = PersonNameKeys.words(text.substring(comma + 1).replace(",", " "));
            String first = given.isEmpty() ? "" : given.get(0);
            String middle = given.size() > 1 ? given.get(1) : "";
            if (!last.isEmpty()) {
                readings.add(new NameQuery(last, first, middle, false));
                if (!first.isEmpty()) {
                    readings.add(new NameQuery(
                            first,
                            PersonNameKeys.words(text.substring(0, comma)).get(0),
                            "",
                            true));
                }
            } else if (!first.isEmpty()) {
                readings.add(new NameQuery(first, "", "", false));
            }
            return List.copyOf(readings);
        }
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            String normal = PersonNameKeys.normalize(word);
            if (!normal.isEmpty()) {
                words.add(normal);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.size() == 1) {
            return List.of(new NameQuery(words.get(0), "", "", false));
        }
        int n = words.size();
        // Given name first: "John Smith", "John Q Smith", "Maria de la Cruz", "Maria Garcia Lopez".
        readings.add(new NameQuery(words.get(n - 1), words.get(0), n > 2 ? words.get(1) : "", false));
        if (n > 2) {
            readings.add(new NameQuery(String.join("", words.subList(1, n)), words.get(0), "", false));
            int particle = firstParticle(words);
            if (particle > 0) {
                readings.add(new NameQuery(
                        String.join("", words.subList(particle, n)),
                        words.get(0),
                        particle > 1 ? words.get(1) : "",
                        false));
            }
        }
        // Surname first, as patrol screens write it: "SMITH JOHN A".
        readings.add(new NameQuery(words.get(0), words.get(1), n > 2 ? words.get(2) : "", false));
        return List.copyOf(readings);
    }

    private static int firstParticle(List<String> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            if (PersonNameKeys.isParticle(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate parseDate(String token) {
        try {
            return token.contains("-") ? LocalDate.parse(token) : LocalDate.parse(token, US_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
