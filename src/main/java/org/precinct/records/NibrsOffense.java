package org.precinct.records;

import java.util.List;

/**
 * One offense of an incident (the Offense Segment: Data Elements 6 to 13).
 *
 * @param offense the UCR offense code (6); an incident holds each code at most once
 * @param attempted whether the offense was only attempted rather than completed (7)
 * @param offenderSuspectedOfUsing alcohol, drugs, computer equipment, or not applicable (8; one to three)
 * @param biasMotivations the bias that motivated the offense, or none (8A; one to five)
 * @param location where it took place (9)
 * @param premisesEntered number of premises entered, for a burglary of a hotel or storage facility (10), or
 *     {@code null}
 * @param methodOfEntry whether entry was forced, for a burglary (11), or {@code null}
 * @param criminalActivities type of criminal activity or gang information (12; up to three)
 * @param weaponsForce the weapons or force used (13; up to three)
 */
public record NibrsOffense(
        NibrsUcrOffense offense,
        boolean attempted,
        List<NibrsOffenderSuspectedOfUsing> offenderSuspectedOfUsing,
        List<NibrsBiasMotivation> biasMotivations,
        NibrsLocationType location,
        Integer premisesEntered,
        NibrsMethodOfEntry methodOfEntry,
        List<NibrsCriminalActivity> criminalActivities,
        List<NibrsWeaponForce> weaponsForce) {

    public NibrsOffense {
        offenderSuspectedOfUsing = NibrsLists.copy(offenderSuspectedOfUsing);
        biasMotivations = NibrsLists.copy(biasMotivations);
        criminalActivities = NibrsLists.copy(criminalActivities);
        weaponsForce = NibrsLists.copy(weaponsForce);
    }

    /** Whether the offense is a crime against persons. */
    public boolean againstPersons() {
        return offense != null && offense.crimeAgainst() == NibrsCrimeAgainst.PERSON;
    }
}
