package org.precinct.personnel;

import java.util.Objects;

/**
 * A department serial number: the number that names an employee for good, 3 to 6 digits (leading zeros count).
 *
 * @param value the digits
 */
public record Dsn(String value) {

    /** The format, usable in validation annotations. */
    public static final String PATTERN = "[0-9]{3,6}";

    public Dsn {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException("A DSN has 3 to 6 digits");
        }
    }

    /** Whether {@code text} is a well-formed DSN; {@code null} is not. */
    public static boolean isValid(String text) {
        return text != null && text.strip().matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
