package org.precinct.records.index.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.records.MasterIndexes;
import org.precinct.records.MasterPersonDetails;
import org.precinct.records.MasterPersonName;
import org.precinct.records.MasterRecordInvalidException;
import org.precinct.records.MasterRecordMatch;
import org.precinct.records.MasterRecordSaved;
import org.precinct.records.MasterVehicleDetails;
import org.precinct.records.check.ItemMatch;
import org.precinct.records.check.PersonMatch;
import org.precinct.records.check.RecordCheckInvalidException;
import org.precinct.records.check.RecordCheckRequest;
import org.precinct.records.check.RecordCheckResult;
import org.precinct.records.check.RecordChecks;
import org.precinct.records.index.RecordsStaff;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The master person and vehicle indexes as JSON for staff apps (bearer token): making records, and the record
 * check's searches. Refusals are problem+json with an {@code errors} list of field and message; nothing is saved.
 */
@RestController
@Tag(name = "Master indexes", description = "Persons and vehicles across reports; record checks")
class MasterIndexRestController {

    private static final String WRITERS = "hasAnyRole('OFFICER','SUPERVISOR','RECORDS')";
    private static final String CHECKERS = "hasAnyRole('OFFICER','SUPERVISOR','RECORDS','COMMAND','ADMIN')";
    private static final String API_REASON = "API search";

    private final MasterIndexes indexes;
    private final RecordChecks checks;
    private final MessageSource messages;

    MasterIndexRestController(MasterIndexes indexes, RecordChecks checks, MessageSource messages) {
        this.indexes = indexes;
        this.checks = checks;
        this.messages = messages;
    }

    record NameJson(String lastName, String firstName, String middleName) {}

    record PersonJson(
            String lastName,
            String firstName,
            String middleName,
            String dateOfBirth,
            String sex,
            String race,
            Integer heightInches,
            Integer weightPounds,
            String hair,
            String eyes,
            String licenceNumber,
            String licenceState,
            List<NameJson> aliases) {}

    record VehicleJson(
            String vin, String plate, String plateState, String make, String model, Integer year, String colour) {}

    record MatchJson(long id, String label, String reason) {}

    record SavedJson(long id, List<MatchJson> possibleDuplicates, List<Map<String, String>> warnings) {}

    record PersonFoundJson(
            long id,
            String lastName,
            String firstName,
            LocalDate dateOfBirth,
            double score,
            List<String> cautions,
            String matchedName) {}

    record VehicleFoundJson(long id, String description, String identifiers, String matchedOn) {}

    @PostMapping("/api/v1/persons")
    @PreAuthorize(WRITERS)
    @Operation(
            summary = "Make a master person record",
            description = "Answers 201 with the id, and records that may be the same person (same name sound and"
                    + " date of birth, or same licence and state) for a merge by records staff.")
    ResponseEntity<SavedJson> createPerson(@RequestBody PersonJson body, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate dob = date(body.dateOfBirth(), "dateOfBirth", problems);
        if (!problems.isEmpty()) {
            throw new MasterRecordInvalidException(problems);
        }
        MasterPersonDetails details = new MasterPersonDetails(
                new MasterPersonName(
                        body.lastName() == null ? "" : body.lastName(), body.firstName(), body.middleName()),
                dob,
                body.sex(),
                body.race(),
                body.heightInches(),
                body.weightPounds(),
                body.hair(),
                body.eyes(),
                body.licenceNumber(),
                body.licenceState(),
                body.aliases() == null
                        ? List.of()
                        : body.aliases().stream()
                                .map(alias -> alias == null
                                        ? null
                                        : new MasterPersonName(
                                                alias.lastName() == null ? "" : alias.lastName(),
                                                alias.firstName(),
                                                alias.middleName()))
                                .toList(),
                List.of(),
                List.of(),
                List.of());
        return created("/staff/records/persons/", indexes.registerPerson(details), locale);
    }

