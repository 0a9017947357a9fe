package org.precinct.geography.addresses;

/**
 * A row of an address file that was not imported.
 *
 * @param line the line of the file the row starts on (the header is line 1)
 * @param reason the message key saying why, e.g. {@code geography.import.reject.latitude-range}
 * @param value the offending value (or, for a duplicate, the line of the first occurrence), shortened for display
 */
public record RejectedRow(int line, String reason, String value) {

    private static final int MAX_VALUE = 80;

    public RejectedRow {
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "\u2026";
        }
    }
}
