package org.precinct.intake.calls.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.precinct.intake.DuplicateQuery;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.SameIncidentAccounts;
import org.precinct.intake.TriageAnswers;
import org.precinct.intake.TriageRequest;
import org.springframework.util.MultiValueMap;

/**
 * The console's form as typed, every value as text so that whatever was typed comes back with its message. Built
 * from the request's parameters rather than bound, because a type's questions ({@code answers[code]}) and the rows
 * of people, vehicles and property vary from call to call. Rows left empty are dropped, so row {@code i} of the form
 * is item {@code i} of the report and the submission's messages land next to the right row.
 *
 * @param placeAddress the address a suggestion was chosen for; its point counts only while the address still reads
 *     the same
 * @param callerIsReporter the reporter's name and phone default to the caller's
 * @param receiptLanguage {@code en} or {@code es}: the language of the e-mailed receipt, the caller's rather than the
 *     call-taker's
 * @param idempotencyKey one per form shown: filing the same form twice files one report
 */
record CallForm(
        String callerPhone,
        String callerName,
        boolean injured,
        boolean happeningNow,
        boolean suspectPresent,
        boolean danger,
        String description,
        String typeSearch,
        String incidentType,
        Map<String, String> answers,
        String address,
        String placeAddress,
        String latitude,
        String longitude,
        String occurredFrom,
        String occurredTo,
        List<PersonRow> people,
        List<VehicleRow> vehicles,
        List<PropertyRow> property,
        boolean callerIsReporter,
        String reporterName,
        String reporterPhone,
        String reporterEmail,
        String receiptLanguage,
        String idempotencyKey,
        String topic,
        String note) {

    static final int MAX_ROWS = 20;
    static final List<String> PERSON_ROLES = List.of("VICTIM", "SUSPECT", "WITNESS");

    private static final Pattern ANSWER = Pattern.compile("answers\\[([a-zA-Z0-9]{1,40})]");

    record PersonRow(String role, String name, String description) {
        boolean blank() {
            return isBlank(name) && isBlank(description);
        }
    }

    record VehicleRow(String make, String model, String colour, String plate, String plateState) {
        boolean blank() {
            return isBlank(make) && isBlank(model) && isBlank(colour) && isBlank(plate) && isBlank(plateState);
        }
    }

    record PropertyRow(String description, String value, String serial) {
        boolean blank() {
            return isBlank(description) && isBlank(value) && isBlank(serial);
        }
    }

    static CallForm blank() {
        return new CallForm(
                "",
                "",
                false,
                false,
                false,
                false,
                "",
                "",
                "",
                Map.of(),
                "",
                "",
                "",
                "",
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                true,
                "",
                "",
                "",
                "",
                UUID.randomUUID().toString(),
                "",
                "");
    }

    static CallForm from(MultiValueMap<String, String> parameters) {
        Function<String, String> text = name -> {
            String value = parameters.getFirst(name);
            return value == null ? "" : value;
        };
        Map<String, String> answers = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            Matcher matcher = ANSWER.matcher(name);
            if (matcher.matches()
                    && !values.isEmpty()
                    && values.get(0) != null
                    && !values.get(0).isBlank()) {
                answers.put(matcher.group(1), values.get(0).strip());
            }
        });
        List<PersonRow> people = new ArrayList<>();
        List<VehicleRow> vehicles = new ArrayList<>();
        List<PropertyRow> property = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String person = "people[" + i + "].";
            PersonRow personRow = new PersonRow(
                    text.apply(person + "role"), text.apply(person + "name"), text.apply(person + "description"));
            if (!personRow.blank()) {
                people.add(personRow);
            }
            String vehicle = "vehicles[" + i + "].";
            VehicleRow vehicleRow = new VehicleRow(
                    text.apply(vehicle + "make"),
                    text.apply(vehicle + "model"),
                    text.apply(vehicle + "colour"),
                    text.apply(vehicle + "plate"),
                    text.apply(vehicle + "plateState"));
            if (!vehicleRow.blank()) {
                vehicles.add(vehicleRow);
            }
            String item = "property[" + i + "].";
            PropertyRow propertyRow = new PropertyRow(
                    text.apply(item + "description"), text.apply(item + "value"), text.apply(item + "serial"));
            if (!propertyRow.blank()) {
                property.add(propertyRow);
            }
        }
        String key = text.apply("idempotencyKey");
        return new CallForm(
                text.apply("callerPhone"),
                text.apply("callerName"),
                checked(parameters, "injured"),
                checked(parameters, "happeningNow"),
                checked(parameters, "suspectPresent"),
                checked(parameters, "danger"),
                text.apply("description"),
                text.apply("typeSearch"),
                text.apply("incidentType"),
                answers,
                text.apply("address"),
                text.apply("placeAddress"),
                text.apply("latitude"),
                text.apply("longitude"),
                text.apply("occurredFrom"),
                text.apply("occurredTo"),
                people,
                vehicles,
                property,
                // The box is checked on a new form; a browser sends nothing for an unchecked box, so the hidden
                // marker tells "unchecked" from "not on the form".
                parameters.containsKey("callerIsReporter") || !parameters.containsKey("callerIsReporterShown"),
                text.apply("reporterName"),
                text.apply("reporterPhone"),
                text.apply("reporterEmail"),
                text.apply("receiptLanguage"),
                key.matches("[A-Za-z0-9-]{8,100}") ? key : UUID.randomUUID().toString(),
                text.apply("topic"),
                text.apply("note"));
    }

    /** The same form with one empty row more of people, vehicles or property. */
    CallForm withRowAdded(String kind) {
        List<PersonRow> morePeople = new ArrayList<>(people);
        List<VehicleRow> moreVehicles = new ArrayList<>(vehicles);
        List<PropertyRow> moreProperty = new ArrayList<>(property);
        switch (kind) {
            case "person" -> {
                if (morePeople.size() < MAX_ROWS) {
                    morePeople.add(new PersonRow("VICTIM", "", ""));
                }
            }
            case "vehicle" -> {
                if (moreVehicles.size() < MAX_ROWS) {
                    moreVehicles.add(new VehicleRow("", "", "", "", ""));
                }
            }
            case "property" -> {
                if (moreProperty.size() < MAX_ROWS) {
                    moreProperty.add(new PropertyRow("", "", ""));
                }
            }
            default -> throw new IllegalArgumentException("No such row: " + kind);
        }
        return new CallForm(
                callerPhone,
                callerName,
                injured,
                happeningNow,
                suspectPresent,
                danger,
                description,
                typeSearch,
                incidentType,
                answers,
                address,
                placeAddress,
                latitude,
                longitude,
                occurredFrom,
                occurredTo,
                morePeople,
                moreVehicles,
                moreProperty,
                callerIsReporter,
                reporterName,
                reporterPhone,
                reporterEmail,
                receiptLanguage,
                idempotencyKey,
                topic,
                note);
    }

    /** The caller's language for the receipt; the call-taker's when none was chosen. */
    Locale receiptLocale(Locale callTakers) {
        return "es".equals(receiptLanguage)
                ? Locale.forLanguageTag("es")
                : "en".equals(receiptLanguage) ? Locale.ENGLISH : callTakers;
    }

    /** What the emergency check reads: the description and the safety answers. */
    TriageRequest safety() {
        return new TriageRequest(description, new TriageAnswers(injured, happeningNow, suspectPresent, danger));
    }

    /**
     * The report as the submission takes it. Dates and amounts that cannot be read are put in {@code problems}
     * (field name → message key) and left out of the draft.
     */
    ReportDraft toDraft(ZoneId zone, Map<String, String> problems) {
        Instant from = instant("occurredFrom", occurredFrom, zone, problems);
        Instant to = instant("occurredTo", occurredTo, zone, problems);
        Double[] point = point();
        String reporterNameOrCaller = callerIsReporter && isBlank(reporterName) ? callerName : reporterName;
        String reporterPhoneOrCaller = callerIsReporter && isBlank(reporterPhone) ? callerPhone : reporterPhone;
        List<ReportDraft.PropertyInvolved> items = new ArrayList<>();
        for (int i = 0; i < property.size(); i++) {
            PropertyRow row = property.get(i);
            items.add(new ReportDraft.PropertyInvolved(
                    blankToNull(row.description()),
                    cents("property[" + i + "].value", row.value(), problems),
                    blankToNull(row.serial())));
        }
        return new ReportDraft(
                blankToNull(incidentType),
                description,
                from,
                to,
                blankToNull(address),
                point == null ? null : point[0],
                point == null ? null : point[1],
                Map.copyOf(answers),
                new ReportDraft.Reporter(
                        blankToNull(reporterNameOrCaller),
                        blankToNull(reporterEmail),
                        blankToNull(reporterPhoneOrCaller)),
                people.stream()
                        .map(row -> new ReportDraft.PersonInvolved(
                                row.role(), blankToNull(row.name()), blankToNull(row.description())))
                        .toList(),
                vehicles.stream()
                        .map(row -> new ReportDraft.VehicleInvolved(
                                blankToNull(row.make()),
                                blankToNull(row.model()),
                                blankToNull(row.colour()),
                                blankToNull(row.plate()),
                                blankToNull(row.plateState())))
                        .toList(),
                items);
    }

    /** The caller's account, for adding to a report already filed. */
    SameIncidentAccounts.Account account() {
        String name = callerIsReporter && isBlank(reporterName) ? callerName : reporterName;
        String phone = callerIsReporter && isBlank(reporterPhone) ? callerPhone : reporterPhone;
        return new SameIncidentAccounts.Account(
                description, blankToNull(name), blankToNull(reporterEmail), blankToNull(phone));
    }

    /**
     * The duplicate check's question, when the type and a point are known.
     *
     * @param geocoded a point for the typed address, when no suggestion was chosen; may be {@code null}
     */
    DuplicateQuery duplicateQuery(ZoneId zone, Double[] geocoded) {
        Double[] point = point() != null ? point() : geocoded;
        if (isBlank(incidentType) || point == null) {
            return null;
        }
        Map<String, String> ignored = new LinkedHashMap<>();
        return new DuplicateQuery(
                incidentType.strip(),
                point[0],
                point[1],
                instant("occurredFrom", occurredFrom, zone, ignored),
                instant("occurredTo", occurredTo, zone, ignored),
                description);
    }

    /** The chosen suggestion's point, while the address still reads as it did when it was chosen. */
    Double[] point() {
        if (isBlank(latitude) || isBlank(longitude) || !address.strip().equals(placeAddress.strip())) {
            return null;
        }
        try {
            double lat = Double.parseDouble(latitude);
            double lon = Double.parseDouble(longitude);
            return Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
                    ? new Double[] {lat, lon}
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(String field, String typed, ZoneId zone, Map<String, String> problems) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            problems.put(field, "intake.calls.when.invalid");
            return null;
        }
    }

    private static Long cents(String field, String typed, Map<String, String> problems) {
        if (isBlank(typed)) {
            return null;
        }
        String cleaned = typed.strip().replace("$", "").replace(",", "");
        if (!cleaned.matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
            problems.put(field, "intake.submit.property.value");
            return null;
        }
        return new BigDecimal(cleaned)
                .movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static boolean checked(MultiValueMap<String, String> parameters, String name) {
        return "true".equals(parameters.getFirst(name));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