    @PostMapping("/api/v1/vehicles")
    @PreAuthorize(WRITERS)
    @Operation(
            summary = "Make a master vehicle record",
            description = "A VIN whose check digit does not add up is kept, with a warning in the answer.")
    ResponseEntity<SavedJson> createVehicle(@RequestBody VehicleJson body, Locale locale) {
        MasterRecordSaved saved = indexes.registerVehicle(new MasterVehicleDetails(
                body.vin(), body.plate(), body.plateState(), body.make(), body.model(), body.year(), body.colour()));
        return created("/staff/records/vehicles/", saved, locale);
    }

    @GetMapping("/api/v1/persons/search")
    @PreAuthorize(CHECKERS)
    @Operation(
            summary = "Search persons by name, licence, phone or address",
            description = "Best match first. Names match by sound, nickname, typo and swapped order. Each search is"
                    + " logged with the reason given (reason=...).")
    List<PersonFoundJson> searchPersons(
            @RequestParam String q,
            @RequestParam(required = false) String dob,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate dateOfBirth = date(dob, "dob", problems);
        if (!problems.isEmpty()) {
            throw new RecordCheckInvalidException(problems);
        }
        RecordCheckResult result = checks.check(
                new RecordCheckRequest(q, reason == null ? API_REASON : reason, dateOfBirth, null, null, limit),
                RecordsStaff.current());
        return result.persons().stream().map(MasterIndexRestController::json).toList();
    }

    @GetMapping("/api/v1/vehicles/search")
    @PreAuthorize(CHECKERS)
    @Operation(
            summary = "Search vehicles by plate, partial plate (ABC1?3) or VIN",
            description = "Each search is logged with the reason given (reason=...).")
    List<VehicleFoundJson> searchVehicles(
            @RequestParam String q,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) String reason) {
        RecordCheckResult result = checks.check(
                new RecordCheckRequest(q, reason == null ? API_REASON : reason, null, null, null, limit),
                RecordsStaff.current());
        return result.items().stream()
                .filter(item -> item.kind() == org.precinct.records.MasterRecordKind.VEHICLE)
                .map(item -> new VehicleFoundJson(item.id(), item.title(), item.identifiers(), matched(item)))
                .toList();
    }

    @ExceptionHandler(MasterRecordInvalidException.class)
    ResponseEntity<ProblemDetail> invalid(MasterRecordInvalidException exception, Locale locale) {
        return ResponseEntity.badRequest().body(problem(exception.problems(), locale));
    }

    @ExceptionHandler(RecordCheckInvalidException.class)
    ResponseEntity<ProblemDetail> invalid(RecordCheckInvalidException exception, Locale locale) {
        return ResponseEntity.badRequest().body(problem(exception.problems(), locale));
    }

    private ProblemDetail problem(Map<String, String> problems, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("records.index.problem.not-saved", null, locale));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty(
                "errors",
                problems.entrySet().stream()
                        .map(entry -> Map.of(
                                "field",
                                entry.getKey(),
                                "message",
                                messages.getMessage(entry.getValue(), null, locale)))
                        .toList());
        return problem;
    }

    private ResponseEntity<SavedJson> created(String path, MasterRecordSaved saved, Locale locale) {
        List<MatchJson> duplicates = saved.possibleDuplicates().stream()
                .map((MasterRecordMatch match) -> new MatchJson(match.id(), match.label(), match.reason()))
                .toList();
        List<Map<String, String>> warnings = saved.warnings().stream()
                .map(key -> Map.of("code", key, "message", messages.getMessage(key, null, locale)))
                .toList();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(path + saved.id()))
                .body(new SavedJson(saved.id(), duplicates, warnings));
    }

    private static PersonFoundJson json(PersonMatch match) {
        return new PersonFoundJson(
                match.id(),
                match.lastName(),
                match.firstName(),
                match.dateOfBirth(),
                Math.round(match.score() * 1000) / 1000.0,
                match.cautions().stream().map(Enum::name).toList(),
                match.matchedName());
    }

    private String matched(ItemMatch item) {
        return item.matchedOn().substring(item.matchedOn().lastIndexOf('.') + 1);
    }

    private static LocalDate date(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "records.index.problem.date");
            return null;
        }
    }
}
