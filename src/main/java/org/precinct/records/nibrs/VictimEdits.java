package org.precinct.records.nibrs;

import static org.precinct.records.NibrsEditFamily.OFFENSE_VICTIM;
import static org.precinct.records.NibrsEditFamily.VICTIM_DETAILS;
import static org.precinct.records.NibrsEditFamily.VICTIM_OFFENDER_RELATIONSHIP;
import static org.precinct.records.nibrs.EditFindings.element;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.precinct.records.NibrsAssaultHomicideCircumstance;
import org.precinct.records.NibrsCrimeAgainst;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsInjury;
import org.precinct.records.NibrsOffender;
import org.precinct.records.NibrsOffenderRelationship;
import org.precinct.records.NibrsOffense;
import org.precinct.records.NibrsOri;
import org.precinct.records.NibrsPersonDescription;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.records.NibrsVictim;
import org.precinct.records.NibrsVictimType;
import org.springframework.context.MessageSourceResolvable;

/** The edits of the Victim Segment: kinds of victim per offense, a victim's details, and relationships. */
final class VictimEdits {

    private VictimEdits() {}

    static void check(NibrsIncident incident, EditFindings findings) {
        offenseVictims(incident, findings);
        for (NibrsVictim victim : incident.victims()) {
            Set<NibrsUcrOffense> offenses = connected(incident, victim);
            details(victim, offenses, findings);
            relationships(incident, victim, offenses, findings);
        }
    }

    /** The incident's offenses the victim is tied to. */
    private static Set<NibrsUcrOffense> connected(NibrsIncident incident, NibrsVictim victim) {
        Set<NibrsUcrOffense> offenses = EnumSet.noneOf(NibrsUcrOffense.class);
        victim.offenses().stream()
                .filter(code -> incident.offense(code).isPresent())
                .forEach(offenses::add);
        return offenses;
    }

    private static void offenseVictims(NibrsIncident incident, EditFindings findings) {
        for (NibrsOffense offense : incident.offenses()) {
            if (offense.offense() != null
                    && incident.victims().stream()
                            .noneMatch(victim -> victim.offenses().contains(offense.offense()))) {
                findings.add(OFFENSE_VICTIM, "victim.offenseWithoutVictim", EditFindings.offense(offense.offense()));
            }
        }
        Set<Integer> numbers = new HashSet<>();
        for (NibrsVictim victim : incident.victims()) {
            MessageSourceResolvable where = EditFindings.victim(victim.sequenceNumber());
            if (victim.sequenceNumber() < 1 || victim.sequenceNumber() > 999) {
                findings.add(OFFENSE_VICTIM, "sequence.range", where, "999");
            } else if (!numbers.add(victim.sequenceNumber())) {
                findings.add(OFFENSE_VICTIM, "sequence.duplicate", where);
            }
            if (victim.type() == null) {
                findings.add(OFFENSE_VICTIM, "missing", where, element("victimType"));
            }
            if (victim.offenses().isEmpty()) {
                findings.add(OFFENSE_VICTIM, "victim.noOffense", where);
            }
            findings.atMost(OFFENSE_VICTIM, where, "connectedOffense", victim.offenses(), IncidentEdits.MOST_OFFENSES);
            findings.noDuplicates(OFFENSE_VICTIM, where, "connectedOffense", victim.offenses());
            for (NibrsUcrOffense code : victim.offenses()) {
                if (incident.offense(code).isEmpty()) {
                    findings.add(OFFENSE_VICTIM, "victim.offenseNotInIncident", where, code);
                    continue;
                }
                if (victim.type() == null) {
                    continue;
                }
                NibrsCrimeAgainst against = code.crimeAgainst();
                boolean officer = victim.type() == NibrsVictimType.LAW_ENFORCEMENT_OFFICER;
                if (against == NibrsCrimeAgainst.PERSON && !victim.isPerson()) {
                    findings.add(OFFENSE_VICTIM, "victim.personCrime", where, code);
                }
                if (officer && !OffenseRules.OFFICER_VICTIM.contains(code)) {
                    findings.add(OFFENSE_VICTIM, "victim.officerNotForOffense", where, code);
                }
                if (against == NibrsCrimeAgainst.SOCIETY && victim.type() != NibrsVictimType.SOCIETY_PUBLIC) {
                    findings.add(OFFENSE_VICTIM, "victim.societyCrime", where, code);
                }
                if (against != NibrsCrimeAgainst.SOCIETY && victim.type() == NibrsVictimType.SOCIETY_PUBLIC) {
                    findings.add(OFFENSE_VICTIM, "victim.societyNotForOffense", where, code);
                }
            }
        }
    }

