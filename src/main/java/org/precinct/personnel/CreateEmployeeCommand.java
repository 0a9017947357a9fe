package org.precinct.personnel;

import java.util.Objects;

/**
 * Enters a new employee, assigned to a unit from their hire date on.
 *
 * @param dsn department serial number, unique
 * @param profile name, rank, job title, contact and hire date
 * @param status active or reserve as a rule; inactive for records of former staff
 * @param unitId the unit they are assigned to
 */
public record CreateEmployeeCommand(Dsn dsn, EmployeeProfile profile, EmploymentStatus status, long unitId) {

    public CreateEmployeeCommand {
        Objects.requireNonNull(dsn, "dsn");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(status, "status");
    }
}
