package org.precinct.records;

import java.util.List;

/**
 * A victim of an incident (the Victim Segment, Data Elements 23 to 35).
 *
 * @param sequenceNumber the victim's number in the incident, 1 to 999 (23)
 * @param offenses the incident's offenses committed against this victim (24)
 * @param type individual, business, society, law enforcement officer, ... (25)
 * @param officer the officer's activity and assignment, for a law enforcement officer victim (25A to 25C), or
 *     {@code null}
 * @param person age, sex, race, ethnicity and resident status, for an individual or officer (26 to 30); never
 *     {@code null} (nothing known is {@link NibrsPersonDescription#nothingKnown()})
 * @param circumstances aggravated assault or homicide circumstances (31; up to two)
 * @param justifiableHomicideCircumstance additional circumstance of a justifiable homicide (32), or {@code null}
 * @param injuries the injuries suffered (33; up to five)
 * @param relationships the victim's relationships to the offenders (34, 35)
 */
public record NibrsVictim(
        int sequenceNumber,
        List<NibrsUcrOffense> offenses,
        NibrsVictimType type,
        NibrsOfficerDetails officer,
        NibrsPersonDescription person,
        List<NibrsAssaultHomicideCircumstance> circumstances,
        NibrsJustifiableHomicideCircumstance justifiableHomicideCircumstance,
        List<NibrsInjury> injuries,
        List<NibrsOffenderRelationship> relationships) {

    public NibrsVictim {
        offenses = NibrsLists.copy(offenses);
        person = person == null ? NibrsPersonDescription.nothingKnown() : person;
        circumstances = NibrsLists.copy(circumstances);
        injuries = NibrsLists.copy(injuries);
        relationships = NibrsLists.copy(relationships);
    }

    /** Whether the victim is a person: an individual or a law enforcement officer. */
    public boolean isPerson() {
        return type == NibrsVictimType.INDIVIDUAL || type == NibrsVictimType.LAW_ENFORCEMENT_OFFICER;
    }
}
