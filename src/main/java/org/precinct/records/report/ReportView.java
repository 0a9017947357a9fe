package org.precinct.records.report;

import java.util.List;
import java.util.Set;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportProblem;

/**
 * An incident report as one staff member may see it: juvenile persons left out for all but records staff, with its
 * history, what its checks find, its files, and the steps this staff member may take now.
 *
 * @param returnComments the comments of the last return while the report is back with its author, else {@code null}
 * @param reviewer the supervisor reviewing or who reviewed it, or {@code null}
 * @param actions the steps the report's state allows and this staff member may take
 */
public record ReportView(
        IncidentReportDetails report,
        List<ReportStep> history,
        List<IncidentReportProblem> problems,
        List<IncidentReportStore.AttachmentInfo> attachments,
        String returnComments,
        String reviewer,
        Set<IncidentReport.Action> actions) {

    public ReportView {
        history = List.copyOf(history);
        problems = List.copyOf(problems);
        attachments = List.copyOf(attachments);
        actions = Set.copyOf(actions);
    }

    /** Whether this staff member may take the step (named as {@link IncidentReport.Action} names it) now. */
    public boolean can(String action) {
        return actions.contains(IncidentReport.Action.valueOf(action));
    }

    /** Whether something stops the report from moving on. */
    public boolean blocked() {
        return problems.stream().anyMatch(IncidentReportProblem::blocking);
    }
}
