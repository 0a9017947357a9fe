package org.precinct.records.report;

import java.util.ArrayList;
import java.util.List;
import org.precinct.records.IncidentReportCheck;
import org.precinct.records.IncidentReportCodes;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportDetails.PersonRole;
import org.precinct.records.IncidentReportProblem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What every report needs before a supervisor sees it: when and where it happened, at least one offense with the
 * kind of place it happened at, a narrative worth the name, a victim who is a person for a crime against a person,
 * an arrestee for a report cleared by arrest. A VIN whose check digit does not add up, and a place outside every
 * jurisdiction, are worth a look but stop nothing.
 */
@Component
@Order(0)
public class CompletenessCheck implements IncidentReportCheck {

    /** Fewer characters than this cannot tell what happened. */
    static final int SHORTEST_NARRATIVE = 30;

    @Override
    public List<IncidentReportProblem> check(IncidentReportDetails report) {
        List<IncidentReportProblem> problems = new ArrayList<>();
        if (report.occurredFrom() == null) {
            problems.add(IncidentReportProblem.missing("occurredFrom", "records.report.missing.occurred"));
        }
        if (report.address() == null && report.latitude() == null) {
            problems.add(IncidentReportProblem.missing("address", "records.report.missing.place"));
        } else if (report.jurisdictionCode() == null) {
            problems.add(IncidentReportProblem.warning("address", "records.report.warning.outside"));
        }
        if (report.offenses().isEmpty()) {
            problems.add(IncidentReportProblem.missing("offenses", "records.report.missing.offense"));
        }
        for (int index = 0; index < report.offenses().size(); index++) {
            IncidentReportDetails.Offense offense = report.offenses().get(index);
            if (offense.locationType() == null) {
                problems.add(IncidentReportProblem.missing(
                        "offenses[" + index + "].locationType",
                        "records.report.missing.location-type",
                        offense.code()));
            }
        }
        if (report.narrative() == null || report.narrative().strip().length() < SHORTEST_NARRATIVE) {
            problems.add(
                    IncidentReportProblem.missing("narrative", "records.report.missing.narrative", SHORTEST_NARRATIVE));
        }
        boolean againstPerson = report.offenses().stream()
                .anyMatch(offense -> IncidentReportCodes.crimeAgainst(offense.code())
                        .filter(IncidentReportCodes.CrimeAgainst.PERSON::equals)
                        .isPresent());
        boolean personVictim = report.people().stream()
                .anyMatch(person -> person.role() == PersonRole.VICTIM && !person.organisation());
        if (againstPerson && !personVictim) {
            problems.add(IncidentReportProblem.missing("people", "records.report.missing.person-victim"));
        }
        if (report.clearance() == IncidentReportDetails.Clearance.CLEARED_BY_ARREST
                && report.people().stream().noneMatch(person -> person.role() == PersonRole.ARRESTEE)) {
            problems.add(IncidentReportProblem.missing("clearance", "records.report.missing.arrestee"));
        }
        for (int index = 0; index < report.vehicles().size(); index++) {
            String vin = report.vehicles().get(index).vin();
            if (vin != null && !ContentRules.vinCheckDigitMatches(vin)) {
                problems.add(IncidentReportProblem.warning(
                        "vehicles[" + index + "].vin", "records.report.warning.vin-check-digit", vin));
            }
        }
        return problems;
    }
}
