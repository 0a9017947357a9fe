package org.precinct.personnel;

/**
 * What other modules may know of an employee.
 *
 * @param id the employee's id
 * @param dsn department serial number
 * @param displayName rank and name as shown in lists, e.g. "Sgt. Ana Ruiz"
 * @param rank the rank's code
 * @param email work e-mail, may be {@code null}
 * @param sworn sworn officer (as opposed to civilian staff)
 * @param status ACTIVE, INACTIVE or RESERVE
 * @param unitName the unit the employee is assigned to, may be {@code null}
 */
public record EmployeeSummary(
        long id,
        String dsn,
        String displayName,
        String rank,
        String email,
        boolean sworn,
        String status,
        String unitName) {}
