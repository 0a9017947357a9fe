package org.precinct.personnel;

import java.time.LocalDate;

/**
 * A line of an employee's assignment history.
 *
 * @param unit where they served
 * @param title their role there, may be {@code null}
 * @param from first day
 * @param to the day the next assignment began, {@code null} for the current assignment
 */
public record AssignmentEntry(UnitRef unit, String title, LocalDate from, LocalDate to) {}
