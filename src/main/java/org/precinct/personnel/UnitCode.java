package org.precinct.personnel;

import java.util.Locale;
import java.util.Objects;

/**
 * The short code of an organisational unit, unique in the department, such as {@code BOR} or {@code OPR-IA}: 2 to
 * 20 capital letters, digits and hyphens, starting with a letter. Lower case is accepted and raised.
 *
 * @param value the code
 */
public record UnitCode(String value) {

    /** The format, usable in validation annotations (which see the text before it is raised to capitals). */
    public static final String PATTERN = "[A-Za-z][A-Za-z0-9-]{1,19}";

    public UnitCode {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException("A unit code has 2 to 20 letters, digits and hyphens");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
