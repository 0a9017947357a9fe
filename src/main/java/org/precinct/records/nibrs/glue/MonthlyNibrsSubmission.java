package org.precinct.records.nibrs.glue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReports;
import org.precinct.records.NibrsEdits;
import org.precinct.records.NibrsGroupBArrest;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsSubmission;
import org.precinct.records.NibrsSubmissions;
import org.precinct.shared.PrecinctProperties;
import org.springframework.stereotype.Service;

/**
 * The department's NIBRS submission for a month: the Group A incidents and Group B arrests of the incident reports
 * the Bureau of Records approved in it. A report the FBI's edits would still reject (approved before the edits
 * were checked, or failing a date edit for this month) is held back and named, never sent. Every submission is
 * audited as an export of the month.
 */
@Service
public class MonthlyNibrsSubmission {

    /** The audit trail's name for a month's submission; the month ({@code 2026-10}) is its id. */
    public static final String OBJECT_TYPE = "nibrs-submission";

    private final IncidentReports reports;
    private final NibrsSubmissions submissions;
    private final NibrsEdits edits;
    private final AuditTrail audit;
    private final ZoneId zone;

    MonthlyNibrsSubmission(
            IncidentReports reports,
            NibrsSubmissions submissions,
            NibrsEdits edits,
            AuditTrail audit,
            PrecinctProperties properties) {
        this.reports = reports;
        this.submissions = submissions;
        this.edits = edits;
        this.audit = audit;
        this.zone = properties.timeZone();
    }

    /** A month's submission and the numbers of the reports held back from it. */
    public record Outcome(NibrsSubmission submission, List<String> heldBack) {}

    /**
     * The submission for {@code month}.
     *
     * @throws org.precinct.shared.RuleViolationException {@code nibrs.submission.noOri} when no ORI is configured
     */
    public Outcome submission(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<NibrsIncident> incidents = new ArrayList<>();
        List<NibrsGroupBArrest> arrests = new ArrayList<>();
        List<String> heldBack = new ArrayList<>();
        for (IncidentReportDetails report : reports.approvedBetween(from, to)) {
            Optional<NibrsIncident> incident = IncidentReportNibrsMapping.incident(report, zone);
            List<NibrsGroupBArrest> groupB = IncidentReportNibrsMapping.groupBArrests(report, zone);
            boolean rejected =
                    incident.map(each -> !edits.check(each, month).isEmpty()).orElse(false)
                            || groupB.stream()
                                    .anyMatch(each -> !edits.check(each, month).isEmpty());
            if (rejected) {
                heldBack.add(report.reportNumber());
                continue;
            }
            incident.ifPresent(incidents::add);
            arrests.addAll(groupB);
        }
        NibrsSubmission submission = submissions.submission(month, incidents, arrests);
        audit.success(AuditAction.EXPORT, OBJECT_TYPE, month.toString());
        return new Outcome(submission, heldBack);
    }
}
