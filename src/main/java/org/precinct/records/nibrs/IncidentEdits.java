package org.precinct.records.nibrs;

import static org.precinct.records.NibrsEditFamily.ADMINISTRATIVE;
import static org.precinct.records.NibrsEditFamily.DATES;
import static org.precinct.records.NibrsEditFamily.EXCEPTIONAL_CLEARANCE;
import static org.precinct.records.NibrsEditFamily.OFFENSE;
import static org.precinct.records.NibrsEditFamily.OFFENSE_CIRCUMSTANCES;
import static org.precinct.records.nibrs.EditFindings.element;
import static org.precinct.records.nibrs.EditFindings.incident;
import static org.precinct.records.nibrs.EditFindings.offense;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.precinct.records.NibrsArrestee;
import org.precinct.records.NibrsBiasMotivation;
import org.precinct.records.NibrsCriminalActivity;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsOffenderSuspectedOfUsing;
import org.precinct.records.NibrsOffense;
import org.precinct.records.NibrsPropertyItem;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.records.NibrsWeaponForce;
import org.springframework.context.MessageSourceResolvable;

/**
 * The edits of the Administrative and Offense Segments and of the incident's dates; see
 * {@link org.precinct.records.NibrsEdits} for the list.
 */
public final class IncidentEdits {

    /** Incident and arrest transaction numbers: up to 12 capital letters, digits and hyphens. */
    static final Pattern NUMBER = Pattern.compile("[A-Z0-9-]{1,12}");

    static final int MOST_OFFENSES = 10;

    private IncidentEdits() {}

    /** Runs every edit of an incident. */
    public static EditFindings check(NibrsIncident incident, YearMonth submissionMonth) {
        EditFindings findings = new EditFindings();
        administrative(incident, findings);
        dates(incident, submissionMonth, findings);
        exceptionalClearance(incident, findings);
        offenses(incident, findings);
        circumstances(incident, findings);
        PropertyEdits.check(incident, findings);
        VictimEdits.check(incident, findings);
        PersonEdits.offenders(incident, findings);
        PersonEdits.arrestees(incident, findings);
        return findings;
    }

    static void administrative(NibrsIncident incident, EditFindings findings) {
        MessageSourceResolvable where = incident();
        String number = incident.incidentNumber();
        if (number == null || number.isBlank()) {
            findings.add(ADMINISTRATIVE, "missing", where, element("incidentNumber"));
        } else if (!NUMBER.matcher(number).matches()) {
            findings.add(ADMINISTRATIVE, "incidentNumber.form", where, number);
        }
        if (incident.incidentDate() == null) {
            findings.add(ADMINISTRATIVE, "missing", where, element("incidentDate"));
        }
        if (incident.incidentHour() != null && (incident.incidentHour() < 0 || incident.incidentHour() > 23)) {
            findings.add(ADMINISTRATIVE, "incidentHour.range", where, String.valueOf(incident.incidentHour()));
        }
        if (incident.exceptionalClearance() == null) {
            findings.add(ADMINISTRATIVE, "missing", where, element("exceptionalClearance"));
        }
        if (incident.offenses().isEmpty()) {
            findings.add(ADMINISTRATIVE, "offense.none", where);
        }
        findings.atMost(ADMINISTRATIVE, where, "offense", incident.offenses(), MOST_OFFENSES);
        if (incident.victims().isEmpty()) {
            findings.add(ADMINISTRATIVE, "victim.none", where);
        }
        findings.atMost(ADMINISTRATIVE, where, "victim", incident.victims(), 999);
        findings.atMost(ADMINISTRATIVE, where, "offender", incident.offenders(), 99);
        findings.atMost(ADMINISTRATIVE, where, "arrestee", incident.arrestees(), 99);
        if (Boolean.TRUE.equals(incident.cargoTheft())
                && incident.offenses().stream()
                        .noneMatch(offense -> OffenseRules.CARGO_THEFT.contains(offense.offense()))) {
            findings.add(ADMINISTRATIVE, "cargoTheft.offense", where);
        }
    }

