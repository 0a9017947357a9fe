package org.precinct.personnel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What describes an employee apart from their serial number, status and unit: name, rank, job title, work contact
 * and hire date. Civilians must have a job title, since their rank says nothing of what they do.
 *
 * @param firstName given name
 * @param lastName family name
 * @param rank rank; whether the employee is sworn follows from it
 * @param jobTitle what they do, e.g. "Records Clerk"; optional for sworn staff
 * @param workPhone work telephone, optional
 * @param email work e-mail, optional
 * @param hireDate when they joined the department
 */
public record EmployeeProfile(
        String firstName,
        String lastName,
        Rank rank,
        String jobTitle,
        String workPhone,
        String email,
        LocalDate hireDate) {

    public static final int MAX_NAME = 60;
    public static final int MAX_TITLE = 80;
    public static final int MAX_PHONE = 30;
    public static final int MAX_EMAIL = 120;

    public EmployeeProfile {
        firstName = required(firstName, MAX_NAME, "first name");
        lastName = required(lastName, MAX_NAME, "last name");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(hireDate, "hireDate");
        jobTitle = optional(jobTitle, MAX_TITLE, "job title");
        workPhone = optional(workPhone, MAX_PHONE, "work phone");
        email = optional(email, MAX_EMAIL, "e-mail");
        if (rank == Rank.CIVILIAN && jobTitle == null) {
            throw new IllegalArgumentException("A civilian needs a job title");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
    }

    private static String required(String text, int max, String what) {
        String value = optional(text, max, what);
        if (value == null) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        return value;
    }

    static String optional(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new IllegalArgumentException("The " + what + " has at most " + max + " characters");
        }
        return value;
    }
}
