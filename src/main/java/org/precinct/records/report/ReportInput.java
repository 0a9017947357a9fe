package org.precinct.records.report;

import java.util.List;

/**
 * An incident report as a form or an API call gives it, before any check: every value as typed. Dates and times are
 * ISO-8601, either with an offset ({@code 2026-11-23T16:20:00Z}) or as the department's local time
 * ({@code 2026-11-23T10:20}); money is in dollars. {@link ContentRules} turns it into {@link ReportContent} or says,
 * field by field, what cannot be right.
 */
public record ReportInput(
        String howReceived,
        String address,
        String latitude,
        String longitude,
        String occurredFrom,
        String occurredTo,
        String reportedAt,
        List<OffenseInput> offenses,
        List<PersonInput> people,
        List<VehicleInput> vehicles,
        List<PropertyInput> property,
        String narrative,
        String clearance,
        String exceptionalClearance,
        String clearedOn) {

    public ReportInput {
        offenses = offenses == null ? List.of() : offenses;
        people = people == null ? List.of() : people;
        vehicles = vehicles == null ? List.of() : vehicles;
        property = property == null ? List.of() : property;
    }

    /** @param attempted {@code true} when the offense was only attempted */
    public record OffenseInput(
            String code, String attempted, String locationType, String weaponForce, String biasMotivation) {

        boolean blank() {
            return ContentRules.allBlank(code, locationType, weaponForce, biasMotivation);
        }
    }

    /**
     * @param id the stored person's id when the row edits one, else {@code null}
     * @param organisation {@code true} for a business or other organisation, named in {@code lastName}
     * @param juvenile {@code true} when the person is under 18 and the date of birth is not known
     */
    public record PersonInput(
            Long id,
            String role,
            String organisation,
            String lastName,
            String firstName,
            String dateOfBirth,
            String sex,
            String race,
            String juvenile,
            String phone,
            String address) {

        boolean blank() {
            return ContentRules.allBlank(lastName, firstName, dateOfBirth, phone, address);
        }
    }

    public record VehicleInput(
            Long id,
            String plate,
            String plateState,
            String vin,
            String make,
            String model,
            String year,
            String colour) {

        boolean blank() {
            return ContentRules.allBlank(plate, vin, make, model, year, colour);
        }
    }

    /** @param value in dollars, e.g. {@code 450.00} */
    public record PropertyInput(
            Long id, String description, String category, String value, String serial, String status) {

        boolean blank() {
            return ContentRules.allBlank(description, value, serial);
        }
    }
}
