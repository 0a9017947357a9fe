package org.precinct.records;

import java.util.Objects;

/**
 * A name a person is known by, as written in a report: the surname is required, the others may be {@code null}.
 *
 * @param lastName surname, possibly of several parts (Garcia-Lopez, de la Cruz)
 * @param firstName given name, or {@code null}
 * @param middleName middle name or initial, or {@code null}
 */
public record MasterPersonName(String lastName, String firstName, String middleName) {

    public MasterPersonName {
        Objects.requireNonNull(lastName, "lastName");
        lastName = lastName.strip();
        firstName = blankToNull(firstName);
        middleName = blankToNull(middleName);
    }

    /** "Last, First Middle", the order records are filed in. */
    public String filed() {
        StringBuilder text = new StringBuilder(lastName);
        if (firstName != null) {
            text.append(", ").append(firstName);
            if (middleName != null) {
                text.append(' ').append(middleName);
            }
        }
        return text.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
