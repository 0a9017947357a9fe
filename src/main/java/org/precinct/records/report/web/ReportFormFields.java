package org.precinct.records.report.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.report.ReportInput;
import org.springframework.util.MultiValueMap;

/**
 * The report form's fields and the report input they carry, both ways: a posted form becomes {@link ReportInput}
 * (each repeated field a row: the form always sends every field of every row, so the rows line up), and a stored report
 * becomes the input that fills the form, times in the department's zone.
 */
final class ReportFormFields {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ReportFormFields() {}

    static ReportInput fromForm(MultiValueMap<String, String> form) {
        List<ReportInput.OffenseInput> offenses = new ArrayList<>();
        for (int row = 0; row < rows(form, "offenseCode"); row++) {
            offenses.add(new ReportInput.OffenseInput(
                    at(form, "offenseCode", row),
                    at(form, "offenseAttempted", row),
                    at(form, "offenseLocation", row),
                    at(form, "offenseWeapon", row),
                    at(form, "offenseBias", row)));
        }
        List<ReportInput.PersonInput> people = new ArrayList<>();
        for (int row = 0; row < rows(form, "personLastName"); row++) {
            people.add(new ReportInput.PersonInput(
                    id(at(form, "personId", row)),
                    at(form, "personRole", row),
                    at(form, "personOrganisation", row),
                    at(form, "personLastName", row),
                    at(form, "personFirstName", row),
                    at(form, "personDateOfBirth", row),
                    at(form, "personSex", row),
                    at(form, "personRace", row),
                    at(form, "personJuvenile", row),
                    at(form, "personPhone", row),
                    at(form, "personAddress", row)));
        }
        List<ReportInput.VehicleInput> vehicles = new ArrayList<>();
        for (int row = 0; row < rows(form, "vehiclePlate"); row++) {
            vehicles.add(new ReportInput.VehicleInput(
                    id(at(form, "vehicleId", row)),
                    at(form, "vehiclePlate", row),
                    at(form, "vehiclePlateState", row),
                    at(form, "vehicleVin", row),
                    at(form, "vehicleMake", row),
                    at(form, "vehicleModel", row),
                    at(form, "vehicleYear", row),
                    at(form, "vehicleColour", row)));
        }
        List<ReportInput.PropertyInput> property = new ArrayList<>();
        for (int row = 0; row < rows(form, "propertyDescription"); row++) {
            property.add(new ReportInput.PropertyInput(
                    id(at(form, "propertyId", row)),
                    at(form, "propertyDescription", row),
                    at(form, "propertyCategory", row),
                    at(form, "propertyValue", row),
                    at(form, "propertySerial", row),
                    at(form, "propertyStatus", row)));
        }
        return new ReportInput(
                form.getFirst("howReceived"),
                form.getFirst("address"),
                form.getFirst("latitude"),
                form.getFirst("longitude"),
                form.getFirst("occurredFrom"),
                form.getFirst("occurredTo"),
                form.getFirst("reportedAt"),
                offenses,
                people,
                vehicles,
                property,
                form.getFirst("narrative"),
                form.getFirst("clearance"),
                form.getFirst("exceptionalClearance"),
                form.getFirst("clearedOn"));
    }

