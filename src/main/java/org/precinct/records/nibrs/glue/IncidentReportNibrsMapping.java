package org.precinct.records.nibrs.glue;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportDetails.Clearance;
import org.precinct.records.IncidentReportDetails.Person;
import org.precinct.records.IncidentReportDetails.PersonRole;
import org.precinct.records.IncidentReportDetails.PropertyItem;
import org.precinct.records.IncidentReportDetails.PropertyStatus;
import org.precinct.records.NibrsAge;
import org.precinct.records.NibrsArrestee;
import org.precinct.records.NibrsBiasMotivation;
import org.precinct.records.NibrsCrimeAgainst;
import org.precinct.records.NibrsExceptionalClearance;
import org.precinct.records.NibrsGroupBArrest;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsLocationType;
import org.precinct.records.NibrsMultipleArresteeIndicator;
import org.precinct.records.NibrsOffender;
import org.precinct.records.NibrsOffenderRelationship;
import org.precinct.records.NibrsOffenderSuspectedOfUsing;
import org.precinct.records.NibrsOffense;
import org.precinct.records.NibrsPersonDescription;
import org.precinct.records.NibrsPropertyDescription;
import org.precinct.records.NibrsPropertyItem;
import org.precinct.records.NibrsPropertyLossType;
import org.precinct.records.NibrsRace;
import org.precinct.records.NibrsRelationship;
import org.precinct.records.NibrsSex;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.records.NibrsVictim;
import org.precinct.records.NibrsVictimType;
import org.precinct.records.NibrsWeaponForce;
import org.precinct.records.nibrs.OffenseRules;

/**
 * Turns an incident report into what NIBRS reports of it: a Group A incident when it has a Group A offense, and a
 * Group B arrest per arrestee when its offenses are all Group B. Elements the report does not hold are derived
 * where the report implies them (a person victim is an individual, an organisation a business, crimes against
 * society have society as their victim, the loss type follows the property's status) and otherwise left out, so
 * that the NIBRS edits name what is missing.
 */
final class IncidentReportNibrsMapping {

    private IncidentReportNibrsMapping() {}

    /** The Group A incident of the report, or none when it has no Group A offense or was unfounded. */
    static Optional<NibrsIncident> incident(IncidentReportDetails report, ZoneId zone) {
        if (report.clearance() == Clearance.UNFOUNDED) {
            return Optional.empty();
        }
        List<NibrsOffense> offenses = new ArrayList<>();
        for (IncidentReportDetails.Offense offense : report.offenses()) {
            Optional<NibrsUcrOffense> code = NibrsUcrOffense.fromCode(offense.code());
            if (code.isPresent() && code.get().groupA()) {
                offenses.add(offense(code.get(), offense));
            }
        }
        if (offenses.isEmpty()) {
            return Optional.empty();
        }
        LocalDate incidentDate;
        Integer incidentHour;
        boolean dateIsReportDate;
        if (report.occurredFrom() != null) {
            ZonedDateTime occurred = report.occurredFrom().atZone(zone);
            incidentDate = occurred.toLocalDate();
            incidentHour = occurred.getHour();
            dateIsReportDate = false;
        } else {
            incidentDate = report.reportedAt() == null
                    ? null
                    : report.reportedAt().atZone(zone).toLocalDate();
            incidentHour = null;
            dateIsReportDate = true;
        }
        NibrsExceptionalClearance clearance = NibrsExceptionalClearance.NOT_APPLICABLE;
        LocalDate clearanceDate = null;
        if (report.clearance() == Clearance.EXCEPTIONALLY_CLEARED) {
            clearance = NibrsExceptionalClearance.fromCode(report.exceptionalClearance())
                    .orElse(null);
            clearanceDate = report.clearedOn();
        }
        List<NibrsOffender> offenders = new ArrayList<>();
        for (Person suspect : people(report, PersonRole.SUSPECT)) {
            offenders.add(new NibrsOffender(offenders.size() + 1, description(suspect, incidentDate)));
        }
        List<NibrsVictim> victims = victims(report, offenses, offenders, incidentDate);
        List<NibrsUcrOffense> groupA =
                offenses.stream().map(NibrsOffense::offense).toList();
        List<NibrsArrestee> arrestees = new ArrayList<>();
        List<Person> arrested = people(report, PersonRole.ARRESTEE);
        for (Person person : arrested) {
            int sequence = arrestees.size() + 1;
            arrestees.add(new NibrsArrestee(
                    sequence,
                    arrestTransactionNumber(report, sequence),
                    arrestDate(report),
                    null,
                    arrested.size() > 1
                            ? NibrsMultipleArresteeIndicator.COUNT_ARRESTEE
                            : NibrsMultipleArresteeIndicator.NOT_APPLICABLE,
                    groupA.get(0),
                    List.of(),
                    description(person, incidentDate),
                    null));
        }
        return Optional.of(new NibrsIncident(
                incidentNumber(report),
                incidentDate,
                incidentHour,
                dateIsReportDate,
                null,
                clearance,
                clearanceDate,
                offenses,
                property(report),
                victims,
                offenders,
                arrestees));
    }

