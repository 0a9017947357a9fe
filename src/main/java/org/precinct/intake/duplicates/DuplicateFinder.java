package org.precinct.intake.duplicates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.precinct.geography.GeoPoint;
import org.precinct.intake.DuplicateCandidate;
import org.precinct.intake.DuplicateCandidates;
import org.precinct.intake.DuplicateQuery;
import org.precinct.intake.DuplicateWindow;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.RecordedDuplicate;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.RoughPlace;
import org.precinct.intake.TrackingNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate check against the stored reports. For the reported type and each related one it reads the nearest
 * open reports inside a box around the place whose period comes within the window of the reported one, all from
 * the index {@code service_request_duplicate_idx} (see its migration for the plan and timings), then keeps those
 * truly within the window's distance and scores them. Descriptions are compared by PostgreSQL's trigram similarity
 * (pg_trgm), on their first {@value DuplicateQuery#COMPARED_LENGTH} characters.
 */
@Service
class DuplicateFinder implements DuplicateCandidates {

    /** Reports read per type before scoring: far more than are ever shown, and a bound on the work of one check. */
    private static final int NEAREST_PER_TYPE = 50;
    /** Words as alike as they can count: the highest score a report found could reach. */
    private static final double ALIKE = DuplicateScore.ALIKE_SIMILARITY;

    private static final double METRES_PER_DEGREE_OF_LATITUDE = Math.toRadians(GeoPoint.EARTH_RADIUS_METRES);

    /** Written out as the index's predicate is, so that PostgreSQL sees the index serves the query. */
    private static final String OPEN_STATUSES = Arrays.stream(RequestStatus.values())
            .filter(RequestStatus::isOpen)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private static final String PERIOD = "tstzrange(coalesce(r.occurred_from, r.occurred_to, r.created_at),"
            + " coalesce(r.occurred_to, r.occurred_from, r.created_at), '[]')";

    private static final String LANE_POINT =
            "point(r.longitude + intake.type_lane(r.incident_type_code) * 360, r.latitude)";

    /**
     * Nearest first within the box, per wanted type. The point is moved into the type's lane, as the index keeps it
     * (see the migration that made {@code service_request_duplicate_idx}); distances within a lane are unchanged.
     */
    static final String SEARCH = """
            select c.* from unnest(cast(:codes as text[])) as wanted(code)
            cross join lateral (select intake.type_lane(wanted.code) * 360 as shift) lane
            cross join lateral (
                select r.id, r.tracking_number, r.incident_type_code, r.address, r.latitude, r.longitude,
                       coalesce(r.occurred_from, r.occurred_to, r.created_at) as period_from,
                       coalesce(r.occurred_to, r.occurred_from, r.created_at) as period_to
                from intake.service_request r
                where r.incident_type_code = wanted.code
                  and r.latitude is not null
                  and r.status in (%s)
                  and %s && tstzrange(:from, :to, '[]')
                  and %s <@ box(point(:west + lane.shift, :south), point(:east + lane.shift, :north))
                  and (cast(:excluded as text) is null or r.tracking_number <> :excluded)
                order by %s <-> point(:longitude + lane.shift, :latitude)
                limit :nearest) c
            """.formatted(OPEN_STATUSES, PERIOD, LANE_POINT, LANE_POINT);

    /**
     * How alike the words of some of the reports found are. Asked apart from the search, and only of the reports
     * whose words can change which come first: comparing letter triples costs far more than finding the reports.
     */
    private static final String WORDS = """
            select id, similarity(left(description, %d), :text) as text_score
            from intake.service_request
            where id = any(cast(:ids as bigint[]))
            """.formatted(DuplicateQuery.COMPARED_LENGTH);

    private final JdbcClient jdbc;
    private final IncidentTypes types;
    private final TypeRelations relations;
    private final Clock clock;

    DuplicateFinder(JdbcClient jdbc, IncidentTypes types, TypeRelations relations, Clock clock) {
        this.jdbc = jdbc;
        this.types = types;
        this.relations = relations;
        this.clock = clock;
    }

    @Override
    public List<DuplicateCandidate> find(DuplicateQuery query) {
        return best(query, null, MAX_CANDIDATES).stream().map(Found::candidate).toList();
    }

    /** Whether {@code report} is among the likely duplicates of {@code query}, however many there are. */
    boolean isCandidate(DuplicateQuery query, TrackingNumber report) {
        return nearby(query, null).reports().stream()
                .anyMatch(nearby -> nearby.number().equals(report));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFor(TrackingNumber newReport, DuplicateQuery query) {
        // Every filing runs the search, so it is planned once per connection rather than on each call: PostgreSQL's
        // own choice keeps planning it anew (its estimate for the list of types makes the one plan look dearer),
        // and planning costs as much as running it. For the rest of the filing's transaction only.
        jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
        List<Found> recorded = best(query, newReport, MAX_RECORDED);
        if (recorded.isEmpty()) {
            return;
        }
        // One statement for all the links: a filing waits for each trip to the database.
        jdbc.sql("""
                        insert into intake.possible_duplicate (request_id, candidate_id, score, found_at)
                        select r.id, link.candidate, link.score, :at
                        from intake.service_request r,
                             unnest(cast(:candidates as bigint[]), cast(:scores as float8[])) as link(candidate, score)
                        where r.tracking_number = :number
                        on conflict do nothing
                        """)
                .param(
                        "candidates",
                        new SqlArrayValue(
                                "bigint", recorded.stream().map(Found::id).toArray()))
                .param(
                        "scores",
                        new SqlArrayValue(
                                "float8",
                                recorded.stream()
                                        .map(candidate -> candidate.candidate().score())
                                        .toArray()))
                .param("at", Timestamp.from(clock.instant()))
                .param("number", newReport.value())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordedDuplicate> recordedFor(TrackingNumber report) {
        return jdbc.sql("""
                        select o.tracking_number, o.incident_type_code, o.status, p.score, true as earlier, p.found_at
                        from intake.service_request r
                        join intake.possible_duplicate p on p.request_id = r.id
                        join intake.service_request o on o.id = p.candidate_id
                        where r.tracking_number = :number
                        union all
                        select o.tracking_number, o.incident_type_code, o.status, p.score, false, p.found_at
                        from intake.service_request r
                        join intake.possible_duplicate p on p.candidate_id = r.id
                        join intake.service_request o on o.id = p.request_id
                        where r.tracking_number = :number
                        order by score desc, found_at, tracking_number
                        """)
                .param("number", report.value())
                .query((row, index) -> new RecordedDuplicate(
                        new TrackingNumber(row.getString("tracking_number")),
                        row.getString("incident_type_code"),
                        RequestStatus.valueOf(row.getString("status")),
                        row.getDouble("score"),
                        row.getBoolean("earlier"),
                        row.getTimestamp("found_at").toInstant()))
                .list();
    }

    /**
     * The {@code wanted} best candidates, best first. Place, time and type are scored for every report found; the
     * words only for those that can still be among the best: first for the {@code wanted} whose score could be
     * highest, then for any other whose score could reach the lowest of those.
     */
    private List<Found> best(DuplicateQuery query, TrackingNumber excluded, int wanted) {
        Neighbourhood neighbourhood = nearby(query, excluded);
        DuplicateWindow window = neighbourhood.window();
        List<Nearby> byCeiling = neighbourhood.reports().stream()
                .sorted(Comparator.comparingDouble((Nearby nearby) -> nearby.score(window, ALIKE))
                        .reversed())
                .toList();
        Map<Long, Double> words = new HashMap<>();
        compareWords(query.description(), byCeiling.subList(0, Math.min(wanted, byCeiling.size())), words);
        double lowestOfBest = byCeiling.stream()
                .filter(nearby -> words.containsKey(nearby.id()))
                .mapToDouble(nearby -> nearby.score(window, words.get(nearby.id())))
                .min()
                .orElse(0);
        compareWords(
                query.description(),
                byCeiling.stream()
                        .filter(nearby -> !words.containsKey(nearby.id()))
                        .filter(nearby -> nearby.score(window, ALIKE) >= lowestOfBest)
                        .toList(),
                words);
        return byCeiling.stream()
                .filter(nearby -> words.containsKey(nearby.id()))
                .map(nearby -> nearby.found(window, words.get(nearby.id())))
                .sorted(Comparator.comparingDouble(
                                (Found candidate) -> candidate.candidate().score())
                        .reversed()
                        .thenComparingDouble(Found::distance)
                        .thenComparing(candidate ->
                                candidate.candidate().trackingNumber().value()))
                .limit(wanted)
                .toList();
    }

    private void compareWords(String text, List<Nearby> reports, Map<Long, Double> words) {
        if (reports.isEmpty()) {
            return;
        }
        if (text == null || text.isEmpty()) {
            reports.forEach(nearby -> words.put(nearby.id(), 0.0));
            return;
        }
        jdbc.sql(WORDS)
                .param("text", text)
                .param(
                        "ids",
                        new SqlArrayValue(
                                "bigint", reports.stream().map(Nearby::id).toArray()))
                .query((row, index) -> words.put(row.getLong("id"), row.getDouble("text_score")))
                .list();
    }

    /** Every open report of the type or a related one within the type's window, unscored. */
    private Neighbourhood nearby(DuplicateQuery query, TrackingNumber excluded) {
        IncidentTypeView type = types.find(query.incidentType()).orElse(null);
        if (type == null || type.duplicateWindow() == null) {
            return new Neighbourhood(null, List.of());
        }
        DuplicateWindow window = type.duplicateWindow();
        List<String> codes = new ArrayList<>();
        codes.add(type.code().value());
        for (String related : relations.relatedTo(type.code().value())) {
            // A type never compared is not compared as a relative either.
            types.find(related)
                    .filter(relative -> relative.duplicateWindow() != null)
                    .ifPresent(relative -> codes.add(relative.code().value()));
        }
        Instant from = query.occurredFrom() != null
                ? query.occurredFrom()
                : query.occurredTo() != null ? query.occurredTo() : clock.instant();
        Instant to = query.occurredTo() != null && !query.occurredTo().isBefore(from) ? query.occurredTo() : from;
        GeoPoint centre = new GeoPoint(query.latitude(), query.longitude());
        double latitudeDegrees = window.distanceMetres() / METRES_PER_DEGREE_OF_LATITUDE;
        double longitudeDegrees = window.distanceMetres()
                / (METRES_PER_DEGREE_OF_LATITUDE * Math.max(0.01, Math.cos(Math.toRadians(query.latitude()))));
        String typeCode = type.code().value();
        List<Nearby> found = jdbc.sql(SEARCH)
                .param("codes", "{" + String.join(",", codes) + "}")
                .param("from", Timestamp.from(from.minus(window.within())))
                .param("to", Timestamp.from(to.plus(window.within())))
                .param("west", query.longitude() - longitudeDegrees)
                .param("east", query.longitude() + longitudeDegrees)
                .param("south", query.latitude() - latitudeDegrees)
                .param("north", query.latitude() + latitudeDegrees)
                .param("longitude", query.longitude())
                .param("latitude", query.latitude())
                .param("excluded", excluded == null ? null : excluded.value())
                .param("nearest", NEAREST_PER_TYPE)
                .query((row, index) -> {
                    GeoPoint at = new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude"));
                    Instant periodFrom = row.getTimestamp("period_from").toInstant();
                    Instant periodTo = row.getTimestamp("period_to").toInstant();
                    String candidateType = row.getString("incident_type_code");
                    return new Nearby(
                            row.getLong("id"),
                            new TrackingNumber(row.getString("tracking_number")),
                            candidateType,
                            candidateType.equals(typeCode),
                            RoughPlace.of(row.getString("address"), at.latitude(), at.longitude()),
                            periodFrom,
                            centre.metresTo(at),
                            apart(from, to, periodFrom, periodTo));
                })
                .list();
        return new Neighbourhood(
                window,
                found.stream()
                        .filter(nearby -> nearby.distance() <= window.distanceMetres())
                        .toList());
    }

    /** How far apart two periods are; zero when they overlap. */
    static Duration apart(Instant from, Instant to, Instant otherFrom, Instant otherTo) {
        if (otherFrom.isAfter(to)) {
            return Duration.between(to, otherFrom);
        }
        if (from.isAfter(otherTo)) {
            return Duration.between(otherTo, from);
        }
        return Duration.ZERO;
    }

    private record Found(long id, double distance, DuplicateCandidate candidate) {}

    private record Neighbourhood(DuplicateWindow window, List<Nearby> reports) {}

    /** A report found near the new one in place and time, before its words are compared. */
    private record Nearby(
            long id,
            TrackingNumber number,
            String type,
            boolean sameType,
            RoughPlace place,
            Instant periodFrom,
            double distance,
            Duration apart) {

        double score(DuplicateWindow window, double words) {
            return DuplicateScore.of(distance, window.distanceMetres(), apart, window.within(), words, sameType);
        }

        Found found(DuplicateWindow window, double words) {
            return new Found(
                    id,
                    distance,
                    new DuplicateCandidate(number, type, sameType, place, periodFrom, score(window, words)));
        }
    }
}
