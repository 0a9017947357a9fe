package org.precinct.intake;

import java.util.Objects;

/**
 * The stable name of an incident type, in upper snake case ({@code THEFT_FROM_VEHICLE}). Reports, Open311 service
 * codes and statistics refer to a type by it, so it never changes once the type exists; names and questions may.
 *
 * @param value 2 to 40 capital letters and digits in words joined by single underscores, starting with a letter
 */
public record IncidentTypeCode(String value) implements Comparable<IncidentTypeCode> {

    /** The format, usable in validation annotations. */
    public static final String PATTERN = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";

    public static final int MAX_LENGTH = 40;

    public IncidentTypeCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "An incident type code is 2 to 40 capital letters, digits and single underscores: " + value);
        }
    }

    /** Whether {@code text} is a well-formed code; {@code null} is not. */
    public static boolean isValid(String text) {
        return text != null && text.length() >= 2 && text.length() <= MAX_LENGTH && text.matches(PATTERN);
    }

    @Override
    public int compareTo(IncidentTypeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
