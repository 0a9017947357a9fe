package org.precinct.intake;

/**
 * The safety questions put to a reporter before anything else: is anyone hurt, is it happening now, is the suspect
 * still there, is anyone in danger. A single yes makes the contact an emergency.
 *
 * @param injured someone is hurt
 * @param happeningNow it is happening now
 * @param suspectPresent the suspect is still there
 * @param danger someone is in danger
 */
public record TriageAnswers(boolean injured, boolean happeningNow, boolean suspectPresent, boolean danger) {

    /** No question answered yes (or none asked). */
    public static final TriageAnswers NONE = new TriageAnswers(false, false, false, false);

    public boolean anyYes() {
        return injured || happeningNow || suspectPresent || danger;
    }
}
