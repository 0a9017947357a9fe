package org.precinct.records;

import java.util.regex.Pattern;

/**
 * An agency's Originating Agency Identifier as NCIC assigns it: nine characters, the state's two letters and seven
 * letters or digits, e.g. {@code MO0950100}.
 *
 * @param value the identifier
 */
public record NibrsOri(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}[A-Z0-9]{7}");

    public NibrsOri {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "An ORI is nine characters: two letters of the state and seven letters or digits, e.g. MO0950100");
        }
    }

    /** Whether {@code text} has the form of an ORI; {@code null} has not. */
    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
