package org.precinct.personnel;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything this module keeps on an employee.
 *
 * @param dsn department serial number
 * @param firstName given name
 * @param lastName family name
 * @param rank rank
 * @param jobTitle job title, may be {@code null} for sworn staff
 * @param sworn sworn officer rather than civilian
 * @param status active, inactive or reserve
 * @param unit current unit, may be {@code null}
 * @param workPhone work telephone, may be {@code null}
 * @param email work e-mail, may be {@code null}
 * @param hireDate when they joined
 * @param assignments their assignment history, oldest first
 */
public record EmployeeDetails(
        String dsn,
        String firstName,
        String lastName,
        Rank rank,
        String jobTitle,
        boolean sworn,
        EmploymentStatus status,
        UnitRef unit,
        String workPhone,
        String email,
        LocalDate hireDate,
        List<AssignmentEntry> assignments) {

    public EmployeeDetails {
        assignments = List.copyOf(assignments);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The profile as it stands, the starting point of an edit. */
    public EmployeeProfile profile() {
        return new EmployeeProfile(firstName, lastName, rank, jobTitle, workPhone, email, hireDate);
    }
}
