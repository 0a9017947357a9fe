package org.precinct.intake.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.TriageReason;
import org.precinct.shared.PrecinctProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log of the non-emergency line: one row per call a call-taker finished, with who took it, the caller's number,
 * the outcome and what goes with it (the report's number, the reasons for a transfer, the inquiry's topic). Every
 * row written is audited. The counts it gives are what the department reports on the line's use.
 */
@Service
public class CallLog {

    public static final int MAX_NOTE = 2_000;
    public static final int MAX_PHONE = 40;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;
    private final JsonMapper json = JsonMapper.builder().build();

    CallLog(JdbcClient jdbc, AuditTrail audit, Clock clock, PrecinctProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * A finished call.
     *
     * @param callerPhone the caller's number as the call-taker typed it, or {@code null}
     * @param reasons for a transfer, why it read as an emergency; empty otherwise
     * @param topicCode for an answered inquiry, its topic; {@code null} otherwise
     * @param note for an answered inquiry, what was said; may be {@code null}
     * @param trackingNumber the report filed or added to; {@code null} otherwise
     */
    public record FinishedCall(
            CallOutcome outcome,
            String callerPhone,
            List<TriageReason> reasons,
            String topicCode,
            String note,
            TrackingNumber trackingNumber) {

        public FinishedCall {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /**
     * Logs a call taken by the signed-in staff member, joining the caller's transaction when there is one, so that a
     * report and its call are stored together.
     *
     * @return the call's id
     */
    @Transactional
    public long log(FinishedCall call) {
        String takenBy = signedInUsername();
        String reasons = call.outcome() == CallOutcome.TRANSFERRED_911
                ? json.writeValueAsString(call.reasons().stream()
                        .map(reason -> Map.of("code", reason.code(), "phrase", reason.phrase()))
                        .toList())
                : null;
        long id = jdbc.sql("""
                        insert into intake.call_record (at, taken_by, caller_phone, outcome, triage_reasons, topic_code,
                                                        note, tracking_number)
                        values (:at, :takenBy, :phone, :outcome, cast(:reasons as jsonb), :topic, :note, :number)
                        returning id
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("takenBy", takenBy)
                .param("phone", shorten(call.callerPhone(), MAX_PHONE))
                .param("outcome", call.outcome().name())
                .param("reasons", reasons)
                .param("topic", call.topicCode())
                .param("note", shorten(call.note(), MAX_NOTE))
                .param(
                        "number",
                        call.trackingNumber() == null
                                ? null
                                : call.trackingNumber().value())
                .query(Long.class)
                .single();
        audit.success(AuditAction.CREATE, "call-record", id);
        return id;
    }

    /** The calls of the days {@code from} to {@code to} (both included, in the department's time zone), counted. */
    @Transactional(readOnly = true)
    public CallSummary summary(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Map<CallOutcome, Long> byOutcome = new EnumMap<>(CallOutcome.class);
        for (CallOutcome outcome : CallOutcome.values()) {
            byOutcome.put(outcome, 0L);
        }
        jdbc.sql("""
                        select outcome, count(*) as calls from intake.call_record
                        where at >= :start and at < :end group by outcome
                        """)
                .param("start", start)
                .param("end", end)
                .query((row, index) -> Map.entry(CallOutcome.valueOf(row.getString("outcome")), row.getLong("calls")))
                .list()
                .forEach(entry -> byOutcome.put(entry.getKey(), entry.getValue()));
        List<CallSummary.TopicCount> byTopic = jdbc.sql("""
                        select t.code, t.label_en, t.label_es, t.position, t.active, count(c.id) as calls
                        from intake.inquiry_topic t
                        left join intake.call_record c on c.topic_code = t.code and c.at >= :start and c.at < :end
                        group by t.code, t.label_en, t.label_es, t.position, t.active
                        having t.active or count(c.id) > 0
                        order by t.position, t.code
                        """)
                .param("start", start)
                .param("end", end)
                .query((row, index) -> new CallSummary.TopicCount(
                        new InquiryTopic(
                                row.getString("code"),
                                row.getString("label_en"),
                                row.getString("label_es"),
                                row.getInt("position"),
                                row.getBoolean("active")),
                        row.getLong("calls")))
                .list();
        audit.success(AuditAction.VIEW, "call-summary", from + ".." + to);
        return new CallSummary(from, to, byOutcome, byTopic);
    }

    /** Today in the department's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    static String signedInUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            throw new IllegalStateException("Calls are logged by a signed-in call-taker");
        }
        return authentication.getName();
    }

    private static String shorten(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
