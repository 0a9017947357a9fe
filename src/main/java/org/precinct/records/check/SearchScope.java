package org.precinct.records.check;

import java.time.LocalDate;

/**
 * Which persons a search may show: born on a day or within a range, and whether sealed records and juveniles
 * exist for the searcher at all.
 *
 * @param dateOfBirth only persons born that day, or {@code null}
 * @param bornFrom only persons born on or after, or {@code null}
 * @param bornTo only persons born on or before, or {@code null}
 * @param seesRestricted whether sealed and juvenile records are shown (records staff)
 * @param adultsBornBy the last birth date of a person who is an adult today
 */
record SearchScope(
        LocalDate dateOfBirth, LocalDate bornFrom, LocalDate bornTo, boolean seesRestricted, LocalDate adultsBornBy) {}
