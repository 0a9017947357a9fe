package org.precinct.intake.online;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.Attachment;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingCode;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.TriageResult;
import org.precinct.intake.request.RequestLifecycle;
import org.precinct.intake.request.ServiceRequestStore;
import org.precinct.notifications.InAppNotifications;
import org.precinct.shared.EmployeeAccounts;
import org.precinct.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a reporter adds to their report after filing it, unlocked by the tracking code like the status: more
 * information (text and files) at any time, and the answer to a reviewer's question, which sends the report back
 * to review. Each addition is kept whole with its files, reaches the staff working the report as an in-app notice
 * (the reviewer who asked, the officer it is assigned to) with a link to it in the review queue, and is never
 * rewritten.
 *
 * <p>The emergency check reads every addition first: "he came back with a gun" must reach 911, not a queue.
 */
@Service
public class ReporterSupplements {

    public static final int MAX_TEXT = 10_000;

    private final ServiceRequestStore store;
    private final ReportTriage triage;
    private final InAppNotifications notifications;
    private final EmployeeAccounts accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReporterSupplements(
            ServiceRequestStore store,
            ReportTriage triage,
            InAppNotifications notifications,
            EmployeeAccounts accounts,
            AuditTrail audit,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.triage = triage;
        this.notifications = notifications;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the reporter adds. */
    public enum Kind {
        /** More information, at any time: stored with the source {@code REPORTER}. */
        INFORMATION("REPORTER"),
        /** The answer to the reviewer's open question: stored with the source {@code ANSWER}. */
        ANSWER("ANSWER");

        private final String source;

        Kind(String source) {
            this.source = source;
        }
    }

    /** What became of an addition. */
    public sealed interface Outcome {}

    /** Stored. */
    public record Added(long supplementId, Instant at, int files) implements Outcome {}

    /** No report has this number, or the code is not its code: the two are told apart nowhere. */
    public record NotFound() implements Outcome {}

    /** Nothing was stored: the text reads as an emergency. */
    public record Emergency(TriageResult triage) implements Outcome {}

    /** Nothing was stored: field ({@code text} or {@code files}) → message key. */
    public record Invalid(Map<String, String> problems) implements Outcome {}

    /** One of the reporter's additions, as the status page lists it. */
    public record Addition(Instant at, Kind kind, String text, int files) {}

    /**
     * Adds to a report.
     *
     * @param text what the reporter writes; required for an answer, and for information without files
     * @param files at most {@link Attachment#MAX_PER_REPORT}
     */
    public Outcome add(String trackingNumber, String trackingCode, Kind kind, String text, List<Attachment> files) {
        Optional<ServiceRequestStore.StoredRequest> request = unlocked(trackingNumber, trackingCode);
        if (request.isEmpty()) {
            return new NotFound();
        }
        String written = text == null ? "" : text.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (written.isEmpty() && (kind == Kind.ANSWER || files.isEmpty())) {
            problems.put(
                    "text",
                    kind == Kind.ANSWER ? "intake.online.status.answer-required" : "intake.online.supplement.empty");
        } else if (written.length() > MAX_TEXT) {
            problems.put("text", "intake.online.supplement.too-long");
        }
        if (files.size() > Attachment.MAX_PER_REPORT) {
            problems.put("files", "intake.online.photos.too-many");
        }
        if (kind == Kind.ANSWER && request.get().status() != RequestStatus.MORE_INFORMATION_NEEDED) {
            problems.put("text", "intake.rule.no-question-open");
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        TriageResult assessment = triage.assess(TriageRequest.of(written));
        if (assessment.emergency()) {
            return new Emergency(assessment);
        }
        try {
            return transactions.execute(status -> store(request.get().trackingNumber(), kind, written, files));
        } catch (RuleViolationException questionClosedMeanwhile) {
            return new Invalid(Map.of("text", questionClosedMeanwhile.messageKey()));
        }
    }

    /** The reporter's additions to the report, oldest first; empty when the number and code do not match. */
    public List<Addition> additions(String trackingNumber, String trackingCode) {
        return unlocked(trackingNumber, trackingCode)
                .map(request -> jdbc.sql("""
                                select s.at, s.source, s.text,
                                       (select count(*) from intake.request_attachment a where a.supplement_id = s.id)
                                           as files
                                from intake.request_supplement s
                                where s.request_id = :id and s.source in ('REPORTER', 'ANSWER')
                                order by s.at, s.id
                                """)
                        .param("id", request.id())
                        .query((row, index) -> new Addition(
                                row.getTimestamp("at").toInstant(),
                                "ANSWER".equals(row.getString("source")) ? Kind.ANSWER : Kind.INFORMATION,
                                row.getString("text"),
                                row.getInt("files")))
                        .list())
                .orElse(List.of());
    }

    private Optional<ServiceRequestStore.StoredRequest> unlocked(String trackingNumber, String trackingCode) {
        if (!TrackingNumber.isWellFormed(trackingNumber) || trackingCode == null || trackingCode.isBlank()) {
            return Optional.empty();
        }
        TrackingCode code = new TrackingCode(trackingCode);
        return store.findByTrackingNumber(new TrackingNumber(trackingNumber))
                .filter(found -> code.matches(found.trackingCodeHash()));
    }

    private Added store(TrackingNumber number, Kind kind, String text, List<Attachment> files) {
        Instant now = clock.instant();
        // The lock orders this addition with review steps on the same report.
        ServiceRequestStore.TrackedRequest tracked =
                store.lockForProgress(number).orElseThrow(() -> new IllegalStateException("The report vanished"));
        RequestLifecycle lifecycle = tracked.lifecycle();
        // The reviewer who asked (an account) hears of the answer; the officer following the report (known by DSN)
        // hears of every addition, on each of their accounts.
        Set<String> toNotify = new LinkedHashSet<>();
        if (kind == Kind.ANSWER) {
            toNotify.add(whoAsked(lifecycle));
            lifecycle.reporterAnswered(now);
        }
        if (lifecycle.assignee() != null) {
            toNotify.addAll(accounts.usernamesOf(lifecycle.assignee()));
        }
        toNotify.remove(null);
        long id = jdbc.sql("""
                        insert into intake.request_supplement (request_id, at, source, text)
                        values (:request, :at, :source, :text)
                        returning id
                        """)
                .param("request", tracked.id())
                .param("at", Timestamp.from(now))
                .param("source", kind.source)
                .param("text", text.isEmpty() ? null : text)
                .query(Long.class)
                .single();
        for (Attachment file : files) {
            store.insertAttachment(tracked.id(), id, file, now);
        }
        if (kind == Kind.ANSWER) {
            store.saveProgress(tracked, tracked.priority(), now);
        }
        String messageKey = kind == Kind.ANSWER ? "intake.online.notice.answer" : "intake.online.notice.supplement";
        for (String username : toNotify) {
            notifications.notify(
                    username, messageKey, new Object[] {number.value()}, "/staff/intake/queue/" + number.value());
        }
        audit.success(AuditAction.CREATE, "service-request-supplement", number.value() + "/" + id);
        return new Added(id, now, files.size());
    }

    /** The reviewer who asked the open question: the actor of the latest step that asked it. */
    private static String whoAsked(RequestLifecycle lifecycle) {
        List<RequestLifecycle.Step> history = lifecycle.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() == RequestStatus.MORE_INFORMATION_NEEDED) {
                return history.get(i).actor();
            }
        }
        return null;
    }
}
