package org.precinct.intake;

import java.util.regex.Pattern;

/**
 * The number a reporter gets at once, e.g. {@code W26-000123}: channel letter, two-digit year, a serial from a
 * database sequence. It identifies the report for its whole life, also after it gets an official report number.
 */
public record TrackingNumber(String value) {

    private static final Pattern FORM = Pattern.compile("[WTC]\\d{2}-\\d{6,9}");

    public TrackingNumber {
        if (value == null) {
            throw new IllegalArgumentException("A tracking number is required");
        }
        value = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a tracking number: expected a form like W26-000123");
        }
    }

    public static TrackingNumber of(Channel channel, int year, long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("A serial starts at 1");
        }
        return new TrackingNumber(String.format("%c%02d-%06d", channel.prefix(), Math.floorMod(year, 100), serial));
    }

    /** Whether a typed text has the form of a tracking number, without throwing. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null
                && FORM.matcher(candidate.strip().toUpperCase(java.util.Locale.ROOT))
                        .matches();
    }

    public Channel channel() {
        return Channel.ofPrefix(value.charAt(0));
    }

    @Override
    public String toString() {
        return value;
    }
}