    private static void details(NibrsVictim victim, Set<NibrsUcrOffense> offenses, EditFindings findings) {
        MessageSourceResolvable where = EditFindings.victim(victim.sequenceNumber());
        NibrsPersonDescription person = victim.person();
        if (victim.type() != null && !victim.isPerson()) {
            if (!person.isEmpty()
                    || !victim.injuries().isEmpty()
                    || !victim.circumstances().isEmpty()
                    || victim.justifiableHomicideCircumstance() != null
                    || !victim.relationships().isEmpty()) {
                findings.add(VICTIM_DETAILS, "victim.notAPerson", where, victim.type());
            }
        }
        if (victim.isPerson() && (person.age() == null || person.sex() == null || person.race() == null)) {
            findings.add(VICTIM_DETAILS, "person.descriptors", where);
        }
        boolean officer = victim.type() == NibrsVictimType.LAW_ENFORCEMENT_OFFICER;
        if (officer
                && (victim.officer() == null
                        || victim.officer().activity() == null
                        || victim.officer().assignment() == null)) {
            findings.add(VICTIM_DETAILS, "victim.officerDetails", where);
        }
        if (!officer && victim.officer() != null) {
            findings.add(VICTIM_DETAILS, "victim.officerDetailsNotOfficer", where);
        }
        if (victim.officer() != null
                && victim.officer().otherJurisdictionOri() != null
                && !NibrsOri.isValid(victim.officer().otherJurisdictionOri())) {
            findings.add(
                    VICTIM_DETAILS, "victim.officerOri", where, victim.officer().otherJurisdictionOri());
        }
        if (victim.isPerson()) {
            injuries(victim, offenses, where, findings);
        }
        circumstances(victim, offenses, where, findings);
    }

    private static void injuries(
            NibrsVictim victim, Set<NibrsUcrOffense> offenses, MessageSourceResolvable where, EditFindings findings) {
        List<NibrsInjury> injuries = victim.injuries();
        boolean injuryOffense = offenses.stream().anyMatch(OffenseRules.INJURY::contains);
        if (injuryOffense && injuries.isEmpty()) {
            findings.add(VICTIM_DETAILS, "missing", where, element("injury"));
        }
        if (!injuryOffense && !injuries.isEmpty()) {
            findings.add(VICTIM_DETAILS, "victim.injuryNotForOffense", where);
            return;
        }
        findings.atMost(VICTIM_DETAILS, where, "injury", injuries, 5);
        findings.noDuplicates(VICTIM_DETAILS, where, "injury", injuries);
        findings.alone(VICTIM_DETAILS, where, "injury", injuries, NibrsInjury.NONE);
        // A simple assault with no graver offense against the victim causes at most a minor injury.
        boolean onlySimpleAssault = offenses.contains(NibrsUcrOffense.SIMPLE_ASSAULT)
                && offenses.stream()
                        .filter(OffenseRules.INJURY::contains)
                        .allMatch(code -> code == NibrsUcrOffense.SIMPLE_ASSAULT);
        if (onlySimpleAssault) {
            injuries.stream()
                    .filter(injury -> injury != NibrsInjury.NONE && injury != NibrsInjury.APPARENT_MINOR_INJURY)
                    .distinct()
                    .forEach(injury -> findings.add(VICTIM_DETAILS, "victim.simpleAssaultInjury", where, injury));
        }
    }

