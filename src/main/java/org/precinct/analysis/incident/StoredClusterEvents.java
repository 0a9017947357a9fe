package org.precinct.analysis.incident;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.EmergingClusterEvents;
import org.precinct.shared.PrecinctProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The incident store as the emerging-cluster scan and the near-repeat test read it: incidents with a point, dated
 * by the day they happened in the department's zone (a burglary at 11 p.m. belongs to that evening's day, as the
 * people who live there count it).
 */
@Component
class StoredClusterEvents implements EmergingClusterEvents {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    StoredClusterEvents(JdbcClient jdbc, PrecinctProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    @Override
    public List<EmergingClusterEvent> between(Set<String> offenses, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, latitude, longitude, occurred_at
                        from analysis.incident
                        where occurred_at >= :start and occurred_at < :end
                          and latitude is not null
                          and (cardinality(cast(:offenses as text[])) = 0 or offense = any(cast(:offenses as text[])))
                        """)
                .param("start", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .param("offenses", new SqlArrayValue("text", offenses.toArray()))
                .query((row, index) -> new EmergingClusterEvent(
                        row.getLong("id"),
                        row.getDouble("latitude"),
                        row.getDouble("longitude"),
                        row.getTimestamp("occurred_at").toInstant().atZone(zone).toLocalDate()))
                .list();
    }
}
