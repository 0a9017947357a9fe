package org.precinct.records.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.precinct.intake.Attachment;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportDetails.Clearance;
import org.precinct.records.IncidentReportDetails.HowReceived;
import org.precinct.records.IncidentReportDetails.PersonRole;
import org.precinct.records.IncidentReportDetails.PropertyStatus;
import org.precinct.records.IncidentReportStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores incident reports whole: the report, its parts and its history. Writes join the caller's transaction, so a
 * report is saved entirely or not at all. The parts are rewritten on every save, each keeping its id, so that links
 * to a part (a master index's involvement) survive an edit.
 */
@Repository
public class IncidentReportStore {

    private static final String SELECT = """
            select id, report_number, tracking_number, status, how_received, author, author_name, reviewer,
                   jurisdiction_code, beat_code, address, latitude, longitude, occurred_from, occurred_to,
                   reported_at, narrative, clearance, exceptional_clearance, cleared_on, sealed, approved_at, version
            from records.incident_report
            """;

    private final JdbcClient jdbc;

    IncidentReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored file of a report, without its bytes. */
    public record AttachmentInfo(
            long id, String fileName, String mediaType, int sizeBytes, String addedBy, Instant addedAt) {}

    /** A stored file with its bytes. */
    public record AttachmentContent(String fileName, String mediaType, byte[] content) {}

    /** Stores a new report and returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(IncidentReport report, Instant at) {
        ReportContent content = report.content();
        long id = jdbc.sql("""
                        insert into records.incident_report (report_number, tracking_number, status, how_received,
                            author, author_name, reviewer, jurisdiction_code, beat_code, address, latitude, longitude,
                            occurred_from, occurred_to, reported_at, narrative, clearance, exceptional_clearance,
                            cleared_on, sealed, approved_at, created_at, updated_at)
                        values (:number, :tracking, :status, :howReceived, :author, :authorName, :reviewer,
                            :jurisdiction, :beat, :address, :latitude, :longitude, :occurredFrom, :occurredTo,
                            :reportedAt, :narrative, :clearance, :exceptional, :clearedOn, :sealed, :approvedAt, :at,
                            :at)
                        returning id
                        """)
                .param("number", report.reportNumber())
                .param("tracking", report.trackingNumber())
                .param("author", report.author())
                .param("authorName", report.authorName())
                .params(columns(report))
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        writeParts(id, content);
        appendHistory(id, report.history(), 0);
        return id;
    }

    /**
     * Saves what steps since {@link #lock} changed.
     *
     * @throws OptimisticLockingFailureException when someone saved the report in between
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(IncidentReport report, Instant at) {
        int updated = jdbc.sql("""
                        update records.incident_report
                        set status = :status, how_received = :howReceived, reviewer = :reviewer,
                            jurisdiction_code = :jurisdiction, beat_code = :beat, address = :address,
                            latitude = :latitude, longitude = :longitude, occurred_from = :occurredFrom,
                            occurred_to = :occurredTo, reported_at = :reportedAt, narrative = :narrative,
                            clearance = :clearance, exceptional_clearance = :exceptional, cleared_on = :clearedOn,
                            sealed = :sealed, approved_at = :approvedAt, updated_at = :at, version = version + 1
                        where id = :id and version = :version
                        """)
                .params(columns(report))
                .param("at", Timestamp.from(at))
                .param("id", report.id())
                .param("version", report.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException(
                    "Incident report " + report.reportNumber() + " changed while it was being saved");
        }
        for (String table : List.of("report_offense", "report_person", "report_vehicle", "report_property")) {
            jdbc.sql("delete from records." + table + " where report_id = :id")
                    .param("id", report.id())
                    .update();
        }
        writeParts(report.id(), report.content());
        int stored = jdbc.sql("select count(*) from records.report_step where report_id = :id")
                .param("id", report.id())
                .query(Integer.class)
                .single();
        appendHistory(report.id(), report.history(), stored);
    }

    /** Reads a report and locks it until the transaction ends, so that two steps on one report never interleave. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<IncidentReport> lock(String reportNumber) {
        return jdbc.sql(SELECT + " where report_number = :number for update")
                .param("number", reportNumber)
                .query(this::report)
                .optional();
    }

    public Optional<IncidentReport> find(String reportNumber) {
        return jdbc.sql(SELECT + " where report_number = :number")
                .param("number", reportNumber)
                .query(this::report)
                .optional();
    }

    public Optional<IncidentReport> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql(SELECT + " where tracking_number = :tracking")
                .param("tracking", trackingNumber)
                .query(this::report)
                .optional();
    }

    /**
     * The approved and closed reports whose approval falls from {@code from} (included) to {@code to} (excluded),
     * oldest first.
     */
    public List<IncidentReport> approvedBetween(Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                         where approved_at >= :from and approved_at < :to and status in ('APPROVED', 'CLOSED')
                        order by approved_at, id
                        """)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(this::report)
                .list();
    }

    /** The report as the rest of Precinct reads it, with its supplements. */
    public IncidentReportDetails details(IncidentReport report) {
        ReportContent content = report.content();
        return new IncidentReportDetails(
                report.id() == null ? 0 : report.id(),
                report.reportNumber(),
                report.trackingNumber(),
                report.status(),
                content.howReceived(),
                content.jurisdictionCode(),
                content.beatCode(),
                content.address(),
                content.latitude(),
                content.longitude(),
                content.occurredFrom(),
                content.occurredTo(),
                content.reportedAt(),
                content.offenses(),
                content.people(),
                content.vehicles(),
                content.property(),
                content.narrative(),
                content.clearance(),
                content.exceptionalClearance(),
                content.clearedOn(),
                report.sealed(),
                report.author(),
                report.authorName(),
                report.id() == null ? List.of() : supplements(report.id()),
                report.approvedAt(),
                report.version());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long addSupplement(long reportId, String author, String authorName, Instant at, String text) {
        return jdbc.sql("""
                        insert into records.report_supplement (report_id, author, author_name, at, text)
                        values (:report, :author, :authorName, :at, :text)
                        returning id
                        """)
                .param("report", reportId)
                .param("author", author)
                .param("authorName", authorName)
                .param("at", Timestamp.from(at))
                .param("text", text)
                .query(Long.class)
                .single();
    }

    public List<IncidentReportDetails.Supplement> supplements(long reportId) {
        return jdbc.sql("""
                        select id, author, author_name, at, text from records.report_supplement
                        where report_id = :report order by at, id
                        """)
                .param("report", reportId)
                .query((row, index) -> new IncidentReportDetails.Supplement(
                        row.getLong("id"),
                        row.getString("author"),
                        row.getString("author_name"),
                        row.getTimestamp("at").toInstant(),
                        row.getString("text")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long addAttachment(long reportId, Attachment file, String addedBy, Instant at) {
        return jdbc.sql("""
                        insert into records.report_attachment (report_id, file_name, media_type, size_bytes, sha256,
                                                               content, added_by, added_at)
                        values (:report, :name, :type, :size, :sha, :content, :by, :at)
                        returning id
                        """)
                .param("report", reportId)
                .param("name", file.fileName())
                .param("type", file.mediaType())
                .param("size", file.size())
                .param("sha", file.sha256())
                .param("content", file.content())
                .param("by", addedBy)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public List<AttachmentInfo> attachments(long reportId) {
        return jdbc.sql("""
                        select id, file_name, media_type, size_bytes, added_by, added_at
                        from records.report_attachment where report_id = :report order by added_at, id
                        """)
                .param("report", reportId)
                .query((row, index) -> new AttachmentInfo(
                        row.getLong("id"),
                        row.getString("file_name"),
                        row.getString("media_type"),
                        row.getInt("size_bytes"),
                        row.getString("added_by"),
                        row.getTimestamp("added_at").toInstant()))
                .list();
    }

    public Optional<AttachmentContent> attachment(long reportId, long attachmentId) {
        return jdbc.sql("""
                        select file_name, media_type, content from records.report_attachment
                        where id = :attachment and report_id = :report
                        """)
                .param("attachment", attachmentId)
                .param("report", reportId)
                .query((row, index) -> new AttachmentContent(
                        row.getString("file_name"), row.getString("media_type"), row.getBytes("content")))
                .optional();
    }

    private static java.util.Map<String, Object> columns(IncidentReport report) {
        ReportContent content = report.content();
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("status", report.status().name());
        columns.put("howReceived", content.howReceived().name());
        columns.put("reviewer", report.reviewer());
        columns.put("jurisdiction", content.jurisdictionCode());
        columns.put("beat", content.beatCode());
        columns.put("address", content.address());
        columns.put("latitude", content.latitude());
        columns.put("longitude", content.longitude());
        columns.put("occurredFrom", timestamp(content.occurredFrom()));
        columns.put("occurredTo", timestamp(content.occurredTo()));
        columns.put("reportedAt", timestamp(content.reportedAt()));
        columns.put("narrative", content.narrative());
        columns.put("clearance", content.clearance().name());
        columns.put("exceptional", content.exceptionalClearance());
        columns.put("clearedOn", content.clearedOn() == null ? null : Date.valueOf(content.clearedOn()));
        columns.put("sealed", report.sealed());
        columns.put("approvedAt", timestamp(report.approvedAt()));
        return columns;
    }

    private void writeParts(long reportId, ReportContent content) {
        int position = 0;
        for (IncidentReportDetails.Offense offense : content.offenses()) {
            jdbc.sql("""
                            insert into records.report_offense (report_id, position, offense_code, attempted,
                                                                location_type, weapon_force, bias_motivation)
                            values (:report, :position, :code, :attempted, :location, :weapon, :bias)
                            """)
                    .param("report", reportId)
                    .param("position", position++)
                    .param("code", offense.code())
                    .param("attempted", offense.attempted())
                    .param("location", offense.locationType())
                    .param("weapon", offense.weaponForce())
                    .param("bias", offense.biasMotivation())
                    .update();
        }
        position = 0;
        for (IncidentReportDetails.Person person : content.people()) {
            // A part the report had keeps its id (ContentRules lets through only those); a new one draws one.
            jdbc.sql("""
                            insert into records.report_person (id, report_id, position, role, organisation, last_name,
                                first_name, date_of_birth, sex, race, juvenile, phone, address, master_person_id)
                            values (coalesce(:id, nextval(pg_get_serial_sequence('records.report_person', 'id'))),
                                :report, :position, :role, :organisation, :lastName, :firstName, :born, :sex, :race,
                                :juvenile, :phone, :address, :master)
                            """)
                    .param("id", person.id())
                    .param("report", reportId)
                    .param("position", position++)
                    .param("role", person.role().name())
                    .param("organisation", person.organisation())
                    .param("lastName", person.lastName())
                    .param("firstName", person.firstName())
                    .param("born", person.dateOfBirth() == null ? null : Date.valueOf(person.dateOfBirth()))
                    .param("sex", person.sex())
                    .param("race", person.race())
                    .param("juvenile", person.juvenile())
                    .param("phone", person.phone())
                    .param("address", person.address())
                    .param("master", person.masterPersonId())
                    .update();
        }
        position = 0;
        for (IncidentReportDetails.Vehicle vehicle : content.vehicles()) {
            jdbc.sql("""
                            insert into records.report_vehicle (id, report_id, position, plate, plate_state, vin, make,
                                model, model_year, colour, master_vehicle_id)
                            values (coalesce(:id, nextval(pg_get_serial_sequence('records.report_vehicle', 'id'))),
                                :report, :position, :plate, :state, :vin, :make, :model, :year, :colour, :master)
                            """)
                    .param("id", vehicle.id())
                    .param("report", reportId)
                    .param("position", position++)
                    .param("plate", vehicle.plate())
                    .param("state", vehicle.plateState())
                    .param("vin", vehicle.vin())
                    .param("make", vehicle.make())
                    .param("model", vehicle.model())
                    .param("year", vehicle.year())
                    .param("colour", vehicle.colour())
                    .param("master", vehicle.masterVehicleId())
                    .update();
        }
        position = 0;
        for (IncidentReportDetails.PropertyItem item : content.property()) {
            jdbc.sql("""
                            insert into records.report_property (id, report_id, position, description, category,
                                value_cents, serial, status)
                            values (coalesce(:id, nextval(pg_get_serial_sequence('records.report_property', 'id'))),
                                :report, :position, :description, :category, :value, :serial, :status)
                            """)
                    .param("id", item.id())
                    .param("report", reportId)
                    .param("position", position++)
                    .param("description", item.description())
                    .param("category", item.category())
                    .param("value", item.valueCents())
                    .param("serial", item.serial())
                    .param("status", item.status().name())
                    .update();
        }
    }

    private void appendHistory(long reportId, List<ReportStep> history, int from) {
        for (int position = from; position < history.size(); position++) {
            ReportStep step = history.get(position);
            jdbc.sql("""
                            insert into records.report_step (report_id, position, kind, status, at, actor, actor_name,
                                                             comment)
                            values (:report, :position, :kind, :status, :at, :actor, :actorName, :comment)
                            """)
                    .param("report", reportId)
                    .param("position", position)
                    .param("kind", step.kind().name())
                    .param("status", step.status().name())
                    .param("at", Timestamp.from(step.at()))
                    .param("actor", step.actor())
                    .param("actorName", step.actorName())
                    .param("comment", step.comment())
                    .update();
        }
    }

    private IncidentReport report(ResultSet row, int index) throws SQLException {
        long id = row.getLong("id");
        ReportContent content = new ReportContent(
                HowReceived.valueOf(row.getString("how_received")),
                row.getString("address"),
                row.getObject("latitude", Double.class),
                row.getObject("longitude", Double.class),
                row.getString("jurisdiction_code"),
                row.getString("beat_code"),
                instant(row, "occurred_from"),
                instant(row, "occurred_to"),
                instant(row, "reported_at"),
                offenses(id),
                people(id),
                vehicles(id),
                property(id),
                row.getString("narrative"),
                Clearance.valueOf(row.getString("clearance")),
                row.getString("exceptional_clearance"),
                localDate(row, "cleared_on"));
        return IncidentReport.restore(
                id,
                row.getString("report_number"),
                row.getString("tracking_number"),
                row.getString("author"),
                row.getString("author_name"),
                IncidentReportStatus.valueOf(row.getString("status")),
                content,
                row.getBoolean("sealed"),
                row.getString("reviewer"),
                instant(row, "approved_at"),
                row.getInt("version"),
                history(id));
    }

    private List<IncidentReportDetails.Offense> offenses(long reportId) {
        return jdbc.sql("""
                        select offense_code, attempted, location_type, weapon_force, bias_motivation
                        from records.report_offense where report_id = :report order by position
                        """)
                .param("report", reportId)
                .query((row, index) -> new IncidentReportDetails.Offense(
                        row.getString("offense_code"),
                        row.getBoolean("attempted"),
                        row.getString("location_type"),
                        row.getString("weapon_force"),
                        row.getString("bias_motivation")))
                .list();
    }

    private List<IncidentReportDetails.Person> people(long reportId) {
        return jdbc.sql("""
                        select id, role, organisation, last_name, first_name, date_of_birth, sex, race, juvenile, phone,
                               address, master_person_id
                        from records.report_person where report_id = :report order by position
                        """)
                .param("report", reportId)
                .query((row, index) -> new IncidentReportDetails.Person(
                        row.getLong("id"),
                        PersonRole.valueOf(row.getString("role")),
                        row.getBoolean("organisation"),
                        row.getString("last_name"),
                        row.getString("first_name"),
                        localDate(row, "date_of_birth"),
                        row.getString("sex"),
                        row.getString("race"),
                        row.getBoolean("juvenile"),
                        row.getString("phone"),
                        row.getString("address"),
                        row.getObject("master_person_id", Long.class)))
                .list();
    }

    private List<IncidentReportDetails.Vehicle> vehicles(long reportId) {
        return jdbc.sql("""
                        select id, plate, plate_state, vin, make, model, model_year, colour, master_vehicle_id
                        from records.report_vehicle where report_id = :report order by position
                        """)
                .param("report", reportId)
                .query((row, index) -> new IncidentReportDetails.Vehicle(
                        row.getLong("id"),
                        row.getString("plate"),
                        row.getString("plate_state"),
                        row.getString("vin"),
                        row.getString("make"),
                        row.getString("model"),
                        row.getObject("model_year", Integer.class),
                        row.getString("colour"),
                        row.getObject("master_vehicle_id", Long.class)))
                .list();
    }

    private List<IncidentReportDetails.PropertyItem> property(long reportId) {
        return jdbc.sql("""
                        select id, description, category, value_cents, serial, status
                        from records.report_property where report_id = :report order by position
                        """)
                .param("report", reportId)
                .query((row, index) -> new IncidentReportDetails.PropertyItem(
                        row.getLong("id"),
                        row.getString("description"),
                        row.getString("category"),
                        row.getObject("value_cents", Long.class),
                        row.getString("serial"),
                        PropertyStatus.valueOf(row.getString("status"))))
                .list();
    }

    private List<ReportStep> history(long reportId) {
        return jdbc.sql("""
                        select kind, status, at, actor, actor_name, comment from records.report_step
                        where report_id = :report order by position
                        """)
                .param("report", reportId)
                .query((row, index) -> new ReportStep(
                        ReportStep.Kind.valueOf(row.getString("kind")),
                        IncidentReportStatus.valueOf(row.getString("status")),
                        row.getTimestamp("at").toInstant(),
                        row.getString("actor"),
                        row.getString("actor_name"),
                        row.getString("comment")))
                .list();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate localDate(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
