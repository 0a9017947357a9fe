package org.precinct.personnel;

/**
 * An employee as a line of a list or search result: who, which unit, how to reach them.
 *
 * @param dsn department serial number
 * @param firstName given name
 * @param lastName family name
 * @param rank rank
 * @param jobTitle job title, may be {@code null}
 * @param sworn sworn officer rather than civilian
 * @param status active, inactive or reserve
 * @param unit the unit they are assigned to, may be {@code null}
 * @param workPhone work telephone, may be {@code null}
 * @param email work e-mail, may be {@code null}
 */
public record EmployeeListEntry(
        String dsn,
        String firstName,
        String lastName,
        Rank rank,
        String jobTitle,
        boolean sworn,
        EmploymentStatus status,
        UnitRef unit,
        String workPhone,
        String email) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