    /** The Group B arrests of a report whose offenses are all Group B; none without an arrestee. */
    static List<NibrsGroupBArrest> groupBArrests(IncidentReportDetails report, ZoneId zone) {
        if (report.clearance() == Clearance.UNFOUNDED || incident(report, zone).isPresent()) {
            return List.of();
        }
        Optional<NibrsUcrOffense> offense = report.offenses().stream()
                .map(each -> NibrsUcrOffense.fromCode(each.code()))
                .flatMap(Optional::stream)
                .filter(code -> !code.groupA())
                .findFirst();
        if (offense.isEmpty()) {
            return List.of();
        }
        LocalDate incidentDate = report.occurredFrom() != null
                ? report.occurredFrom().atZone(zone).toLocalDate()
                : null;
        List<NibrsGroupBArrest> arrests = new ArrayList<>();
        for (Person person : people(report, PersonRole.ARRESTEE)) {
            int sequence = arrests.size() + 1;
            arrests.add(new NibrsGroupBArrest(
                    arrestTransactionNumber(report, sequence),
                    sequence,
                    arrestDate(report),
                    null,
                    offense.get(),
                    List.of(),
                    description(person, incidentDate),
                    null));
        }
        return arrests;
    }

    private static NibrsOffense offense(NibrsUcrOffense code, IncidentReportDetails.Offense offense) {
        NibrsBiasMotivation bias = offense.biasMotivation() == null
                ? NibrsBiasMotivation.NONE
                : NibrsBiasMotivation.fromCode(offense.biasMotivation()).orElse(null);
        List<NibrsBiasMotivation> biases = bias == null ? List.of() : List.of(bias);
        NibrsLocationType location =
                NibrsLocationType.fromCode(offense.locationType()).orElse(null);
        List<NibrsWeaponForce> weapons = NibrsWeaponForce.fromCode(offense.weaponForce())
                // The form asks every offense for a weapon, and "none" is the honest answer for, say, vandalism;
                // NIBRS wants nothing there, so "none" is left out where it reports no weapon. A real weapon is
                // kept, so that the edits ask the author about it.
                .filter(weapon -> weapon != NibrsWeaponForce.NONE || OffenseRules.takesWeaponOrForce(code))
                .map(List::of)
                .orElse(List.of());
        // The report does not ask what the offender was suspected of using; "not applicable" is what NIBRS
        // reports when nothing points to alcohol, drugs or a computer.
        return new NibrsOffense(
                code,
                offense.attempted(),
                List.of(NibrsOffenderSuspectedOfUsing.NOT_APPLICABLE),
                biases,
                location,
                null,
                null,
                List.of(),
                weapons);
    }

