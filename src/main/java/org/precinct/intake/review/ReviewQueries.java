package org.precinct.intake.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.precinct.intake.Channel;
import org.precinct.intake.Priority;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reads of the review: the queue, a report with all its parts, the reporter's contact, supplements, files. */
@Repository
class ReviewQueries {

    /** The statuses of reports still being worked, the queue's default. */
    private static final String OPEN =
            "('RECEIVED', 'UNDER_REVIEW', 'MORE_INFORMATION_NEEDED', 'APPROVED', 'ASSIGNED')";

    /** The statuses in which a report waits for its review, the ones that can be overdue. */
    private static final String AWAITING_REVIEW = "('RECEIVED', 'UNDER_REVIEW', 'MORE_INFORMATION_NEEDED')";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How a report's reporter is reached.
     *
     * @param language the reporter's language, or {@code null} when unknown
     */
    record ReporterContact(
            long requestId, TrackingNumber trackingNumber, String name, String email, Locale language, String type) {

        boolean reachable() {
            return email != null && !email.isBlank();
        }
    }

    QueuePage queue(QueueFilter filter, Instant now) {
        StringBuilder where = new StringBuilder(" where ");
        where.append(filter.status() == null ? "r.status in " + OPEN : "r.status = :status");
        if (filter.incidentType() != null) {
            where.append(" and r.incident_type_code = :type");
        }
        if (filter.priority() != null) {
            where.append(" and r.priority = :priority");
        }
        if (filter.age() != null) {
            where.append(" and r.created_at <= :youngest");
            if (filter.age().below() != null) {
                where.append(" and r.created_at > :oldest");
            }
        }
        if (filter.beat() != null) {
            where.append(" and r.beat_code = :beat");
        }
        if (filter.channel() != null) {
            where.append(" and r.channel = :channel");
        }
        if (filter.overdueOnly()) {
            where.append(" and r.review_due_at < :now and r.status in ").append(AWAITING_REVIEW);
        }
        long total = bind(jdbc.sql("select count(*) from intake.service_request r" + where), filter, now)
                .query(Long.class)
                .single();
        List<QueueEntry> entries = bind(jdbc.sql("""
                                select r.tracking_number, r.incident_type_code, t.name_en, t.name_es, r.priority,
                                       r.status, r.channel, r.beat_code, r.created_at, r.review_due_at,
                                       r.report_number, r.assignee,
                                       (r.review_due_at < :now and r.status in %s) as overdue,
                                       (select count(*) from intake.request_supplement s
                                        where s.request_id = r.id and s.read_at is null) as unread
                                from intake.service_request r
                                left join intake.incident_type t on t.code = r.incident_type_code
                                """.formatted(AWAITING_REVIEW) + where + """
                                 order by r.priority, r.created_at, r.id
                                limit :limit offset :offset
                                """), filter, now)
                .param("limit", QueueFilter.PAGE_SIZE)
                .param("offset", (long) filter.page() * QueueFilter.PAGE_SIZE)
                .query(ReviewQueries::entry)
                .list();
        return new QueuePage(entries, filter, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, QueueFilter filter, Instant now) {
        sql = sql.param("now", Timestamp.from(now));
        if (filter.status() != null) {
            sql = sql.param("status", filter.status().name());
        }
        if (filter.incidentType() != null) {
            sql = sql.param("type", filter.incidentType());
        }
        if (filter.priority() != null) {
            sql = sql.param("priority", filter.priority().level());
        }
        if (filter.age() != null) {
            sql = sql.param("youngest", Timestamp.from(now.minus(filter.age().atLeast())));
            if (filter.age().below() != null) {
                sql = sql.param("oldest", Timestamp.from(now.minus(filter.age().below())));
            }
        }
        if (filter.beat() != null) {
            sql = sql.param("beat", filter.beat());
        }
        if (filter.channel() != null) {
            sql = sql.param("channel", filter.channel().name());
        }
        return sql;
    }

    private static QueueEntry entry(ResultSet row, int index) throws SQLException {
        return new QueueEntry(
                new TrackingNumber(row.getString("tracking_number")),
                row.getString("incident_type_code"),
                row.getString("name_en"),
                row.getString("name_es"),
                Priority.ofLevel(row.getInt("priority")),
                RequestStatus.valueOf(row.getString("status")),
                Channel.valueOf(row.getString("channel")),
                row.getString("beat_code"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("review_due_at").toInstant(),
                row.getBoolean("overdue"),
                row.getInt("unread"),
                row.getString("report_number"),
                row.getString("assignee"),
                0);
    }

    /** The columns of a report itself, before its parts are added. */
    record ReportRow(
            long id,
            TrackingNumber trackingNumber,
            Channel channel,
            String incidentType,
            RequestStatus status,
            Priority priority,
            String reportNumber,
            String assignee,
            String description,
            Instant occurredFrom,
            Instant occurredTo,
            String address,
            Double latitude,
            Double longitude,
            String beat,
            String jurisdiction,
            Map<String, Object> answers,
            ReportUnderReview.Reporter reporter,
            String callerPhone,
            String takenBy,
            Instant receivedAt,
            Instant reviewDueAt,
            boolean overdue,
            int version) {}

    Optional<ReportRow> report(TrackingNumber number, Instant now) {
        return jdbc.sql("""
                        select id, tracking_number, channel, incident_type_code, status, priority, report_number,
                               assignee, description, occurred_from, occurred_to, address, latitude, longitude,
                               beat_code, jurisdiction_code, answers::text as answers, reporter_name, reporter_email,
                               reporter_phone, reporter_language, caller_phone, taken_by, created_at, review_due_at,
                               (review_due_at < :now and status in %s) as overdue, version
                        from intake.service_request where tracking_number = :number
                        """.formatted(AWAITING_REVIEW))
                .param("number", number.value())
                .param("now", Timestamp.from(now))
                .query((row, index) -> new ReportRow(
                        row.getLong("id"),
                        number,
                        Channel.valueOf(row.getString("channel")),
                        row.getString("incident_type_code"),
                        RequestStatus.valueOf(row.getString("status")),
                        Priority.ofLevel(row.getInt("priority")),
                        row.getString("report_number"),
                        row.getString("assignee"),
                        row.getString("description"),
                        instant(row, "occurred_from"),
                        instant(row, "occurred_to"),
                        row.getString("address"),
                        row.getObject("latitude", Double.class),
                        row.getObject("longitude", Double.class),
                        row.getString("beat_code"),
                        row.getString("jurisdiction_code"),
                        answers(row.getString("answers")),
                        new ReportUnderReview.Reporter(
                                row.getString("reporter_name"),
                                row.getString("reporter_email"),
                                row.getString("reporter_phone"),
                                row.getString("reporter_language")),
                        row.getString("caller_phone"),
                        row.getString("taken_by"),
                        instant(row, "created_at"),
                        instant(row, "review_due_at"),
                        row.getBoolean("overdue"),
                        row.getInt("version")))
                .optional();
    }

    List<ReportDraft.PersonInvolved> people(long requestId) {
        return jdbc.sql(
                        "select role, name, description from intake.request_person where request_id = :id order by position")
                .param("id", requestId)
                .query((row, index) -> new ReportDraft.PersonInvolved(
                        row.getString("role"), row.getString("name"), row.getString("description")))
                .list();
    }

    List<ReportDraft.VehicleInvolved> vehicles(long requestId) {
        return jdbc.sql("""
                        select make, model, colour, plate, plate_state from intake.request_vehicle
                        where request_id = :id order by position
                        """)
                .param("id", requestId)
                .query((row, index) -> new ReportDraft.VehicleInvolved(
                        row.getString("make"),
                        row.getString("model"),
                        row.getString("colour"),
                        row.getString("plate"),
                        row.getString("plate_state")))
                .list();
    }

    List<ReportDraft.PropertyInvolved> property(long requestId) {
        return jdbc.sql("""
                        select description, value_cents, serial from intake.request_property
                        where request_id = :id order by position
                        """)
                .param("id", requestId)
                .query((row, index) -> new ReportDraft.PropertyInvolved(
                        row.getString("description"),
                        row.getObject("value_cents", Long.class),
                        row.getString("serial")))
                .list();
    }

    List<ReportUnderReview.Supplement> supplements(long requestId) {
        return jdbc.sql("""
                        select id, at, source, author, text, read_at, read_by from intake.request_supplement
                        where request_id = :id order by at, id
                        """)
                .param("id", requestId)
                .query((row, index) -> new ReportUnderReview.Supplement(
                        row.getLong("id"),
                        instant(row, "at"),
                        row.getString("source"),
                        row.getString("author"),
                        row.getString("text"),
                        instant(row, "read_at"),
                        row.getString("read_by")))
                .list();
    }

    List<ReportUnderReview.Attachment> attachments(long requestId) {
        return jdbc.sql("""
                        select id, supplement_id, file_name, media_type, size_bytes, created_at
                        from intake.request_attachment where request_id = :id order by created_at, id
                        """)
                .param("id", requestId)
                .query((row, index) -> new ReportUnderReview.Attachment(
                        row.getLong("id"),
                        row.getObject("supplement_id", Long.class),
                        row.getString("file_name"),
                        row.getString("media_type"),
                        row.getInt("size_bytes"),
                        instant(row, "created_at")))
                .list();
    }

    /** A file of a report with its bytes. */
    record AttachmentContent(String fileName, String mediaType, byte[] content) {}

    Optional<AttachmentContent> attachment(long requestId, long attachmentId) {
        return jdbc.sql("""
                        select file_name, media_type, content from intake.request_attachment
                        where id = :attachment and request_id = :request
                        """)
                .param("attachment", attachmentId)
                .param("request", requestId)
                .query((row, index) -> new AttachmentContent(
                        row.getString("file_name"), row.getString("media_type"), row.getBytes("content")))
                .optional();
    }

    /**
     * Marks a supplement of the report read; one read already stays as it was.
     *
     * @return whether the report has such a supplement
     */
    boolean markSupplementRead(long requestId, long supplementId, String reader, Instant at) {
        return jdbc.sql("""
                        update intake.request_supplement
                        set read_at = coalesce(read_at, :at), read_by = coalesce(read_by, :reader)
                        where id = :supplement and request_id = :request
                        """)
                        .param("at", Timestamp.from(at))
                        .param("reader", reader)
                        .param("supplement", supplementId)
                        .param("request", requestId)
                        .update()
                == 1;
    }

    ReporterContact reporterOf(long requestId) {
        return jdbc.sql("""
                        select tracking_number, reporter_name, reporter_email, reporter_language, incident_type_code
                        from intake.service_request where id = :id
                        """)
                .param("id", requestId)
                .query((row, index) -> new ReporterContact(
                        requestId,
                        new TrackingNumber(row.getString("tracking_number")),
                        row.getString("reporter_name"),
                        row.getString("reporter_email"),
                        row.getString("reporter_language") == null
                                ? null
                                : Locale.forLanguageTag(row.getString("reporter_language")),
                        row.getString("incident_type_code")))
                .single();
    }

    private Map<String, Object> answers(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Map<String, Object> parsed = json.readValue(text, new TypeReference<Map<String, Object>>() {});
        // Null answers carry nothing to show, and an immutable copy refuses them.
        parsed.values().removeIf(java.util.Objects::isNull);
        return parsed;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
