package org.precinct.records.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a name is written for searching: without accents, case, punctuation or spaces ("O'Brien" and "obrien",
 * "Peña" and "pena" are one), and for a surname of several parts, the whole written together plus each part
 * alone, so that "Garcia", "Lopez" and "Garcia Lopez" all find "García-López" and "Delacruz" finds "de la Cruz".
 * The phonetic keys are computed by the database from these forms.
 */
public final class PersonNameKeys {

    /** Words that begin a surname but are not searched alone: "de la Cruz" is not found by "la". */
    private static final Set<String> PARTICLES = Set.of(
            "de", "del", "della", "la", "las", "los", "le", "van", "von", "der", "den", "da", "das", "di", "do", "dos",
            "du", "st", "ste", "y", "e", "al", "el", "bin", "ibn", "ter", "ten", "vander");

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

    /** Where a searchable name came from. */
    public enum Source {
        /** The record's own name. */
        NAME,
        /** An alias. */
        ALIAS,
        /** One part of a surname of several parts. */
        PART
    }

    /**
     * A name as the search stores it.
     *
     * @param last the surname's search form, never empty
     * @param first the given name's search form, possibly empty
     * @param middle the middle name's search form, possibly empty
     */
    public record SearchName(Source source, String last, String first, String middle) {}

    private PersonNameKeys() {}

    /** Lower case ASCII letters only: accents dropped, everything else removed. {@code null} gives "". */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String plain = ACCENTS.matcher(decomposed).replaceAll("");
        plain = plain.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l");
        return NOT_LETTER.matcher(plain).replaceAll("");
    }

    /** The words of a name, each in search form, empty ones dropped. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        for (String word : WORD_BREAK.split(name.strip())) {
            String normal = normalize(word);
            if (!normal.isEmpty()) {
                words.add(normal);
            }
        }
        return words;
    }

    /**
     * The searchable forms of one name: the whole surname written together, and when it has several parts, each
     * part of two letters or more that is not a particle. Empty when the surname has no letters.
     */
    public static List<SearchName> searchNames(Source source, String last, String first, String middle) {
        String whole = normalize(last);
        if (whole.isEmpty()) {
            return List.of();
        }
        String firstForm = normalize(first);
        String middleForm = normalize(middle);
        Set<String> seen = new LinkedHashSet<>();
        List<SearchName> names = new ArrayList<>();
        seen.add(whole);
        names.add(new SearchName(source, whole, firstForm, middleForm));
        List<String> parts = words(last);
        if (parts.size() > 1) {
            for (String part : parts) {
                if (part.length() >= 2 && !PARTICLES.contains(part) && seen.add(part)) {
                    names.add(new SearchName(Source.PART, part, firstForm, middleForm));
                }
            }
        }
        return names;
    }

    /** Whether a word is a surname particle such as "de" or "van". */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }
}
