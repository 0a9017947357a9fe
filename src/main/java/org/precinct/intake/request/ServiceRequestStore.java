package org.precinct.intake.request;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.precinct.intake.Attachment;
import org.precinct.intake.Channel;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.ReportNumber;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingNumber;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores reports with their parts and history. Writes join the caller's transaction, so a report is stored
 * whole or not at all.
 */
@Repository
public class ServiceRequestStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ServiceRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A checked report ready to store.
     *
     * @param location where it happened, already resolved to the beat and jurisdiction
     * @param reporterLanguage the language the reporter used, so that updates reach them in it; {@code null} when not
     *     known, and updates then go out in English and Spanish
     */
    public record NewRequest(
            TrackingNumber trackingNumber,
            String trackingCodeHash,
            Channel channel,
            ReportDraft draft,
            int priority,
            Location location,
            String callerPhone,
            String takenBy,
            String idempotencyKey,
            Instant receivedAt,
            Instant reviewDueAt,
            String reporterLanguage) {

        /** A request whose reporter's language is not known. */
        public NewRequest(
                TrackingNumber trackingNumber,
                String trackingCodeHash,
                Channel channel,
                ReportDraft draft,
                int priority,
                Location location,
                String callerPhone,
                String takenBy,
                String idempotencyKey,
                Instant receivedAt,
                Instant reviewDueAt) {
            this(
                    trackingNumber,
                    trackingCodeHash,
                    channel,
                    draft,
                    priority,
                    location,
                    callerPhone,
                    takenBy,
                    idempotencyKey,
                    receivedAt,
                    reviewDueAt,
                    null);
        }
    }

    public record Location(
            String address, Double latitude, Double longitude, String beatCode, String jurisdictionCode) {}

    /** A stored report, as its reporter and the queue see it. */
    public record StoredRequest(
            long id,
            TrackingNumber trackingNumber,
            String trackingCodeHash,
            Channel channel,
            String incidentType,
            RequestStatus status,
            int priority,
            ReportNumber reportNumber,
            String address,
            String beatCode,
            Instant receivedAt,
            List<RequestLifecycle.Step> history) {}

    /**
     * Stores a new report with the people, vehicles and property it names and the first step of its history, all in
     * one statement: filing is the busiest write of the application, and each statement costs a round trip.
     *
     * @return the report's row id
     * @throws org.springframework.dao.DuplicateKeyException when its idempotency key was used before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(NewRequest request) {
        ReportDraft draft = request.draft();
        ReportDraft.Reporter reporter = draft.reporter();
        RequestLifecycle.Step received = RequestLifecycle.received(request.receivedAt(), request.takenBy())
                .history()
                .get(0);
        return jdbc.sql("""
                        with request as (
                            insert into intake.service_request (tracking_number, tracking_code_hash, channel,
                                incident_type_code, status, priority, description, occurred_from, occurred_to, address,
                                latitude, longitude, beat_code, jurisdiction_code, answers, reporter_name,
                                reporter_email, reporter_phone, caller_phone, taken_by, idempotency_key, created_at,
                                updated_at, review_due_at, reporter_language)
                            values (:number, :codeHash, :channel, :type, 'RECEIVED', :priority, :description, :from,
                                :to, :address, :latitude, :longitude, :beat, :jurisdiction, cast(:answers as jsonb),
                                :name, :email, :phone, :callerPhone, :takenBy, :idempotencyKey, :at, :at, :dueAt,
                                :language)
                            returning id
                        ), history as (
                            insert into intake.request_history (request_id, position, status, at, actor, public_note,
                                                                private_note)
                            select id, 0, :stepStatus, :stepAt, :stepActor, :stepPublicNote, :stepPrivateNote
                            from request
                        ), people as (
                            insert into intake.request_person (request_id, position, role, name, description)
                            select request.id, person.position - 1, person.role, person.name, person.description
                            from request, unnest(cast(:personRoles as text[]), cast(:personNames as text[]),
                                                 cast(:personDescriptions as text[]))
                                          with ordinality as person(role, name, description, position)
                        ), vehicles as (
                            insert into intake.request_vehicle (request_id, position, make, model, colour, plate,
                                                                plate_state)
                            select request.id, vehicle.position - 1, vehicle.make, vehicle.model, vehicle.colour,
                                   vehicle.plate, vehicle.plate_state
                            from request, unnest(cast(:makes as text[]), cast(:models as text[]),
                                                 cast(:colours as text[]), cast(:plates as text[]),
                                                 cast(:plateStates as text[]))
                                          with ordinality as vehicle(make, model, colour, plate, plate_state, position)
                        ), property as (
                            insert into intake.request_property (request_id, position, description, value_cents, serial)
                            select request.id, item.position - 1, item.description, item.value_cents, item.serial
                            from request, unnest(cast(:itemDescriptions as text[]), cast(:itemValues as bigint[]),
                                                 cast(:itemSerials as text[]))
                                          with ordinality as item(description, value_cents, serial, position)
                        )
                        select id from request
                        """)
                .param("number", request.trackingNumber().value())
                .param("codeHash", request.trackingCodeHash())
                .param("channel", request.channel().name())
                .param("type", draft.incidentType())
                .param("priority", request.priority())
                .param("description", draft.description())
                .param("from", timestamp(draft.occurredFrom()))
                .param("to", timestamp(draft.occurredTo()))
                .param("address", request.location().address())
                .param("latitude", request.location().latitude())
                .param("longitude", request.location().longitude())
                .param("beat", request.location().beatCode())
                .param("jurisdiction", request.location().jurisdictionCode())
                .param("answers", json.writeValueAsString(draft.answers()))
                .param("name", reporter == null ? null : reporter.name())
                .param("email", reporter == null ? null : reporter.email())
                .param("phone", reporter == null ? null : reporter.phone())
                .param("callerPhone", request.callerPhone())
                .param("takenBy", request.takenBy())
                .param("idempotencyKey", request.idempotencyKey())
                .param("at", Timestamp.from(request.receivedAt()))
                .param("dueAt", Timestamp.from(request.reviewDueAt()))
                .param("language", request.reporterLanguage())
                .param("stepStatus", received.status().name())
                .param("stepAt", Timestamp.from(received.at()))
                .param("stepActor", received.actor())
                .param("stepPublicNote", received.publicNote())
                .param("stepPrivateNote", received.privateNote())
                .param("personRoles", array("text", draft.people(), ReportDraft.PersonInvolved::role))
                .param("personNames", array("text", draft.people(), ReportDraft.PersonInvolved::name))
                .param("personDescriptions", array("text", draft.people(), ReportDraft.PersonInvolved::description))
                .param("makes", array("text", draft.vehicles(), ReportDraft.VehicleInvolved::make))
                .param("models", array("text", draft.vehicles(), ReportDraft.VehicleInvolved::model))
                .param("colours", array("text", draft.vehicles(), ReportDraft.VehicleInvolved::colour))
                .param("plates", array("text", draft.vehicles(), ReportDraft.VehicleInvolved::plate))
                .param("plateStates", array("text", draft.vehicles(), ReportDraft.VehicleInvolved::plateState))
                .param("itemDescriptions", array("text", draft.property(), ReportDraft.PropertyInvolved::description))
                .param("itemValues", array("bigint", draft.property(), ReportDraft.PropertyInvolved::valueCents))
                .param("itemSerials", array("text", draft.property(), ReportDraft.PropertyInvolved::serial))
                .query(Long.class)
                .single();
    }

    /** One column of a report's parts as an SQL array, in the parts' order. */
    private static <T> SqlTypeValue array(String type, List<T> parts, Function<T, Object> column) {
        Object[] values = parts.stream().map(column).toArray();
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf(type, values);
            }
        };
    }

    /**
     * A report's lifecycle as stored, for a step that changes it.
     *
     * @param id the report's row
     * @param lifecycle its state and history, to apply the next step to
     * @param priority its current priority
     * @param version the row version read, checked again on {@link #saveProgress}
     */
    public record TrackedRequest(
            long id, TrackingNumber trackingNumber, RequestLifecycle lifecycle, int priority, int version) {}

    /**
     * Reads a report's lifecycle and locks its row until the transaction ends, so two steps on one report never
     * interleave.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<TrackedRequest> lockForProgress(TrackingNumber number) {
        return jdbc.sql("""
                        select id, tracking_number, report_number, assignee, priority, version
                        from intake.service_request where tracking_number = :number for update
                        """)
                .param("number", number.value())
                .query((row, index) -> new Object[] {
                    row.getLong("id"),
                    row.getString("report_number"),
                    row.getString("assignee"),
                    row.getInt("priority"),
                    row.getInt("version")
                })
                .optional()
                .map(columns -> {
                    long id = (Long) columns[0];
                    List<RequestLifecycle.Step> steps = historyOf(id);
                    ReportNumber reportNumber = columns[1] == null ? null : new ReportNumber((String) columns[1]);
                    return new TrackedRequest(
                            id,
                            number,
                            RequestLifecycle.replay(steps, reportNumber, (String) columns[2]),
                            (Integer) columns[3],
                            (Integer) columns[4]);
                });
    }

    /**
     * Stores what steps since {@link #lockForProgress} did: the new status, report number, assignee and priority, and
     * the history steps added after the ones already stored.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when the report changed in between
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveProgress(TrackedRequest tracked, int priority, Instant at) {
        RequestLifecycle lifecycle = tracked.lifecycle();
        int updated = jdbc.sql("""
                        update intake.service_request
                        set status = :status, report_number = :reportNumber, assignee = :assignee, priority = :priority,
                            updated_at = :at, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("status", lifecycle.status().name())
                .param(
                        "reportNumber",
                        lifecycle.reportNumber() == null
                                ? null
                                : lifecycle.reportNumber().value())
                .param("assignee", lifecycle.assignee())
                .param("priority", priority)
                .param("at", Timestamp.from(at))
                .param("id", tracked.id())
                .param("version", tracked.version())
                .update();
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Report " + tracked.trackingNumber().value() + " changed while it was being updated");
        }
        int stored = jdbc.sql("select count(*) from intake.request_history where request_id = :id")
                .param("id", tracked.id())
                .query(Integer.class)
                .single();
        List<RequestLifecycle.Step> history = lifecycle.history();
        for (int position = stored; position < history.size(); position++) {
            appendHistory(tracked.id(), position, history.get(position));
        }
    }

    /**
     * Stores a photo or document of a report, or of one of its supplements, in the caller's transaction.
     *
     * @param supplementId the supplement it came with, or {@code null} when it came with the report
     * @return the attachment's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertAttachment(long requestId, Long supplementId, Attachment attachment, Instant at) {
        return jdbc.sql("""
                        insert into intake.request_attachment (request_id, supplement_id, file_name, media_type,
                                                               size_bytes, sha256, content, created_at)
                        values (:requestId, :supplementId, :fileName, :mediaType, :size, :sha256, :content, :at)
                        returning id
                        """)
                .param("requestId", requestId)
                .param("supplementId", supplementId)
                .param("fileName", attachment.fileName())
                .param("mediaType", attachment.mediaType())
                .param("size", attachment.size())
                .param("sha256", attachment.sha256())
                .param("content", attachment.content())
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void appendHistory(long requestId, int position, RequestLifecycle.Step step) {
        jdbc.sql("""
                        insert into intake.request_history (request_id, position, status, at, actor, public_note,
                                                            private_note, kind, priority)
                        values (:id, :position, :status, :at, :actor, :publicNote, :privateNote, :kind, :priority)
                        """)
                .param("id", requestId)
                .param("position", position)
                .param("status", step.status().name())
                .param("at", Timestamp.from(step.at()))
                .param("actor", step.actor())
                .param("publicNote", step.publicNote())
                .param("privateNote", step.privateNote())
                .param("kind", step.kind().name())
                .param("priority", step.priority())
                .update();
    }

    public Optional<StoredRequest> findByTrackingNumber(TrackingNumber number) {
        return find("tracking_number = :key", number.value());
    }

    public Optional<StoredRequest> findByIdempotencyKey(String key) {
        return find("idempotency_key = :key", key);
    }

    private Optional<StoredRequest> find(String condition, String key) {
        return jdbc.sql("""
                        select id, tracking_number, tracking_code_hash, channel, incident_type_code, status, priority,
                               report_number, address, beat_code, created_at
                        from intake.service_request where """ + " " + condition)
                .param("key", key)
                .query((row, index) -> new StoredRequest(
                        row.getLong("id"),
                        new TrackingNumber(row.getString("tracking_number")),
                        row.getString("tracking_code_hash"),
                        Channel.valueOf(row.getString("channel")),
                        row.getString("incident_type_code"),
                        RequestStatus.valueOf(row.getString("status")),
                        row.getInt("priority"),
                        row.getString("report_number") == null
                                ? null
                                : new ReportNumber(row.getString("report_number")),
                        row.getString("address"),
                        row.getString("beat_code"),
                        row.getTimestamp("created_at").toInstant(),
                        List.of()))
                .optional()
                .map(found -> withHistory(found));
    }

    private StoredRequest withHistory(StoredRequest found) {
        List<RequestLifecycle.Step> history = historyOf(found.id());
        return new StoredRequest(
                found.id(),
                found.trackingNumber(),
                found.trackingCodeHash(),
                found.channel(),
                found.incidentType(),
                found.status(),
                found.priority(),
                found.reportNumber(),
                found.address(),
                found.beatCode(),
                found.receivedAt(),
                history);
    }

    private List<RequestLifecycle.Step> historyOf(long requestId) {
        return jdbc.sql("""
                        select status, at, actor, public_note, private_note, kind, priority from intake.request_history
                        where request_id = :id order by position
                        """)
                .param("id", requestId)
                .query((row, index) -> new RequestLifecycle.Step(
                        RequestStatus.valueOf(row.getString("status")),
                        row.getTimestamp("at").toInstant(),
                        row.getString("actor"),
                        row.getString("public_note"),
                        row.getString("private_note"),
                        RequestLifecycle.Kind.valueOf(row.getString("kind")),
                        (Integer) row.getObject("priority", Integer.class)))
                .list();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
