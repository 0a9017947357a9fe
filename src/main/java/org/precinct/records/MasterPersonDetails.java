package org.precinct.records;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known of a person when a master record is made: everything but the surname may be missing. Checked by
 * {@link MasterIndexes#registerPerson}, which refuses impossible values (a birth date in the future, a height of
 * ten feet) with a message per field.
 *
 * @param name the name the person gave
 * @param dateOfBirth or {@code null}
 * @param sex NIBRS sex code: M, F or U
 * @param race NIBRS race code: W, B, I, A, P or U
 * @param heightInches 12 to 108, or {@code null}
 * @param weightPounds 1 to 900, or {@code null}
 * @param hair NCIC hair colour code (BLK, BRO, BLN, RED, GRY, WHI, SDY, BAL, ...), or {@code null}
 * @param eyes NCIC eye colour code (BLK, BLU, BRO, GRN, GRY, HAZ, ...), or {@code null}
 * @param licenceNumber driver's licence number, or {@code null}
 * @param licenceState the licence's two-letter state, required with a number
 * @param aliases other names the person is known by
 * @param marks scars, marks and tattoos
 * @param addresses addresses, most recent first
 * @param phones phone numbers as given
 */
public record MasterPersonDetails(
        MasterPersonName name,
        LocalDate dateOfBirth,
        String sex,
        String race,
        Integer heightInches,
        Integer weightPounds,
        String hair,
        String eyes,
        String licenceNumber,
        String licenceState,
        List<MasterPersonName> aliases,
        List<MasterPersonMark> marks,
        List<String> addresses,
        List<String> phones) {

    public MasterPersonDetails {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        marks = marks == null ? List.of() : List.copyOf(marks);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    /** A person known by name only. */
    public static MasterPersonDetails named(MasterPersonName name) {
        return new MasterPersonDetails(
                name, null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of());
    }
}
