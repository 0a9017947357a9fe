package org.precinct.records.index.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precinct.records.MasterPersonDetails;
import org.precinct.records.MasterPersonMark;
import org.precinct.records.MasterPersonName;

/**
 * The new-person form as typed: every field text, so that a wrong value comes back as typed with its message. One
 * alias, one mark, one address and one phone; more are added on the record later.
 *
 * @param confirmNew set when the clerk has seen the possible duplicates and saves a new record anyway
 */
record PersonForm(
        String lastName,
        String firstName,
        String middleName,
        String dateOfBirth,
        String sex,
        String race,
        String heightInches,
        String weightPounds,
        String hair,
        String eyes,
        String licenceNumber,
        String licenceState,
        String aliasLastName,
        String aliasFirstName,
        String markKind,
        String markLocation,
        String markDescription,
        String address,
        String phone,
        String confirmNew) {

    static PersonForm blank() {
        return new PersonForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The form's own problems (text that is no date or number), field to message key. */
    Map<String, String> formatProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        date(problems);
        number(problems, "heightInches", heightInches);
        number(problems, "weightPounds", weightPounds);
        return problems;
    }

    MasterPersonDetails toDetails() {
        return new MasterPersonDetails(
                new MasterPersonName(text(lastName) == null ? "" : lastName, firstName, middleName),
                parsedDate(),
                text(sex),
                text(race),
                parsedNumber(heightInches),
                parsedNumber(weightPounds),
                text(hair),
                text(eyes),
                text(licenceNumber),
                text(licenceState),
                text(aliasLastName) == null
                        ? List.of()
                        : List.of(new MasterPersonName(aliasLastName, aliasFirstName, null)),
                text(markDescription) == null && text(markKind) == null
                        ? List.of()
                        : List.of(new MasterPersonMark(text(markKind), text(markLocation), text(markDescription))),
                text(address) == null ? List.of() : List.of(address),
                text(phone) == null ? List.of() : List.of(phone));
    }

    /** The form field a problem of {@link org.precinct.records.index.MasterRecordProblems} belongs to. */
    static String fieldOf(String problemField) {
        switch (problemField) {
            case "aliases[0].lastName":
            case "aliases[0].middleName":
                return "aliasLastName";
            case "aliases[0].firstName":
                return "aliasFirstName";
            case "marks[0].kind":
                return "markKind";
            case "marks[0].location":
                return "markLocation";
            case "marks[0].description":
                return "markDescription";
            case "addresses[0]":
                return "address";
            case "phones[0]":
                return "phone";
            default:
                return problemField;
        }
    }

    boolean confirmed() {
        return "true".equals(confirmNew);
    }

    private void date(Map<String, String> problems) {
        if (text(dateOfBirth) != null && parsedDate() == null) {
            problems.put("dateOfBirth", "records.index.problem.date");
        }
    }

    private static void number(Map<String, String> problems, String field, String value) {
        if (text(value) != null && parsedNumber(value) == null) {
            problems.put(field, "records.check.problem.whole-number");
        }
    }

    private LocalDate parsedDate() {
        if (text(dateOfBirth) == null) {
            return null;
        }
        try {
            return LocalDate.parse(dateOfBirth.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer parsedNumber(String value) {
        return text(value) != null && value.strip().matches("[0-9]{1,4}") ? Integer.valueOf(value.strip()) : null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
