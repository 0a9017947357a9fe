package org.precinct.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precinct.analysis.incident.BlockAddress;
import org.precinct.analysis.incident.HexagonGrid;
import org.precinct.analysis.incident.SensitiveOffenses;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeoPolygon;
import org.precinct.geography.Geocoder;
import org.precinct.geography.Jurisdiction;
import org.precinct.geography.Location;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.shared.PrecinctProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis store: every incident once, whichever way it came in, and the counts the dashboard and the hotspot
 * map are drawn from.
 *
 * <p>Storing an incident generalises its address to the block, places its point in a beat and jurisdiction (the
 * geography's boundaries; none when it lies outside them all) and in a hexagon of the hotspot grid. Nothing here
 * writes to the audit trail: the pages and the API that read or change the store record what their users do.
 */
@Service
public class AnalysisIncidents {

    private static final String UPSERT = """
            insert into analysis.incident (source, external_id, offense, occurred_at, latitude, longitude,
                                           block_address, beat_code, jurisdiction_code, hex_cell, sensitive, updated_at)
            values (:source, :externalId, :offense, :occurredAt, :latitude, :longitude,
                    :blockAddress, :beatCode, :jurisdictionCode, :hexCell, :sensitive, :updatedAt)
            on conflict (source, external_id) do update set
                offense = excluded.offense, occurred_at = excluded.occurred_at,
                latitude = excluded.latitude, longitude = excluded.longitude,
                block_address = excluded.block_address, beat_code = excluded.beat_code,
                jurisdiction_code = excluded.jurisdiction_code, hex_cell = excluded.hex_cell,
                sensitive = excluded.sensitive, updated_at = excluded.updated_at
            """;

    /** Half an hour: the grain at which the database counts for weeks and months. */
    private static final long PERIOD_SLICE_SECONDS = 1_800;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final Geocoder geocoder;
    private final Boundaries boundaries;
    private final Clock clock;
    private final PrecinctProperties properties;

    AnalysisIncidents(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batches,
            Geocoder geocoder,
            Boundaries boundaries,
            Clock clock,
            PrecinctProperties properties) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.geocoder = geocoder;
        this.boundaries = boundaries;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Stores incidents, each once: an incident already stored under the same source and external id is replaced.
     * All of them or none.
     *
     * @return how many were stored
     */
    @Transactional
    public int upsert(List<AnalysisIncident> incidents) {
        if (incidents.isEmpty()) {
            return 0;
        }
        Map<String, MapSqlParameterSource> rows = new java.util.LinkedHashMap<>();
        Timestamp now = Timestamp.from(clock.instant());
        Map<GeoPoint, Optional<Location>> locations = new HashMap<>();
        // Imported history often lies far outside the department's area: only points inside some jurisdiction
        // need the database to say which beat they are in.
        List<GeoPolygon> areas =
                boundaries.jurisdictions().stream().map(Jurisdiction::boundary).toList();
        for (AnalysisIncident incident : incidents) {
            Optional<Location> location = Optional.empty();
            Long cell = null;
            if (incident.hasPoint()) {
                cell = HexagonGrid.STORE.cellOf(incident.latitude(), incident.longitude());
                // Points repeat (one block, one intersection): each distinct point asks the boundaries once a batch.
                GeoPoint point = new GeoPoint(incident.latitude(), incident.longitude());
                if (areas.stream().anyMatch(area -> area.contains(point))) {
                    location = locations.computeIfAbsent(point, geocoder::locate);
                }
            }
            // A second row with the same id in one batch would make PostgreSQL refuse the whole statement; the last
            // one wins, as it would one by one.
            rows.put(
                    incident.source().name() + "\u0000" + incident.externalId(),
                    new MapSqlParameterSource()
                            .addValue("source", incident.source().name())
                            .addValue("externalId", incident.externalId())
                            .addValue("offense", incident.offense().code())
                            .addValue("occurredAt", Timestamp.from(incident.occurredAt()))
                            .addValue("latitude", incident.latitude())
                            .addValue("longitude", incident.longitude())
                            .addValue("blockAddress", BlockAddress.of(incident.address()))
                            .addValue(
                                    "beatCode", location.map(Location::beatCode).orElse(null))
                            .addValue(
                                    "jurisdictionCode",
                                    location.map(Location::jurisdictionCode).orElse(null))
                            .addValue("hexCell", cell)
                            .addValue(
                                    "sensitive", SensitiveOffenses.sensitive(incident.offense(), incident.sensitive()))
                            .addValue("updatedAt", now));
        }
        batches.batchUpdate(UPSERT, rows.values().toArray(new MapSqlParameterSource[0]));
        return incidents.size();
    }

    /** The incident stored under a source and external id. */
    public Optional<AnalysisIncidentView> find(AnalysisIncidentSource source, String externalId) {
        return jdbc.sql("select * from analysis.incident where source = :source and external_id = :externalId")
                .param("source", source.name())
                .param("externalId", externalId)
                .query(AnalysisIncidents::view)
                .optional();
    }

    /** The incidents a query selects, earliest first, at most {@code limit}. */
    public List<AnalysisIncidentView> list(AnalysisIncidentQuery query, int limit) {
        Where where = where(query);
        return jdbc.sql("select * from analysis.incident where " + where.sql()
                        + " order by occurred_at, id limit :limit")
                .params(where.params())
                .param("limit", Math.max(0, limit))
                .query(AnalysisIncidents::view)
                .list();
    }

    /** How many incidents a query selects. */
    public long count(AnalysisIncidentQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from analysis.incident where " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** The incidents a query selects, counted by one dimension, largest count first (by time: in time order). */
    public List<AnalysisIncidentCount> countBy(AnalysisIncidentDimension dimension, AnalysisIncidentQuery query) {
        if (dimension == AnalysisIncidentDimension.WEEK || dimension == AnalysisIncidentDimension.MONTH) {
            return countByPeriod(dimension, query);
        }
        Where where = where(query);
        String key;
        String extra = "";
        switch (dimension) {
            case OFFENSE -> key = "offense";
            case BEAT -> key = "beat_code";
            case JURISDICTION -> key = "jurisdiction_code";
            case HEX_CELL -> {
                key = "cast(hex_cell as text)";
                extra = " and hex_cell is not null";
            }
            default -> throw new IllegalArgumentException("Unknown dimension " + dimension);
        }
        return jdbc.sql("select " + key + " as key, count(*) as n from analysis.incident where " + where.sql() + extra
                        + " group by 1 order by 2 desc, 1")
                .params(where.params())
                .query((row, index) -> new AnalysisIncidentCount(row.getString("key"), row.getLong("n")))
                .list();
    }

    /**
     * Counts by week or month of the department's zone. The database counts by half hour of UTC, which costs no
     * time zone conversion per row; each half hour is then put in its local week or month here, daylight saving
     * time included (every zone in use changes its offset on a half hour).
     */
    private List<AnalysisIncidentCount> countByPeriod(
            AnalysisIncidentDimension dimension, AnalysisIncidentQuery query) {
        ZoneId zone = properties.timeZone();
        DateTimeFormatter label = dimension == AnalysisIncidentDimension.WEEK
                ? DateTimeFormatter.ISO_LOCAL_DATE
                : DateTimeFormatter.ofPattern("yyyy-MM");
        Where where = where(query);
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("select floor(extract(epoch from occurred_at) / " + PERIOD_SLICE_SECONDS + ") as slice, count(*) as n"
                        + " from analysis.incident where " + where.sql() + " group by 1")
                .params(where.params())
                .query((row, index) -> {
                    LocalDate day = Instant.ofEpochSecond(row.getLong("slice") * PERIOD_SLICE_SECONDS)
                            .atZone(zone)
                            .toLocalDate();
                    LocalDate start = dimension == AnalysisIncidentDimension.WEEK
                            ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            : day.withDayOfMonth(1);
                    counts.merge(start.format(label), row.getLong("n"), Long::sum);
                    return null;
                })
                .list();
        List<AnalysisIncidentCount> result = new ArrayList<>();
        counts.forEach((key, count) -> result.add(new AnalysisIncidentCount(key, count)));
        return result;
    }

    private static Where where(AnalysisIncidentQuery query) {
        StringBuilder sql = new StringBuilder("occurred_at >= :from and occurred_at < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", Timestamp.from(query.from()));
        params.put("to", Timestamp.from(query.to()));
        if (!query.offenses().isEmpty()) {
            sql.append(" and offense in (:offenses)");
            List<String> codes = new ArrayList<>();
            query.offenses().stream().map(NibrsUcrOffense::code).sorted().forEach(codes::add);
            params.put("offenses", codes);
        }
        if (query.jurisdictionCode() != null) {
            sql.append(" and jurisdiction_code = :jurisdiction");
            params.put("jurisdiction", query.jurisdictionCode());
        }
        if (query.beatCode() != null) {
            sql.append(" and beat_code = :beat");
            params.put("beat", query.beatCode());
        }
        return new Where(sql.toString(), params);
    }

    private static AnalysisIncidentView view(ResultSet row, int index) throws SQLException {
        return new AnalysisIncidentView(
                row.getLong("id"),
                AnalysisIncidentSource.valueOf(row.getString("source")),
                row.getString("external_id"),
                row.getString("offense"),
                row.getTimestamp("occurred_at").toInstant(),
                (Double) row.getObject("latitude"),
                (Double) row.getObject("longitude"),
                row.getString("block_address"),
                row.getString("beat_code"),
                row.getString("jurisdiction_code"),
                row.getBoolean("sensitive"));
    }

    private record Where(String sql, Map<String, Object> params) {}
}
