package org.precinct.records.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportStatus;
import org.precinct.records.IncidentReports;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of incident reports: one report as the signed-in staff member may see it (audited), their task inbox,
 * and, for the parts of Precinct that report to the outside, whole reports ({@link IncidentReports}, not audited here).
 *
 * <p>A sealed report, for everyone but records staff, and a draft, for everyone but its author, supervisors and
 * records staff, does not exist: it is not found and appears in no list. Juvenile persons are left out of every
 * report shown to anyone but records staff.
 */
@Service
public class IncidentReportQueries implements IncidentReports {

    static final int INBOX_LIMIT = 100;

    private final IncidentReportStore store;
    private final IncidentReportWorkflow workflow;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    IncidentReportQueries(
            IncidentReportStore store, IncidentReportWorkflow workflow, AuditTrail audit, JdbcClient jdbc) {
        this.store = store;
        this.workflow = workflow;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * The report as the signed-in staff member may see it; reading it is audited.
     *
     * @throws NoSuchRecordException when there is no such report or they may not know of it
     */
    @Transactional(readOnly = true)
    public ReportView view(String number) {
        ReportActor actor = ReportActor.current();
        IncidentReport report = visible(number, actor);
        audit.success(AuditAction.VIEW, IncidentReportWorkflow.OBJECT_TYPE, number);
        IncidentReportDetails details = store.details(report);
        Set<IncidentReport.Action> actions = EnumSet.noneOf(IncidentReport.Action.class);
        for (IncidentReport.Action action : IncidentReport.Action.values()) {
            if (report.allows(action) && report.mayTake(action, actor)) {
                actions.add(action);
            }
        }
        if (report.author().equals(actor.username())) {
            actions.remove(IncidentReport.Action.START_REVIEW);
            actions.remove(IncidentReport.Action.SUPERVISOR_APPROVE);
            if (report.status() != IncidentReportStatus.RECORDS_REVIEW) {
                actions.remove(IncidentReport.Action.RETURN);
            }
        }
        return new ReportView(
                actor.recordsStaff() ? details : details.withoutJuveniles(),
                report.history(),
                workflow.problems(report),
                store.attachments(report.id()),
                report.returnComments(),
                report.reviewer(),
                actions);
    }

    /**
     * The report as the signed-in staff member may see it, without auditing: for a caller that audits what it does
     * with it (an export).
     *
     * @throws NoSuchRecordException when there is no such report or they may not know of it
     */
    @Transactional(readOnly = true)
    public IncidentReportDetails details(String number) {
        ReportActor actor = ReportActor.current();
        IncidentReportDetails details = store.details(visible(number, actor));
        return actor.recordsStaff() ? details : details.withoutJuveniles();
    }

    /** A file of a report the signed-in staff member may see. */
    @Transactional(readOnly = true)
    public IncidentReportStore.AttachmentContent attachment(String number, long attachmentId) {
        IncidentReport report = visible(number, ReportActor.current());
        IncidentReportStore.AttachmentContent content = store.attachment(report.id(), attachmentId)
                .orElseThrow(() -> new NoSuchRecordException("report-attachment", attachmentId));
        audit.success(AuditAction.VIEW, "report-attachment", attachmentId);
        return content;
    }

    /** The signed-in staff member's task inbox. */
    @Transactional(readOnly = true)
    public ReportInbox inbox() {
        ReportActor actor = ReportActor.current();
        boolean supervisor = actor.holds(Role.SUPERVISOR);
        boolean records = actor.recordsStaff();
        List<InboxEntry> mine = entries("r.author = :me and r.status <> 'APPROVED' and r.status <> 'CLOSED'", actor);
        List<InboxEntry> supervising = supervisor
                ? entries(
                        "r.author <> :me and (r.status = 'SUBMITTED'"
                                + " or (r.status = 'SUPERVISOR_REVIEW' and r.reviewer = :me))",
                        actor)
                : List.of();
        List<InboxEntry> recordsReview = records ? entries("r.status = 'RECORDS_REVIEW'", actor) : List.of();
        audit.success(AuditAction.SEARCH, IncidentReportWorkflow.OBJECT_TYPE, "inbox");
        return new ReportInbox(
                mine.stream()
                        .filter(entry -> entry.status() == IncidentReportStatus.DRAFT && entry.comments() == null)
                        .toList(),
                mine.stream()
                        .filter(entry -> entry.status() == IncidentReportStatus.DRAFT && entry.comments() != null)
                        .toList(),
                mine.stream()
                        .filter(entry -> entry.status() != IncidentReportStatus.DRAFT)
                        .toList(),
                supervising,
                recordsReview,
                supervisor,
                records);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IncidentReportDetails> find(String reportNumber) {
        return store.find(reportNumber).map(store::details);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncidentReportDetails> approvedBetween(Instant from, Instant to) {
        return store.approvedBetween(from, to).stream().map(store::details).toList();
    }

    private IncidentReport visible(String number, ReportActor actor) {
        Optional<IncidentReport> found = store.find(number);
        if (found.isEmpty() || !found.get().visibleTo(actor)) {
            if (found.isPresent()) {
                audit.denied(AuditAction.VIEW, IncidentReportWorkflow.OBJECT_TYPE, number);
            }
            throw new NoSuchRecordException(IncidentReportWorkflow.OBJECT_TYPE, number);
        }
        return found.get();
    }

    private List<InboxEntry> entries(String condition, ReportActor actor) {
        return jdbc.sql("""
                        select r.report_number, r.status, r.address, r.occurred_from, r.author_name, r.updated_at,
                               (select o.offense_code from records.report_offense o
                                where o.report_id = r.id order by o.position limit 1) as offense_code,
                               (select case when s.kind = 'RETURNED' then s.comment end from records.report_step s
                                where s.report_id = r.id order by s.position desc limit 1) as comments
                        from records.incident_report r
                        where (not r.sealed or :records) and """ + " " + condition + """
                         order by r.updated_at desc, r.id desc
                        limit :limit
                        """)
                .param("me", actor.username())
                .param("records", actor.recordsStaff())
                .param("limit", INBOX_LIMIT)
                .query(IncidentReportQueries::entry)
                .list();
    }

    private static InboxEntry entry(ResultSet row, int index) throws SQLException {
        Timestamp occurred = row.getTimestamp("occurred_from");
        return new InboxEntry(
                row.getString("report_number"),
                IncidentReportStatus.valueOf(row.getString("status")),
                row.getString("offense_code"),
                row.getString("address"),
                occurred == null ? null : occurred.toInstant(),
                row.getString("author_name"),
                row.getTimestamp("updated_at").toInstant(),
                row.getString("comments"));
    }
}
