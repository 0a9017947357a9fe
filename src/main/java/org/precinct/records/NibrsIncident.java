package org.precinct.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Group A incident as NIBRS reports it: the Administrative Segment (Data Elements 1 to 5) with the incident's
 * offenses, property, victims, offenders and arrestees. The model holds what a report says, valid or not;
 * {@link NibrsEdits} says what the FBI would reject.
 *
 * @param incidentNumber the department's number of the incident, up to 12 letters, digits and hyphens (2)
 * @param incidentDate the day the incident occurred or began (3)
 * @param incidentHour the hour it began, 0 to 23, or {@code null} when not known (3)
 * @param dateIsReportDate whether {@code incidentDate} is the day it was reported because the day it happened is
 *     not known (3)
 * @param cargoTheft whether the incident involved cargo theft (2A), or {@code null} when not reported
 * @param exceptionalClearance how the incident was cleared exceptionally, or not applicable (4)
 * @param exceptionalClearanceDate when it was cleared exceptionally (5), or {@code null}
 * @param offenses the offenses, up to ten, each offense code once
 * @param property the property lost, recovered, seized, burned, ...
 * @param victims the victims
 * @param offenders the offenders; none when nothing is known about any offender
 * @param arrestees the persons arrested for the incident
 */
public record NibrsIncident(
        String incidentNumber,
        LocalDate incidentDate,
        Integer incidentHour,
        boolean dateIsReportDate,
        Boolean cargoTheft,
        NibrsExceptionalClearance exceptionalClearance,
        LocalDate exceptionalClearanceDate,
        List<NibrsOffense> offenses,
        List<NibrsPropertyItem> property,
        List<NibrsVictim> victims,
        List<NibrsOffender> offenders,
        List<NibrsArrestee> arrestees) {

    public NibrsIncident {
        offenses = NibrsLists.copy(offenses);
        property = NibrsLists.copy(property);
        victims = NibrsLists.copy(victims);
        offenders = NibrsLists.copy(offenders);
        arrestees = NibrsLists.copy(arrestees);
    }

    /** The offense with this code, if the incident has it. */
    public Optional<NibrsOffense> offense(NibrsUcrOffense code) {
        return offenses.stream().filter(offense -> offense.offense() == code).findFirst();
    }

    /** The offender with this sequence number, if there is one. */
    public Optional<NibrsOffender> offender(int sequenceNumber) {
        return offenders.stream()
                .filter(offender -> offender.sequenceNumber() == sequenceNumber)
                .findFirst();
    }

    /** Whether the incident was cleared exceptionally (Data Element 4 other than N). */
    public boolean clearedExceptionally() {
        return exceptionalClearance != null && exceptionalClearance != NibrsExceptionalClearance.NOT_APPLICABLE;
    }
}
