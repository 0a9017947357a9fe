package org.precinct.records.index;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A licence plate as a search key: letters and digits only, upper case, so "abc-123" and "ABC 123" are one plate.
 * A plate of other characters (an "@" or a "!") is refused: no state issues them, and it is a misreading.
 */
public final class PlateKey {

    /** The longest plate any state issues. */
    public static final int MAX = 8;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.·]");
    private static final Pattern KEY = Pattern.compile("[A-Z0-9]{1," + MAX + "}");
    private static final Pattern PARTIAL = Pattern.compile("[A-Z0-9?*]{1," + MAX + "}");

    private PlateKey() {}

    /** The key of a plate as written, or empty when it has characters no plate has, or none, or too many. */
    public static Optional<String> of(String plate) {
        if (plate == null) {
            return Optional.empty();
        }
        String key = SEPARATORS.matcher(plate.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        return KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    /**
     * A plate read in part, as a SQL {@code LIKE} pattern: {@code ?} stands for one unknown character and
     * {@code *} for any number of them ({@code ABC1?3} gives {@code ABC1_3}). Empty when it is not a partial plate.
     */
    public static Optional<String> likePattern(String partial) {
        if (partial == null) {
            return Optional.empty();
        }
        String key =
                SEPARATORS.matcher(partial.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        if (!PARTIAL.matcher(key).matches() || key.chars().noneMatch(c -> c == '?' || c == '*')) {
            return Optional.empty();
        }
        if (key.chars().filter(Character::isLetterOrDigit).count() < 2) {
            return Optional.empty();
        }
        return Optional.of(key.replace('?', '_').replace("*", "%"));
    }

    /** The known characters before the first unknown one of a {@link #likePattern}, for an ordered index. */
    public static String knownPrefix(String likePattern) {
        int end = 0;
        while (end < likePattern.length() && likePattern.charAt(end) != '_' && likePattern.charAt(end) != '%') {
            end++;
        }
        return likePattern.substring(0, end);
    }
}
