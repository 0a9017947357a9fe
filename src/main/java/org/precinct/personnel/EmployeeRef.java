package org.precinct.personnel;

/**
 * A reference to an employee as pages show it, for instance a unit's commander.
 *
 * @param dsn department serial number
 * @param firstName given name
 * @param lastName family name
 * @param rank rank
 */
public record EmployeeRef(String dsn, String firstName, String lastName, Rank rank) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
