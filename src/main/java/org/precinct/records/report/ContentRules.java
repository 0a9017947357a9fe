package org.precinct.records.report;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.precinct.records.IncidentReportCodes;
import org.precinct.records.IncidentReportCodes.Table;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportDetails.Clearance;
import org.precinct.records.IncidentReportDetails.HowReceived;
import org.precinct.records.IncidentReportDetails.PersonRole;
import org.precinct.records.IncidentReportDetails.PropertyStatus;

/**
 * Turns what an author typed into report content, refusing what cannot be right: dates that do not exist, lie in the
 * future or in the wrong order, dates of birth no living person has, values below nothing or beyond belief, plates
 * with characters no plate has, codes that are not in the NIBRS tables. Every field is checked, so that one refusal
 * names everything wrong. What is merely missing is not refused here: a draft may be incomplete, and
 * {@link CompletenessCheck} lists what it lacks.
 *
 * <p>A person's juvenile mark follows from the date of birth when it is known (under 18 on the day of the incident);
 * otherwise the author says so.
 */
public final class ContentRules {

    static final int MAX_NARRATIVE = 20_000;
    static final int MAX_TEXT = 200;
    static final long MAX_VALUE_CENTS = 10_000_000_000L;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final LocalDate EARLIEST_INCIDENT = LocalDate.of(1950, 1, 1);
    private static final Pattern PLATE = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,9}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    private final ZoneId zone;

    public ContentRules(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * Checks the input and returns the content it describes.
     *
     * @param previous what the report said before, whose people and vehicles keep their links to the master indexes;
     *     {@code null} for a new report
     * @param now the present, after which nothing can have happened
     * @throws InvalidReportInput naming every field that cannot be right
     */
    public ReportContent check(ReportInput input, ReportContent previous, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        HowReceived howReceived =
                choice(problems, "howReceived", input.howReceived(), HowReceived.class, HowReceived.OFFICER_INITIATED);
        String address = text(problems, "address", input.address(), MAX_TEXT);
        Double latitude = coordinate(problems, "latitude", input.latitude(), 90);
        Double longitude = coordinate(problems, "longitude", input.longitude(), 180);
        if ((latitude == null) != (longitude == null) && !problems.containsKey("latitude")) {
            problems.put("latitude", "records.report.input.point-incomplete");
        }
        Instant occurredFrom = moment(problems, "occurredFrom", input.occurredFrom(), now);
        Instant occurredTo = moment(problems, "occurredTo", input.occurredTo(), now);
        if (occurredFrom != null && occurredTo != null && occurredTo.isBefore(occurredFrom)) {
            problems.putIfAbsent("occurredTo", "records.report.input.ends-before-start");
        }
        Instant reportedAt = moment(problems, "reportedAt", input.reportedAt(), now);
        if (reportedAt == null && !problems.containsKey("reportedAt")) {
            reportedAt = previous == null ? now : previous.reportedAt();
        }
        if (reportedAt != null && occurredFrom != null && reportedAt.isBefore(occurredFrom)) {
            problems.putIfAbsent("reportedAt", "records.report.input.reported-before-occurred");
        }
        String narrative = text(problems, "narrative", input.narrative(), MAX_NARRATIVE);
        Clearance clearance = choice(problems, "clearance", input.clearance(), Clearance.class, Clearance.OPEN);
        String exceptional =
                code(problems, "exceptionalClearance", input.exceptionalClearance(), Table.EXCEPTIONAL_CLEARANCE);
        if (clearance == Clearance.EXCEPTIONALLY_CLEARED && exceptional == null) {
            problems.putIfAbsent("exceptionalClearance", "records.report.input.exceptional-needed");
        }
        if (clearance != Clearance.EXCEPTIONALLY_CLEARED) {
            exceptional = null;
        }
        LocalDate clearedOn = date(problems, "clearedOn", input.clearedOn(), now);
        if (clearedOn != null && occurredFrom != null && clearedOn.isBefore(day(occurredFrom))) {
            problems.putIfAbsent("clearedOn", "records.report.input.cleared-before-occurred");
        }
        LocalDate incidentDay = day(occurredFrom != null ? occurredFrom : reportedAt != null ? reportedAt : now);

        List<IncidentReportDetails.Offense> offenses = new ArrayList<>();
        int index = 0;
        for (ReportInput.OffenseInput offense : input.offenses()) {
            // Problems name the row by its place in what was sent, blank rows included, as the form and API count.
            String at = "offenses[" + index++ + "].";
            if (offense == null || offense.blank()) {
                continue;
            }
            String code = offense.code() == null ? null : offense.code().strip().toUpperCase(Locale.ROOT);
            if (code == null || code.isEmpty()) {
                problems.putIfAbsent(at + "code", "records.report.input.required");
            } else if (!IncidentReportCodes.contains(Table.OFFENSE, code)) {
                problems.putIfAbsent(at + "code", "records.report.input.offense-unknown");
            }
            offenses.add(new IncidentReportDetails.Offense(
                    code,
                    yes(offense.attempted()),
                    code(problems, at + "locationType", offense.locationType(), Table.LOCATION),
                    code(problems, at + "weaponForce", offense.weaponForce(), Table.WEAPON),
                    code(problems, at + "biasMotivation", offense.biasMotivation(), Table.BIAS)));
        }

        List<IncidentReportDetails.Person> people = new ArrayList<>();
        index = 0;
        for (ReportInput.PersonInput person : input.people()) {
            // Problems name the row by its place in what was sent, blank rows included, as the form and API count.
            String at = "people[" + index++ + "].";
            if (person == null || person.blank()) {
                continue;
            }
            PersonRole role = choice(problems, at + "role", person.role(), PersonRole.class, null);
            if (role == null) {
                problems.putIfAbsent(at + "role", "records.report.input.required");
            }
            String lastName = text(problems, at + "lastName", person.lastName(), 100);
            if (lastName == null) {
                problems.putIfAbsent(at + "lastName", "records.report.input.required");
            }
            LocalDate born = birth(problems, at + "dateOfBirth", person.dateOfBirth(), incidentDay, now);
            boolean juvenile =
                    born != null ? Period.between(born, incidentDay).getYears() < 18 : yes(person.juvenile());
            Long master = previous == null || person.id() == null
                    ? null
                    : previous.people().stream()
                            .filter(stored -> person.id().equals(stored.id()))
                            .map(IncidentReportDetails.Person::masterPersonId)
                            .filter(Objects::nonNull)
                            .findFirst()
                            .orElse(null);
            people.add(new IncidentReportDetails.Person(
                    previousId(
                            person.id(),
                            previous == null ? List.of() : previous.people(),
                            IncidentReportDetails.Person::id),
                    role,
                    yes(person.organisation()),
                    lastName,
                    text(problems, at + "firstName", person.firstName(), 100),
                    born,
                    code(problems, at + "sex", person.sex(), Table.SEX),
                    code(problems, at + "race", person.race(), Table.RACE),
                    juvenile,
                    text(problems, at + "phone", person.phone(), 40),
                    text(problems, at + "address", person.address(), MAX_TEXT),
                    master));
        }

        List<IncidentReportDetails.Vehicle> vehicles = new ArrayList<>();
        index = 0;
        for (ReportInput.VehicleInput vehicle : input.vehicles()) {
            // Problems name the row by its place in what was sent, blank rows included, as the form and API count.
            String at = "vehicles[" + index++ + "].";
            if (vehicle == null || vehicle.blank()) {
                continue;
            }
            String plate = upper(vehicle.plate());
            if (plate != null && !PLATE.matcher(plate).matches()) {
                problems.putIfAbsent(at + "plate", "records.report.input.plate-characters");
            }
            String state = upper(vehicle.plateState());
            if (state != null && !STATE.matcher(state).matches()) {
                problems.putIfAbsent(at + "plateState", "records.report.input.state");
            }
            String vin = upper(vehicle.vin());
            if (vin != null && !VIN.matcher(vin).matches()) {
                problems.putIfAbsent(at + "vin", "records.report.input.vin-format");
            }
            Integer year = null;
            if (!blank(vehicle.year())) {
                try {
                    year = Integer.valueOf(vehicle.year().strip());
                    if (year < 1900 || year > day(now).getYear() + 1) {
                        problems.putIfAbsent(at + "year", "records.report.input.year-impossible");
                    }
                } catch (NumberFormatException notANumber) {
                    problems.putIfAbsent(at + "year", "records.report.input.year-impossible");
                }
            }
            Long master = previous == null || vehicle.id() == null
                    ? null
                    : previous.vehicles().stream()
                            .filter(stored -> vehicle.id().equals(stored.id()))
                            .map(IncidentReportDetails.Vehicle::masterVehicleId)
                            .filter(Objects::nonNull)
                            .findFirst()
                            .orElse(null);
            vehicles.add(new IncidentReportDetails.Vehicle(
                    previousId(
                            vehicle.id(),
                            previous == null ? List.of() : previous.vehicles(),
                            IncidentReportDetails.Vehicle::id),
                    plate,
                    state,
                    vin,
                    text(problems, at + "make", vehicle.make(), 60),
                    text(problems, at + "model", vehicle.model(), 60),
                    year,
                    text(problems, at + "colour", vehicle.colour(), 40),
                    master));
        }

        List<IncidentReportDetails.PropertyItem> property = new ArrayList<>();
        index = 0;
        for (ReportInput.PropertyInput item : input.property()) {
            // Problems name the row by its place in what was sent, blank rows included, as the form and API count.
            String at = "property[" + index++ + "].";
            if (item == null || item.blank()) {
                continue;
            }
            String description = text(problems, at + "description", item.description(), MAX_TEXT);
            if (description == null) {
                problems.putIfAbsent(at + "description", "records.report.input.required");
            }
            PropertyStatus status = choice(problems, at + "status", item.status(), PropertyStatus.class, null);
            if (status == null) {
                problems.putIfAbsent(at + "status", "records.report.input.required");
            }
            property.add(new IncidentReportDetails.PropertyItem(
                    previousId(
                            item.id(),
                            previous == null ? List.of() : previous.property(),
                            IncidentReportDetails.PropertyItem::id),
                    description,
                    code(problems, at + "category", item.category(), Table.PROPERTY),
                    cents(problems, at + "value", item.value()),
                    text(problems, at + "serial", item.serial(), 60),
                    status));
        }

        if (!problems.isEmpty()) {
            throw new InvalidReportInput(problems);
        }
        return new ReportContent(
                howReceived,
                address,
                latitude,
                longitude,
                null,
                null,
                occurredFrom,
                occurredTo,
                reportedAt,
                offenses,
                people,
                vehicles,
                property,
                narrative,
                clearance,
                exceptional,
                clearedOn);
    }

    /** Whether the 17-character VIN's ninth character is the check digit its other characters give. */
    public static boolean vinCheckDigitMatches(String vin) {
        if (vin == null || !VIN.matcher(vin).matches()) {
            return false;
        }
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int position = 0; position < 17; position++) {
            sum += transliterated(vin.charAt(position)) * weights[position];
        }
        int check = sum % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return vin.charAt(8) == expected;
    }

    private static int transliterated(char character) {
        if (Character.isDigit(character)) {
            return character - '0';
        }
        String values = "A1B2C3D4E5F6G7H8J1K2L3M4N5P7R9S2T3U4V5W6X7Y8Z9";
        int at = values.indexOf(character);
        return values.charAt(at + 1) - '0';
    }

    /**
     * A part's id when the report had a part with it before; {@code null} (a new part) for any other, so that an id
     * sent from outside can never take another report's part or one the database has not handed out.
     */
    private static <T> Long previousId(Long id, List<T> before, Function<T, Long> idOf) {
        if (id == null) {
            return null;
        }
        return before.stream().map(idOf).anyMatch(id::equals) ? id : null;
    }

    static boolean allBlank(String... values) {
        for (String value : values) {
            if (!blank(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean yes(String value) {
        return value != null
                && ("true".equalsIgnoreCase(value.strip())
                        || "yes".equalsIgnoreCase(value.strip())
                        || "on".equalsIgnoreCase(value.strip())
                        || "ATTEMPTED".equalsIgnoreCase(value.strip()));
    }

    private static String upper(String value) {
        return blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String text(Map<String, String> problems, String field, String value, int max) {
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.putIfAbsent(field, "records.report.input.too-long");
            return null;
        }
        return stripped;
    }

    private static <E extends Enum<E>> E choice(
            Map<String, String> problems, String field, String value, Class<E> type, E fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.putIfAbsent(field, "records.report.input.choice");
            return fallback;
        }
    }

    private static String code(Map<String, String> problems, String field, String value, Table table) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!IncidentReportCodes.contains(table, code)) {
            problems.putIfAbsent(field, "records.report.input.code-unknown");
            return null;
        }
        return code;
    }

    private static Double coordinate(Map<String, String> problems, String field, String value, double limit) {
        if (blank(value)) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isNaN(parsed) || Math.abs(parsed) > limit) {
                problems.putIfAbsent(field, "records.report.input.coordinate");
                return null;
            }
            return parsed;
        } catch (NumberFormatException notANumber) {
            problems.putIfAbsent(field, "records.report.input.coordinate");
            return null;
        }
    }

    /** A moment, with an offset or in the department's time; never after {@code now}, never before 1950. */
    private Instant moment(Map<String, String> problems, String field, String value, Instant now) {
        if (blank(value)) {
            return null;
        }
        Instant parsed = parse(value.strip(), text -> OffsetDateTime.parse(text).toInstant());
        if (parsed == null) {
            parsed = parse(
                    value.strip(),
                    text -> LocalDateTime.parse(text).atZone(zone).toInstant());
        }
        if (parsed == null) {
            problems.putIfAbsent(field, "records.report.input.date-impossible");
            return null;
        }
        // A few minutes of grace for clocks that differ between the author's device and the server.
        if (parsed.isAfter(now.plusSeconds(300))) {
            problems.putIfAbsent(field, "records.report.input.future");
            return null;
        }
        if (day(parsed).isBefore(EARLIEST_INCIDENT)) {
            problems.putIfAbsent(field, "records.report.input.date-impossible");
            return null;
        }
        return parsed;
    }

    private LocalDate date(Map<String, String> problems, String field, String value, Instant now) {
        if (blank(value)) {
            return null;
        }
        LocalDate parsed = parse(value.strip(), LocalDate::parse);
        if (parsed == null || parsed.isBefore(EARLIEST_INCIDENT)) {
            problems.putIfAbsent(field, "records.report.input.date-impossible");
            return null;
        }
        if (parsed.isAfter(day(now))) {
            problems.putIfAbsent(field, "records.report.input.future");
            return null;
        }
        return parsed;
    }

    private LocalDate birth(
            Map<String, String> problems, String field, String value, LocalDate incidentDay, Instant now) {
        if (blank(value)) {
            return null;
        }
        LocalDate parsed = parse(value.strip(), LocalDate::parse);
        if (parsed == null
                || parsed.isBefore(EARLIEST_BIRTH)
                || parsed.isAfter(day(now))
                || parsed.isAfter(incidentDay)) {
            problems.putIfAbsent(field, "records.report.input.birth-impossible");
            return null;
        }
        return parsed;
    }

    private static Long cents(Map<String, String> problems, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            BigDecimal dollars = new BigDecimal(value.strip().replace("$", "").replace(",", ""));
            if (dollars.signum() < 0 || dollars.scale() > 2) {
                problems.putIfAbsent(field, "records.report.input.value-impossible");
                return null;
            }
            long cents = dollars.movePointRight(2).longValueExact();
            if (cents > MAX_VALUE_CENTS) {
                problems.putIfAbsent(field, "records.report.input.value-impossible");
                return null;
            }
            return cents;
        } catch (NumberFormatException | ArithmeticException notMoney) {
            problems.putIfAbsent(field, "records.report.input.value-impossible");
            return null;
        }
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (DateTimeException | IllegalArgumentException notParsed) {
            return null;
        }
    }
}
