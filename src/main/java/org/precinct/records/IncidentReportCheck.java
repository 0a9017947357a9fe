package org.precinct.records;

import java.util.List;

/**
 * A check an incident report must pass before it is submitted and approved, such as completeness or the FBI's NIBRS
 * data element edits. Every bean implementing it is asked; the report's page lists what they find beside the form,
 * and a blocking problem refuses submission and approval.
 */
public interface IncidentReportCheck {

    /** What is missing or wrong with the report, in the order the author should fix it; empty when nothing is. */
    List<IncidentReportProblem> check(IncidentReportDetails report);
}
