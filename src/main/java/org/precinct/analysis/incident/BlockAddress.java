package org.precinct.analysis.incident;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generalises an address to its hundred block ("1234 Main St" becomes "1200 BLOCK MAIN ST"), so that analysis and
 * the public map never show where exactly someone lives. Intersections and places without a house number are kept.
 */
public final class BlockAddress {

    private static final Pattern NUMBERED =
            Pattern.compile("^(\\d{1,7})[A-Z]?(?:-\\d+)?\\s+(?:(?:BLOCK|BLK)\\s+)?(.+)$");
    private static final int MAX_LENGTH = 200;

    private BlockAddress() {}

    /** The block of {@code address}, upper case with single spaces, or {@code null} for no address. */
    public static String of(String address) {
        if (address == null) {
            return null;
        }
        String cleaned = address.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (cleaned.isEmpty()) {
            return null;
        }
        Matcher numbered = NUMBERED.matcher(cleaned);
        String block = cleaned;
        if (numbered.matches()) {
            long number = Long.parseLong(numbered.group(1));
            block = (number / 100 * 100) + " BLOCK " + numbered.group(2);
        }
        return block.length() <= MAX_LENGTH ? block : block.substring(0, MAX_LENGTH);
    }
}
