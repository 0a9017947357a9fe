package org.precinct.records.report;

import java.util.List;
import org.precinct.records.IncidentReportProblem;
import org.precinct.shared.RuleViolationException;

/** A report refused a step because its checks found something blocking; the problems say what, in words. */
public class IncompleteReportException extends RuleViolationException {

    private final transient List<IncidentReportProblem> problems;

    public IncompleteReportException(List<IncidentReportProblem> problems) {
        super(IncidentReport.INCOMPLETE);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, blocking or not, in the order to fix them. */
    public List<IncidentReportProblem> problems() {
        return problems;
    }
}
