package org.precinct.records.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Report input for tests: a complete vandalism report, with names of its own each time. */
public final class ReportInputs {

    private ReportInputs() {}

    /** A unique surname, so that tests sharing the database find their own people. */
    public static String surname() {
        return "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Graffiti sprayed on a garage yesterday evening: everything a supervisor needs. */
    public static ReportInput vandalism(String victimLastName) {
        return vandalism(victimLastName, List.of());
    }

    /** The same, with more people. */
    public static ReportInput vandalism(String victimLastName, List<ReportInput.PersonInput> others) {
        List<ReportInput.PersonInput> people = new java.util.ArrayList<>();
        people.add(new ReportInput.PersonInput(
                null,
                "VICTIM",
                "false",
                victimLastName,
                "Mia",
                "1984-03-12",
                "F",
                "W",
                "false",
                "(636) 555-0142",
                "14 Elm Ct"));
        people.addAll(others);
        return new ReportInput(
                "OFFICER_INITIATED",
                "100 Main St",
                null,
                null,
                LocalDateTime.now().minusDays(1).withNano(0).withSecond(0).toString(),
                null,
                null,
                List.of(new ReportInput.OffenseInput("290", "false", "20", "99", "NONE")),
                people,
                List.of(new ReportInput.VehicleInput(null, "RPT123", "MO", null, "Ford", "F-150", "2018", "red")),
                List.of(new ReportInput.PropertyInput(null, "Garage door", "35", "450.00", null, "DAMAGED")),
                "Black spray paint across the garage door, found by the owner at 7 in the morning.",
                "OPEN",
                null,
                null);
    }

    /** A juvenile suspect, by date of birth. */
    public static ReportInput.PersonInput juvenileSuspect(String lastName) {
        return new ReportInput.PersonInput(
                null,
                "SUSPECT",
                "false",
                lastName,
                "Kid",
                java.time.LocalDate.now().minusYears(15).toString(),
                "M",
                "W",
                "false",
                null,
                null);
    }
}
