package org.precinct.records.nibrs.glue;

import java.util.ArrayList;
import java.util.List;
import org.precinct.records.IncidentReportCheck;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportProblem;
import org.precinct.records.IncidentReportStatus;
import org.precinct.records.NibrsEdits;
import org.precinct.records.NibrsGroupBArrest;
import org.precinct.records.NibrsViolation;
import org.precinct.shared.PrecinctProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The FBI's NIBRS edits, run on what the report would be submitted as. The author of a draft sees them as warnings,
 * since some elements are for the supervisor or the Bureau of Records to settle; once the report is submitted they
 * stop its approval, so that nothing approved is rejected by the FBI.
 */
@Component
@Order(10)
public class NibrsReportCheck implements IncidentReportCheck {

    /** The message that shows a violation in the reader's language: {0} in English, {1} in Spanish. */
    static final String VIOLATION = "nibrs.glue.violation";

    private final NibrsEdits edits;
    private final PrecinctProperties properties;

    NibrsReportCheck(NibrsEdits edits, PrecinctProperties properties) {
        this.edits = edits;
        this.properties = properties;
    }

    @Override
    public List<IncidentReportProblem> check(IncidentReportDetails report) {
        List<NibrsViolation> violations = new ArrayList<>();
        IncidentReportNibrsMapping.incident(report, properties.timeZone())
                .ifPresent(incident -> violations.addAll(edits.check(incident)));
        for (NibrsGroupBArrest arrest : IncidentReportNibrsMapping.groupBArrests(report, properties.timeZone())) {
            violations.addAll(edits.check(arrest));
        }
        boolean blocking = report.status() != IncidentReportStatus.DRAFT;
        return violations.stream()
                .map(violation -> new IncidentReportProblem(
                        null, VIOLATION, List.of(violation.english(), violation.spanish()), blocking))
                .distinct()
                .toList();
    }
}