    static void dates(NibrsIncident incident, YearMonth submissionMonth, EditFindings findings) {
        LocalDate lastDay = submissionMonth.atEndOfMonth();
        String month = submissionMonth.toString();
        LocalDate occurred = incident.incidentDate();
        if (occurred != null && occurred.isAfter(lastDay)) {
            findings.add(DATES, "date.afterMonth", incident(), element("incidentDate"), occurred.toString(), month);
        }
        LocalDate cleared = incident.exceptionalClearanceDate();
        if (cleared != null) {
            laterDate(findings, incident(), "exceptionalClearanceDate", cleared, occurred, lastDay, month);
        }
        for (NibrsArrestee arrestee : incident.arrestees()) {
            if (arrestee.arrestDate() != null) {
                laterDate(
                        findings,
                        EditFindings.arrestee(arrestee.sequenceNumber()),
                        "arrestDate",
                        arrestee.arrestDate(),
                        occurred,
                        lastDay,
                        month);
            }
        }
        List<NibrsPropertyItem> property = incident.property();
        for (int i = 0; i < property.size(); i++) {
            NibrsPropertyItem item = property.get(i);
            if (item.dateRecovered() != null) {
                laterDate(
                        findings,
                        EditFindings.property(i, item),
                        "dateRecovered",
                        item.dateRecovered(),
                        occurred,
                        lastDay,
                        month);
            }
        }
    }

    /** A date that follows the incident: not before it, and not after the month submitted. */
    private static void laterDate(
            EditFindings findings,
            MessageSourceResolvable where,
            String element,
            LocalDate date,
            LocalDate occurred,
            LocalDate lastDay,
            String month) {
        if (date.isAfter(lastDay)) {
            findings.add(DATES, "date.afterMonth", where, element(element), date.toString(), month);
        }
        if (occurred != null && date.isBefore(occurred)) {
            findings.add(DATES, "date.beforeIncident", where, element(element), date.toString(), occurred.toString());
        }
    }

    static void exceptionalClearance(NibrsIncident incident, EditFindings findings) {
        if (incident.clearedExceptionally()) {
            if (incident.exceptionalClearanceDate() == null) {
                findings.add(
                        EXCEPTIONAL_CLEARANCE, "clearance.dateMissing", incident(), incident.exceptionalClearance());
            }
            if (!incident.arrestees().isEmpty()) {
                findings.add(EXCEPTIONAL_CLEARANCE, "clearance.withArrest", incident());
            }
        } else if (incident.exceptionalClearanceDate() != null) {
            findings.add(EXCEPTIONAL_CLEARANCE, "clearance.dateNotCleared", incident());
        }
    }

    static void offenses(NibrsIncident incident, EditFindings findings) {
        findings.noDuplicates(
                OFFENSE,
                incident(),
                "offenseCode",
                incident.offenses().stream()
                        .map(NibrsOffense::offense)
                        .filter(code -> code != null)
                        .toList());
        boolean justifiableHomicide =
                incident.offense(NibrsUcrOffense.JUSTIFIABLE_HOMICIDE).isPresent();
        if (justifiableHomicide && incident.offenses().size() > 1) {
            findings.add(OFFENSE, "offense.justifiableHomicideAlone", incident());
        }
        for (NibrsOffense offense : incident.offenses()) {
            MessageSourceResolvable where = offense(offense.offense());
            if (offense.offense() == null) {
                findings.add(OFFENSE, "missing", where, element("offenseCode"));
                continue;
            }
            if (!offense.offense().groupA()) {
                findings.add(OFFENSE, "offense.groupB", where);
            }
            if (offense.attempted() && OffenseRules.ALWAYS_COMPLETED.contains(offense.offense())) {
                findings.add(OFFENSE, "offense.alwaysCompleted", where);
            }
            if (offense.location() == null) {
                findings.add(OFFENSE, "missing", where, element("location"));
            }
            List<NibrsOffenderSuspectedOfUsing> using = offense.offenderSuspectedOfUsing();
            if (using.isEmpty()) {
                findings.add(OFFENSE, "missing", where, element("suspectedOfUsing"));
            }
            findings.atMost(OFFENSE, where, "suspectedOfUsing", using, 3);
            findings.noDuplicates(OFFENSE, where, "suspectedOfUsing", using);
            findings.alone(OFFENSE, where, "suspectedOfUsing", using, NibrsOffenderSuspectedOfUsing.NOT_APPLICABLE);
            List<NibrsBiasMotivation> bias = offense.biasMotivations();
            if (bias.isEmpty()) {
                findings.add(OFFENSE, "missing", where, element("bias"));
            }
            findings.atMost(OFFENSE, where, "bias", bias, 5);
            findings.noDuplicates(OFFENSE, where, "bias", bias);
            findings.alone(OFFENSE, where, "bias", bias, NibrsBiasMotivation.NONE, NibrsBiasMotivation.UNKNOWN);
        }
    }