    /** The input that fills the form with what the report says now. */
    static ReportInput fromReport(IncidentReportDetails report, ZoneId zone) {
        return new ReportInput(
                report.howReceived().name(),
                report.address(),
                report.latitude() == null ? null : report.latitude().toString(),
                report.longitude() == null ? null : report.longitude().toString(),
                local(report.occurredFrom(), zone),
                local(report.occurredTo(), zone),
                local(report.reportedAt(), zone),
                report.offenses().stream()
                        .map(offense -> new ReportInput.OffenseInput(
                                offense.code(),
                                Boolean.toString(offense.attempted()),
                                offense.locationType(),
                                offense.weaponForce(),
                                offense.biasMotivation()))
                        .toList(),
                report.people().stream()
                        .map(person -> new ReportInput.PersonInput(
                                person.id(),
                                person.role().name(),
                                Boolean.toString(person.organisation()),
                                person.lastName(),
                                person.firstName(),
                                text(person.dateOfBirth(), Object::toString),
                                person.sex(),
                                person.race(),
                                Boolean.toString(person.juvenile()),
                                person.phone(),
                                person.address()))
                        .toList(),
                report.vehicles().stream()
                        .map(vehicle -> new ReportInput.VehicleInput(
                                vehicle.id(),
                                vehicle.plate(),
                                vehicle.plateState(),
                                vehicle.vin(),
                                vehicle.make(),
                                vehicle.model(),
                                text(vehicle.year(), Object::toString),
                                vehicle.colour()))
                        .toList(),
                report.property().stream()
                        .map(item -> new ReportInput.PropertyInput(
                                item.id(),
                                item.description(),
                                item.category(),
                                text(
                                        item.valueCents(),
                                        cents -> BigDecimal.valueOf(cents, 2).toPlainString()),
                                item.serial(),
                                item.status().name()))
                        .toList(),
                report.narrative(),
                report.clearance().name(),
                report.exceptionalClearance(),
                text(report.clearedOn(), Object::toString));
    }

    /** A blank report for the field page: received in the field, reported now. */
    static ReportInput blank(Instant now, ZoneId zone) {
        return new ReportInput(
                IncidentReportDetails.HowReceived.OFFICER_INITIATED.name(),
                null,
                null,
                null,
                null,
                null,
                local(now, zone),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                IncidentReportDetails.Clearance.OPEN.name(),
                null,
                null);
    }

    /**
     * The form's rows: what the input has, and one blank row more in each part so that another can be added without
     * a script (the offense part starts with one).
     */
    static ReportInput withBlankRows(ReportInput input) {
        List<ReportInput.OffenseInput> offenses = new ArrayList<>(input.offenses());
        offenses.add(blankRow("offense"));
        List<ReportInput.PersonInput> people = new ArrayList<>(input.people());
        people.add(blankRow("person"));
        List<ReportInput.VehicleInput> vehicles = new ArrayList<>(input.vehicles());
        vehicles.add(blankRow("vehicle"));
        List<ReportInput.PropertyInput> property = new ArrayList<>(input.property());
        property.add(blankRow("property"));
        return new ReportInput(
                input.howReceived(),
                input.address(),
                input.latitude(),
                input.longitude(),
                input.occurredFrom(),
                input.occurredTo(),
                input.reportedAt(),
                offenses,
                people,
                vehicles,
                property,
                input.narrative(),
                input.clearance(),
                input.exceptionalClearance(),
                input.clearedOn());
    }

    /**
     * A blank row of a repeated part of the form: {@code offense}, {@code person}, {@code vehicle} or {@code property}.
     *
     * @throws IllegalArgumentException for any other part
     */
    @SuppressWarnings("unchecked")
    static <T> T blankRow(String part) {
        Object row = switch (part) {
            case "offense" -> new ReportInput.OffenseInput(null, "false", null, null, null);
            case "person" ->
                new ReportInput.PersonInput(null, null, "false", null, null, null, null, null, "false", null, null);
            case "vehicle" -> new ReportInput.VehicleInput(null, null, null, null, null, null, null, null);
            case "property" -> new ReportInput.PropertyInput(null, null, null, null, null, null);
            default -> throw new IllegalArgumentException("No such part of a report: " + part);
        };
        return (T) row;
    }

    /**
     * The id of the element that shows a problem's field: {@code people[1].dateOfBirth} becomes
     * {@code people-1-dateOfBirth}.
     */
    static String elementId(String field) {
        return field.replace("].", "-").replace("[", "-").replace("]", "");
    }

    private static int rows(MultiValueMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null ? 0 : values.size();
    }

    private static String at(MultiValueMap<String, String> form, String field, int row) {
        List<String> values = form.get(field);
        return values == null || row >= values.size() ? null : values.get(row);
    }

    private static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL.format(instant.atZone(zone));
    }

    private static <T> String text(T value, Function<T, String> format) {
        return value == null ? null : Objects.requireNonNull(format.apply(value));
    }
}
