package org.precinct.records;

/**
 * What NIBRS records of a person who is a victim, an offender or an arrestee: no name, only the descriptors the FBI
 * counts. Any of them may be {@code null} when the report does not give it; the edits say which are required.
 *
 * @param age age, a range of ages, or an age in words
 * @param sex sex
 * @param race race
 * @param ethnicity ethnicity
 * @param residentStatus whether the person lives in the jurisdiction (victims and arrestees only)
 */
public record NibrsPersonDescription(
        NibrsAge age, NibrsSex sex, NibrsRace race, NibrsEthnicity ethnicity, NibrsResidentStatus residentStatus) {

    /** A person about whom nothing is known. */
    public static NibrsPersonDescription nothingKnown() {
        return new NibrsPersonDescription(null, null, null, null, null);
    }

    /** Whether no descriptor at all is given. */
    public boolean isEmpty() {
        return age == null && sex == null && race == null && ethnicity == null && residentStatus == null;
    }
}
