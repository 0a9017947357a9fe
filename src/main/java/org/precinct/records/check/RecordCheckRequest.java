package org.precinct.records.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record check as asked: what to look for, why, and optionally a date of birth or an age range.
 *
 * @param query a name, plate, VIN, licence, phone or address, 1 to {@value #MAX_QUERY} characters
 * @param reason why the officer checks, {@value #MIN_REASON} to {@value #MAX_REASON} characters; kept with the check
 * @param dateOfBirth only persons born that day, or {@code null}
 * @param ageFrom youngest age, or {@code null}
 * @param ageTo oldest age, or {@code null}
 * @param limit most persons to show, 1 to {@value #MAX_LIMIT}
 */
public record RecordCheckRequest(
        String query, String reason, LocalDate dateOfBirth, Integer ageFrom, Integer ageTo, int limit) {

    public static final int MAX_QUERY = 100;
    public static final int MIN_REASON = 3;
    public static final int MAX_REASON = 200;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 10;

    /** What is wrong with the request, field to message key, in the order of the form. */
    public Map<String, String> problems(Clock clock) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            problems.put("q", "records.check.problem.query-required");
        } else if (query.strip().length() > MAX_QUERY) {
            problems.put("q", "records.check.problem.query-too-long");
        }
        if (reason == null || reason.strip().length() < MIN_REASON) {
            problems.put("reason", "records.check.problem.reason-required");
        } else if (reason.strip().length() > MAX_REASON) {
            problems.put("reason", "records.check.problem.reason-too-long");
        }
        if (dateOfBirth != null && dateOfBirth.isAfter(LocalDate.now(clock))) {
            problems.put("dob", "records.index.problem.born-in-future");
        }
        if (ageFrom != null && (ageFrom < 0 || ageFrom > 120)) {
            problems.put("ageFrom", "records.check.problem.age");
        }
        if (ageTo != null && (ageTo < 0 || ageTo > 120)) {
            problems.put("ageTo", "records.check.problem.age");
        } else if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
            problems.put("ageTo", "records.check.problem.age-range");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            problems.put("limit", "records.check.problem.limit");
        }
        return problems;
    }
}
