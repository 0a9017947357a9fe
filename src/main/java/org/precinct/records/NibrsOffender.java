package org.precinct.records;

/**
 * An offender of an incident (the Offender Segment, Data Elements 36 to 39A). An incident about whose offenders
 * nothing is known has no offenders; the submission then reports offender number 0 as NIBRS asks.
 *
 * @param sequenceNumber the offender's number in the incident, 1 to 99 (36)
 * @param person age, sex, race and ethnicity (37 to 39A); never {@code null}
 */
public record NibrsOffender(int sequenceNumber, NibrsPersonDescription person) {

    public NibrsOffender {
        person = person == null ? NibrsPersonDescription.nothingKnown() : person;
    }
}
