package org.precinct.analysis.importing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.precinct.analysis.IncidentImportRejection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs of the staff page, in the database: the page polls a job's progress, and the poll may reach
 * another node than the one running the import.
 */
@Repository
class IncidentImportJobs {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    IncidentImportJobs(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    UUID start(IncidentImportFormat format, String fileName, String startedBy, int totalLines) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into analysis.import_job (id, format, file_name, started_by, started_at, total_lines)
                        values (:id, :format, :fileName, :startedBy, :startedAt, :totalLines)
                        """)
                .param("id", id)
                .param("format", format.name())
                .param("fileName", fileName)
                .param("startedBy", startedBy)
                .param("startedAt", java.sql.Timestamp.from(clock.instant()))
                .param("totalLines", totalLines)
                .update();
        return id;
    }

    void progress(UUID id, long lines, int imported, int skipped) {
        jdbc.sql("update analysis.import_job set done_lines = :lines, imported = :imported, skipped = :skipped"
                        + " where id = :id")
                .param("id", id)
                .param("lines", (int) Math.min(Integer.MAX_VALUE, lines))
                .param("imported", imported)
                .param("skipped", skipped)
                .update();
    }

    void finish(
            UUID id, int imported, int skipped, List<IncidentImportRejection> rejected, Map<String, Integer> codes) {
        jdbc.sql("""
                        update analysis.import_job set finished_at = :now, done_lines = total_lines,
                            imported = :imported, skipped = :skipped,
                            rejected = cast(:rejected as jsonb), skipped_codes = cast(:codes as jsonb)
                        where id = :id
                        """)
                .param("id", id)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("imported", imported)
                .param("skipped", skipped)
                .param("rejected", json.writeValueAsString(rejected))
                .param("codes", json.writeValueAsString(codes))
                .update();
    }

    void fail(UUID id) {
        jdbc.sql("update analysis.import_job set finished_at = :now, failed = true where id = :id")
                .param("id", id)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    Optional<IncidentImportJob> find(UUID id) {
        return jdbc.sql("select * from analysis.import_job where id = :id")
                .param("id", id)
                .query((row, index) -> new IncidentImportJob(
                        row.getObject("id", UUID.class),
                        IncidentImportFormat.valueOf(row.getString("format")),
                        row.getString("file_name"),
                        row.getString("started_by"),
                        row.getTimestamp("started_at").toInstant(),
                        row.getTimestamp("finished_at") == null
                                ? null
                                : row.getTimestamp("finished_at").toInstant(),
                        row.getInt("total_lines"),
                        row.getInt("done_lines"),
                        row.getInt("imported"),
                        row.getInt("skipped"),
                        json.readValue(
                                row.getString("rejected"), new TypeReference<List<IncidentImportRejection>>() {}),
                        json.readValue(
                                row.getString("skipped_codes"),
                                new TypeReference<java.util.LinkedHashMap<String, Integer>>() {}),
                        row.getBoolean("failed")))
                .optional();
    }
}