    private static void circumstances(
            NibrsVictim victim, Set<NibrsUcrOffense> offenses, MessageSourceResolvable where, EditFindings findings) {
        List<NibrsAssaultHomicideCircumstance> given = victim.circumstances();
        Set<NibrsAssaultHomicideCircumstance> allowed = EnumSet.noneOf(NibrsAssaultHomicideCircumstance.class);
        offenses.stream()
                .map(OffenseRules.CIRCUMSTANCES::get)
                .filter(Objects::nonNull)
                .forEach(allowed::addAll);
        boolean needsCircumstance = !allowed.isEmpty() && victim.isPerson();
        if (needsCircumstance && given.isEmpty()) {
            findings.add(VICTIM_DETAILS, "missing", where, element("circumstance"));
        }
        if (!needsCircumstance && !given.isEmpty()) {
            findings.add(VICTIM_DETAILS, "notForOffense", where, element("circumstance"));
        } else {
            given.stream()
                    .filter(circumstance -> !allowed.contains(circumstance))
                    .distinct()
                    .forEach(circumstance ->
                            findings.add(VICTIM_DETAILS, "victim.circumstanceWrong", where, circumstance));
            findings.atMost(VICTIM_DETAILS, where, "circumstance", given, 2);
            findings.noDuplicates(VICTIM_DETAILS, where, "circumstance", given);
        }
        boolean justifiable = offenses.contains(NibrsUcrOffense.JUSTIFIABLE_HOMICIDE);
        if (justifiable && victim.justifiableHomicideCircumstance() == null) {
            findings.add(VICTIM_DETAILS, "missing", where, element("justifiableHomicide"));
        }
        if (!justifiable && victim.justifiableHomicideCircumstance() != null) {
            findings.add(VICTIM_DETAILS, "notForOffense", where, element("justifiableHomicide"));
        }
    }

    private static void relationships(
            NibrsIncident incident, NibrsVictim victim, Set<NibrsUcrOffense> offenses, EditFindings findings) {
        MessageSourceResolvable where = EditFindings.victim(victim.sequenceNumber());
        List<NibrsOffenderRelationship> relationships = victim.relationships();
        // The FBI asks how the victim knew the offenders only for crimes against persons and robbery.
        boolean asked = victim.isPerson()
                && offenses.stream()
                        .anyMatch(code ->
                                code.crimeAgainst() == NibrsCrimeAgainst.PERSON || code == NibrsUcrOffense.ROBBERY);
        if (!asked) {
            if (!relationships.isEmpty() && victim.isPerson()) {
                findings.add(VICTIM_OFFENDER_RELATIONSHIP, "relationship.notForOffense", where);
            }
            return;
        }
        findings.atMost(VICTIM_OFFENDER_RELATIONSHIP, where, "relationship", relationships, 10);
        Set<Integer> related = new HashSet<>();
        for (NibrsOffenderRelationship relationship : relationships) {
            int number = relationship.offenderSequenceNumber();
            if (incident.offender(number).isEmpty()) {
                findings.add(
                        VICTIM_OFFENDER_RELATIONSHIP, "relationship.noSuchOffender", where, String.valueOf(number));
                continue;
            }
            if (!related.add(number)) {
                findings.add(VICTIM_OFFENDER_RELATIONSHIP, "relationship.twice", where, String.valueOf(number));
            }
            if (relationship.relationship() == null) {
                findings.add(VICTIM_OFFENDER_RELATIONSHIP, "relationship.missing", where, String.valueOf(number));
            }
        }
        // Up to ten offenders are related; an incident with more relates the first ten.
        incident.offenders().stream()
                .map(NibrsOffender::sequenceNumber)
                .distinct()
                .limit(10)
                .filter(number -> !related.contains(number))
                .forEach(number -> findings.add(
                        VICTIM_OFFENDER_RELATIONSHIP, "relationship.missing", where, String.valueOf(number)));
    }
}
