package org.precinct.records.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.records.report.ReportActor;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents of a period as CSV, one row per report, for records staff, command and analysts: numbers, times,
 * place, offenses, clearance and counts of those involved, never a person's name or contact. Periods are days in the
 * department's zone, by when the incident happened (or was reported, when that is not known). Drafts are not
 * incidents yet; sealed reports, and juveniles in the counts, appear only for records staff. Every export is audited.
 */
@Service
public class IncidentCsvExport {

    public static final Set<Role> EXPORTERS = Set.of(Role.RECORDS, Role.COMMAND, Role.ANALYST);
    static final String OBJECT_TYPE = "incident-export";
    static final String HEADER = "report_number,status,how_received,occurred_from,occurred_to,reported_at,"
            + "jurisdiction,beat,address,latitude,longitude,offense_codes,attempted,location_types,weapon_force,"
            + "bias_motivation,clearance,exceptional_clearance,cleared_on,victims,suspects,arrestees,"
            + "stolen_value_dollars,approved_at";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ZoneId zone;

    IncidentCsvExport(JdbcClient jdbc, AuditTrail audit, PrecinctProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.zone = properties.timeZone();
    }

    /**
     * Writes the incidents that happened from {@code from} to {@code to}, both days included.
     *
     * @throws AccessDeniedException for anyone but records staff, command and analysts (audited)
     */
    @Transactional(readOnly = true)
    public void write(LocalDate from, LocalDate to, Writer out) {
        ReportActor actor = ReportActor.current();
        String period = from + "/" + to;
        if (!actor.holdsAny(EXPORTERS)) {
            audit.denied(AuditAction.EXPORT, OBJECT_TYPE, period);
            throw new AccessDeniedException("Not allowed to export incidents");
        }
        audit.success(AuditAction.EXPORT, OBJECT_TYPE, period);
        try {
            out.write(HEADER);
            out.write("\r\n");
            jdbc.sql("""
                            select r.report_number, r.status, r.how_received, r.occurred_from, r.occurred_to,
                                   r.reported_at, r.jurisdiction_code, r.beat_code, r.address, r.latitude, r.longitude,
                                   r.clearance, r.exceptional_clearance, r.cleared_on, r.approved_at,
                                   (select string_agg(o.offense_code, ';' order by o.position)
                                    from records.report_offense o where o.report_id = r.id) as offense_codes,
                                   (select string_agg(case when o.attempted then 'A' else 'C' end, ';'
                                                      order by o.position)
                                    from records.report_offense o where o.report_id = r.id) as attempted,
                                   (select string_agg(coalesce(o.location_type, ''), ';' order by o.position)
                                    from records.report_offense o where o.report_id = r.id) as location_types,
                                   (select string_agg(coalesce(o.weapon_force, ''), ';' order by o.position)
                                    from records.report_offense o where o.report_id = r.id) as weapon_force,
                                   (select string_agg(coalesce(o.bias_motivation, ''), ';' order by o.position)
                                    from records.report_offense o where o.report_id = r.id) as bias_motivation,
                                   (select count(*) from records.report_person p
                                    where p.report_id = r.id and p.role = 'VICTIM'
                                      and (not p.juvenile or :records)) as victims,
                                   (select count(*) from records.report_person p
                                    where p.report_id = r.id and p.role = 'SUSPECT'
                                      and (not p.juvenile or :records)) as suspects,
                                   (select count(*) from records.report_person p
                                    where p.report_id = r.id and p.role = 'ARRESTEE'
                                      and (not p.juvenile or :records)) as arrestees,
                                   (select sum(i.value_cents)::bigint from records.report_property i
                                    where i.report_id = r.id and i.status = 'STOLEN') as stolen_cents
                            from records.incident_report r
                            where r.status <> 'DRAFT'
                              and (not r.sealed or :records)
                              and coalesce(r.occurred_from, r.reported_at) >= :from
                              and coalesce(r.occurred_from, r.reported_at) < :to
                            order by coalesce(r.occurred_from, r.reported_at), r.id
                            """)
                    .param("records", actor.recordsStaff())
                    .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                    .param(
                            "to",
                            Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                    .query((ResultSet row) -> {
                        try {
                            out.write(line(row));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String line(ResultSet row) throws SQLException {
        Long stolen = row.getObject("stolen_cents", Long.class);
        List<String> cells = List.of(
                text(row.getString("report_number")),
                text(row.getString("status")),
                text(row.getString("how_received")),
                time(row.getTimestamp("occurred_from")),
                time(row.getTimestamp("occurred_to")),
                time(row.getTimestamp("reported_at")),
                text(row.getString("jurisdiction_code")),
                text(row.getString("beat_code")),
                text(row.getString("address")),
                number(row.getObject("latitude", Double.class)),
                number(row.getObject("longitude", Double.class)),
                text(row.getString("offense_codes")),
                text(row.getString("attempted")),
                text(row.getString("location_types")),
                text(row.getString("weapon_force")),
                text(row.getString("bias_motivation")),
                text(row.getString("clearance")),
                text(row.getString("exceptional_clearance")),
                date(row.getDate("cleared_on")),
                Long.toString(row.getLong("victims")),
                Long.toString(row.getLong("suspects")),
                Long.toString(row.getLong("arrestees")),
                stolen == null ? "" : java.math.BigDecimal.valueOf(stolen, 2).toPlainString(),
                time(row.getTimestamp("approved_at")));
        return String.join(",", cells.stream().map(IncidentCsvExport::cell).toList()) + "\r\n";
    }

    /**
     * One CSV cell: quoted when it holds a separator, quote or line break; a cell a spreadsheet would read as a
     * formula gets a leading apostrophe, so that opening the file runs nothing.
     */
    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?\\d+(\\.\\d+)?")) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String time(Timestamp value) {
        return value == null
                ? ""
                : value.toInstant().atZone(zone).toOffsetDateTime().toString();
    }

    private static String date(Date value) {
        return value == null ? "" : value.toLocalDate().toString();
    }

    private static String number(Double value) {
        return value == null ? "" : value.toString();
    }
}
