package org.precinct.intake.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.precinct.intake.TrackingNumber;

/**
 * The filters of GET requests, read as the specification says: {@code service_request_id} (comma-separated) overrides
 * every other argument; {@code service_code} and {@code status} may be repeated and comma-separated; {@code
 * start_date} and {@code end_date} span at most 90 days and, when not given, the listing covers the most recent 90
 * days; at most {@value #LIMIT} requests, newest first.
 *
 * @param ids the requests asked for by id; empty when the filter applies instead
 * @param filter the filter, when no id was asked for
 */
record RequestQuery(List<String> ids, Open311RequestStore.Filter filter) {

    static final int LIMIT = 1000;
    static final Duration MAX_SPAN = Duration.ofDays(90);

    /** A query, or what is wrong with the parameters. */
    record Parsed(RequestQuery query, List<Open311Problem> problems) {}

    static Parsed parse(Open311Params params, Instant now, ZoneId zone) {
        List<Open311Problem> problems = new ArrayList<>();
        List<String> ids = params.list("service_request_id");
        if (!ids.isEmpty()) {
            if (ids.size() > LIMIT) {
                problems.add(Open311Problem.of("service_request_id", "open311.error.ids.too-many", LIMIT));
            }
            // An id that cannot be a tracking number names no request: it is left out, like an unknown one.
            List<String> wellFormed = ids.stream()
                    .filter(TrackingNumber::isWellFormed)
                    .map(id -> new TrackingNumber(id).value())
                    .distinct()
                    .toList();
            return new Parsed(problems.isEmpty() ? new RequestQuery(wellFormed, null) : null, problems);
        }
        Boolean open = null;
        Set<String> statuses = params.list("status").stream()
                .map(status -> status.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (String status : statuses) {
            if (!status.equals("open") && !status.equals("closed")) {
                problems.add(Open311Problem.of("status", "open311.error.status"));
            }
        }
        if (statuses.size() == 1 && problems.isEmpty()) {
            open = statuses.contains("open");
        }
        Instant start = date(params.first("start_date"), "start_date", false, zone, problems);
        Instant end = date(params.first("end_date"), "end_date", true, zone, problems);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                problems.add(Open311Problem.of("end_date", "open311.error.date.order"));
            } else if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
                problems.add(Open311Problem.of("end_date", "open311.error.date.span"));
            }
        } else if (start != null) {
            end = start.plus(MAX_SPAN);
        } else if (end != null) {
            start = end.minus(MAX_SPAN);
        } else {
            start = now.minus(MAX_SPAN);
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        List<String> codes = params.list("service_code").stream().distinct().toList();
        return new Parsed(
                new RequestQuery(List.of(), new Open311RequestStore.Filter(codes, open, start, end, LIMIT)), List.of());
    }

    /**
     * A w3 date and time with its zone ({@code 2010-01-01T00:00:00Z}); a complete date alone ({@code 2010-01-01})
     * means that day in the department's zone, from its start for a start date and to its end for an end date.
     */
    private static Instant date(
            String text, String field, boolean endOfDay, ZoneId zone, List<Open311Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                LocalDate day = LocalDate.parse(text);
                return endOfDay
                        ? day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1_000)
                        : day.atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException notADate) {
                problems.add(Open311Problem.of(field, "open311.error.date.format"));
                return null;
            }
        }
    }
}