    private static List<NibrsVictim> victims(
            IncidentReportDetails report,
            List<NibrsOffense> offenses,
            List<NibrsOffender> offenders,
            LocalDate incidentDate) {
        List<NibrsVictim> victims = new ArrayList<>();
        List<NibrsUcrOffense> notAgainstSociety = offenses.stream()
                .map(NibrsOffense::offense)
                .filter(code -> code.crimeAgainst() != NibrsCrimeAgainst.SOCIETY)
                .toList();
        boolean relationships = offenses.stream()
                .anyMatch(offense -> offense.againstPersons() || offense.offense() == NibrsUcrOffense.ROBBERY);
        for (Person person : people(report, PersonRole.VICTIM)) {
            int sequence = victims.size() + 1;
            if (person.organisation()) {
                List<NibrsUcrOffense> against = notAgainstSociety.stream()
                        .filter(code -> code.crimeAgainst() != NibrsCrimeAgainst.PERSON)
                        .toList();
                victims.add(new NibrsVictim(
                        sequence,
                        against,
                        NibrsVictimType.BUSINESS,
                        null,
                        null,
                        List.of(),
                        null,
                        List.of(),
                        List.of()));
            } else {
                // The report does not say how victim and offender knew each other; NIBRS has a code for that.
                List<NibrsOffenderRelationship> known = relationships
                        ? offenders.stream()
                                .map(offender -> new NibrsOffenderRelationship(
                                        offender.sequenceNumber(), NibrsRelationship.RELATIONSHIP_UNKNOWN))
                                .toList()
                        : List.of();
                victims.add(new NibrsVictim(
                        sequence,
                        notAgainstSociety,
                        NibrsVictimType.INDIVIDUAL,
                        null,
                        description(person, incidentDate),
                        List.of(),
                        null,
                        List.of(),
                        known));
            }
        }
        List<NibrsUcrOffense> againstSociety = offenses.stream()
                .map(NibrsOffense::offense)
                .filter(code -> code.crimeAgainst() == NibrsCrimeAgainst.SOCIETY)
                .toList();
        if (!againstSociety.isEmpty()) {
            victims.add(new NibrsVictim(
                    victims.size() + 1,
                    againstSociety,
                    NibrsVictimType.SOCIETY_PUBLIC,
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    List.of()));
        }
        return victims;
    }

    private static List<NibrsPropertyItem> property(IncidentReportDetails report) {
        // Items of the same loss type and description are one NIBRS property item with their values added.
        Map<String, Long> values = new LinkedHashMap<>();
        Map<String, NibrsPropertyItem> items = new LinkedHashMap<>();
        for (PropertyItem item : report.property()) {
            NibrsPropertyLossType loss = lossType(item.status());
            if (loss == null) {
                continue;
            }
            NibrsPropertyDescription description =
                    NibrsPropertyDescription.fromCode(item.category()).orElse(null);
            String key = loss.name() + "/" + (description == null ? "" : description.name());
            Long dollars = item.valueCents() == null ? null : Math.round(item.valueCents() / 100.0);
            Long sum = values.containsKey(key) ? add(values.get(key), dollars) : dollars;
            values.put(key, sum);
            items.put(key, new NibrsPropertyItem(loss, description, sum, null, null, List.of()));
        }
        return List.copyOf(items.values());
    }

    private static Long add(Long first, Long second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + second;
    }

    private static NibrsPropertyLossType lossType(PropertyStatus status) {
        if (status == null) {
            return null;
        }
        switch (status) {
            case STOLEN:
                return NibrsPropertyLossType.STOLEN;
            case RECOVERED:
                return NibrsPropertyLossType.RECOVERED;
            case DAMAGED:
                return NibrsPropertyLossType.DESTROYED_DAMAGED_VANDALIZED;
            case EVIDENCE:
                return NibrsPropertyLossType.SEIZED;
            default:
                // Found property was lost by someone, not taken in an offense: NIBRS does not report it.
                return null;
        }
    }

    private static NibrsPersonDescription description(Person person, LocalDate incidentDate) {
        NibrsAge age = NibrsAge.unknown();
        if (person.dateOfBirth() != null
                && incidentDate != null
                && !person.dateOfBirth().isAfter(incidentDate)) {
            int years = Period.between(person.dateOfBirth(), incidentDate).getYears();
            age = NibrsAge.of(Math.min(years, NibrsAge.OLDEST));
        }
        return new NibrsPersonDescription(
                age,
                NibrsSex.fromCode(person.sex()).orElse(NibrsSex.UNKNOWN),
                NibrsRace.fromCode(person.race()).orElse(NibrsRace.UNKNOWN),
                null,
                null);
    }

    private static List<Person> people(IncidentReportDetails report, PersonRole role) {
        return report.people().stream().filter(person -> person.role() == role).toList();
    }

    private static String incidentNumber(IncidentReportDetails report) {
        return report.reportNumber().toUpperCase(java.util.Locale.ROOT);
    }

    private static String arrestTransactionNumber(IncidentReportDetails report, int sequence) {
        return incidentNumber(report) + "-" + sequence;
    }

    /** The report does not date arrests apart; the day it was cleared by arrest is the day of the arrest. */
    private static LocalDate arrestDate(IncidentReportDetails report) {
        return report.clearance() == Clearance.CLEARED_BY_ARREST ? report.clearedOn() : null;
    }
}
