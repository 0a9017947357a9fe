package org.precinct.intake.review;

import java.time.Clock;
import java.util.List;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.DuplicateCandidates;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.request.ServiceRequestStore;
import org.precinct.personnel.EmployeeDirectory;
import org.precinct.personnel.EmployeeListEntry;
import org.precinct.personnel.EmployeeRecords;
import org.precinct.personnel.EmployeeSummary;
import org.precinct.personnel.UnitRef;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reviewers read: the queue of reports, each report with everything in it (its likely duplicates too), and its
 * files. Reading a report or a file is audited (they hold personal data), and so is every search of the queue.
 */
@Service
public class ReviewQueue {

    public static final String ATTACHMENT_OBJECT_TYPE = "request-attachment";

    private final ReviewQueries queries;
    private final ServiceRequestStore store;
    private final IncidentTypes types;
    private final DuplicateCandidates duplicates;
    private final EmployeeDirectory employees;
    private final EmployeeRecords employeeRecords;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewQueue(
            ReviewQueries queries,
            ServiceRequestStore store,
            IncidentTypes types,
            DuplicateCandidates duplicates,
            EmployeeDirectory employees,
            EmployeeRecords employeeRecords,
            AuditTrail audit,
            Clock clock) {
        this.queries = queries;
        this.store = store;
        this.types = types;
        this.duplicates = duplicates;
        this.employees = employees;
        this.employeeRecords = employeeRecords;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the reports matching the filter, most urgent first, then oldest. */
    @Transactional(readOnly = true)
    public QueuePage search(QueueFilter filter) {
        SignedInStaff.current()
                .require(
                        ReviewAccess.REVIEWERS, audit, AuditAction.SEARCH, ReportReview.OBJECT_TYPE, filter.describe());
        QueuePage found = queries.queue(filter, clock.instant());
        QueuePage page = new QueuePage(
                found.entries().stream()
                        .map(entry ->
                                entry.withLikelyDuplicates((int) duplicates.recordedFor(entry.trackingNumber()).stream()
                                        .filter(duplicate -> duplicate.status().isOpen())
                                        .count()))
                        .toList(),
                filter,
                found.total());
        audit.success(AuditAction.SEARCH, ReportReview.OBJECT_TYPE, filter.describe());
        return page;
    }

    /**
     * A report with everything in it, for reviewers and for the officer it is assigned to.
     *
     * @throws NoSuchRecordException when there is no such report
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    @Transactional(readOnly = true)
    public ReportUnderReview report(TrackingNumber number) {
        SignedInStaff staff = SignedInStaff.current();
        if (!staff.holdsAny(ReviewAccess.REVIEWERS) && !staff.roles().contains(Role.OFFICER)) {
            throw SignedInStaff.refused(audit, AuditAction.VIEW, ReportReview.OBJECT_TYPE, number.value());
        }
        ReviewQueries.ReportRow row = queries.report(number, clock.instant())
                .orElseThrow(() -> new NoSuchRecordException(ReportReview.OBJECT_TYPE, number));
        if (!staff.holdsAny(ReviewAccess.REVIEWERS) && !staff.isAssignee(row.assignee())) {
            throw SignedInStaff.refused(audit, AuditAction.VIEW, ReportReview.OBJECT_TYPE, number.value());
        }
        ReportUnderReview report = new ReportUnderReview(
                row.id(),
                row.trackingNumber(),
                row.channel(),
                row.incidentType(),
                types.find(row.incidentType()).orElse(null),
                row.status(),
                row.priority(),
                row.reportNumber(),
                row.assignee(),
                row.assignee() == null
                        ? null
                        : employees
                                .findByDsn(row.assignee())
                                .map(EmployeeSummary::displayName)
                                .orElse(null),
                row.description(),
                row.occurredFrom(),
                row.occurredTo(),
                row.address(),
                row.latitude(),
                row.longitude(),
                row.beat(),
                row.jurisdiction(),
                row.answers(),
                row.reporter(),
                row.callerPhone(),
                row.takenBy(),
                row.receivedAt(),
                row.reviewDueAt(),
                row.overdue(),
                row.version(),
                queries.people(row.id()),
                queries.vehicles(row.id()),
                queries.property(row.id()),
                store.findByTrackingNumber(number).orElseThrow().history(),
                queries.supplements(row.id()),
                queries.attachments(row.id()),
                duplicates.recordedFor(number));
        audit.success(AuditAction.VIEW, ReportReview.OBJECT_TYPE, number.value());
        return report;
    }

    /** A file of a report with its bytes and its checked media type. */
    public record AttachmentFile(String fileName, String mediaType, byte[] content) {}

    /**
     * A photo or document of a report, for the same staff who may read the report.
     *
     * @throws NoSuchRecordException when the report has no such file
     */
    @Transactional(readOnly = true)
    public AttachmentFile attachment(TrackingNumber number, long attachmentId) {
        SignedInStaff staff = SignedInStaff.current();
        if (!staff.holdsAny(ReviewAccess.REVIEWERS) && !staff.roles().contains(Role.OFFICER)) {
            throw SignedInStaff.refused(audit, AuditAction.VIEW, ATTACHMENT_OBJECT_TYPE, attachmentId);
        }
        ReviewQueries.ReportRow row = queries.report(number, clock.instant())
                .orElseThrow(() -> new NoSuchRecordException(ATTACHMENT_OBJECT_TYPE, attachmentId));
        if (!staff.holdsAny(ReviewAccess.REVIEWERS) && !staff.isAssignee(row.assignee())) {
            throw SignedInStaff.refused(audit, AuditAction.VIEW, ATTACHMENT_OBJECT_TYPE, attachmentId);
        }
        ReviewQueries.AttachmentContent file = queries.attachment(row.id(), attachmentId)
                .orElseThrow(() -> new NoSuchRecordException(ATTACHMENT_OBJECT_TYPE, attachmentId));
        audit.success(AuditAction.VIEW, ATTACHMENT_OBJECT_TYPE, attachmentId);
        return new AttachmentFile(file.fileName(), file.mediaType(), file.content());
    }

    /**
     * An officer a report may be assigned to.
     *
     * @param displayName rank and name, e.g. "Ofc. Dana Lee"
     * @param unit the unit they serve in, or {@code null}
     */
    public record Officer(String dsn, String displayName, UnitRef unit) {}

    /** The officers a report may be assigned to: serving sworn employees, by name. Names only: not audited. */
    @Transactional(readOnly = true)
    public List<Officer> officers() {
        List<EmployeeListEntry> serving = employeeRecords.serving();
        return serving.stream()
                .filter(EmployeeListEntry::sworn)
                .map(entry -> new Officer(entry.dsn(), entry.rank().prefix(entry.fullName()), entry.unit()))
                .toList();
    }
}