    static void circumstances(NibrsIncident incident, EditFindings findings) {
        for (NibrsOffense offense : incident.offenses()) {
            NibrsUcrOffense code = offense.offense();
            if (code == null) {
                continue;
            }
            MessageSourceResolvable where = offense(code);
            weaponForce(offense, where, findings);
            criminalActivity(offense, where, findings);
            boolean burglary = code == NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING;
            if (burglary && offense.methodOfEntry() == null) {
                findings.add(OFFENSE_CIRCUMSTANCES, "missing", where, element("methodOfEntry"));
            }
            if (!burglary && offense.methodOfEntry() != null) {
                findings.add(OFFENSE_CIRCUMSTANCES, "entry.notBurglary", where);
            }
            boolean countsPremises = burglary && OffenseRules.PREMISES_LOCATIONS.contains(offense.location());
            if (countsPremises && offense.premisesEntered() == null) {
                findings.add(OFFENSE_CIRCUMSTANCES, "missing", where, element("premisesEntered"));
            }
            if (!countsPremises && offense.premisesEntered() != null) {
                findings.add(OFFENSE_CIRCUMSTANCES, "premises.notAllowed", where);
            }
            if (offense.premisesEntered() != null
                    && (offense.premisesEntered() < 1 || offense.premisesEntered() > 99)) {
                findings.add(OFFENSE_CIRCUMSTANCES, "premises.range", where, String.valueOf(offense.premisesEntered()));
            }
        }
    }

    private static void weaponForce(NibrsOffense offense, MessageSourceResolvable where, EditFindings findings) {
        List<NibrsWeaponForce> weapons = offense.weaponsForce();
        boolean takesWeapon = OffenseRules.WEAPON_FORCE.contains(offense.offense());
        if (takesWeapon && weapons.isEmpty()) {
            findings.add(OFFENSE_CIRCUMSTANCES, "missing", where, element("weaponForce"));
        }
        if (!takesWeapon && !weapons.isEmpty()) {
            findings.add(OFFENSE_CIRCUMSTANCES, "notForOffense", where, element("weaponForce"));
            return;
        }
        findings.atMost(OFFENSE_CIRCUMSTANCES, where, "weaponForce", weapons, 3);
        findings.noDuplicates(OFFENSE_CIRCUMSTANCES, where, "weaponForce", weapons);
        findings.alone(OFFENSE_CIRCUMSTANCES, where, "weaponForce", weapons, NibrsWeaponForce.NONE);
        if (offense.offense() == NibrsUcrOffense.SIMPLE_ASSAULT) {
            weapons.stream()
                    .filter(weapon -> !OffenseRules.SIMPLE_ASSAULT_WEAPONS.contains(weapon))
                    .forEach(weapon -> findings.add(OFFENSE_CIRCUMSTANCES, "weapon.simpleAssault", where, weapon));
        }
    }

    private static void criminalActivity(NibrsOffense offense, MessageSourceResolvable where, EditFindings findings) {
        List<NibrsCriminalActivity> activities = offense.criminalActivities();
        Set<NibrsCriminalActivity> required = OffenseRules.CRIMINAL_ACTIVITY_REQUIRED.get(offense.offense());
        boolean gang = OffenseRules.GANG_INFORMATION.contains(offense.offense());
        if (required != null && activities.isEmpty()) {
            findings.add(OFFENSE_CIRCUMSTANCES, "missing", where, element("criminalActivity"));
        }
        if (required == null && !gang && !activities.isEmpty()) {
            findings.add(OFFENSE_CIRCUMSTANCES, "notForOffense", where, element("criminalActivity"));
            return;
        }
        Set<NibrsCriminalActivity> allowed = required != null ? required : OffenseRules.GANG_CODES;
        activities.stream()
                .filter(activity -> !allowed.contains(activity))
                .distinct()
                .forEach(activity -> findings.add(OFFENSE_CIRCUMSTANCES, "activity.wrongKind", where, activity));
        findings.atMost(OFFENSE_CIRCUMSTANCES, where, "criminalActivity", activities, 3);
        findings.noDuplicates(OFFENSE_CIRCUMSTANCES, where, "criminalActivity", activities);
        findings.alone(
                OFFENSE_CIRCUMSTANCES, where, "criminalActivity", activities, NibrsCriminalActivity.NONE_UNKNOWN);
    }
}
