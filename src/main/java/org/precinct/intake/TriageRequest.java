package org.precinct.intake;

/**
 * What the emergency check reads: the reporter's own words and the safety answers.
 *
 * @param description the description as written or dictated; {@code null} reads as empty, and only the first
 *     {@value #MAX_DESCRIPTION_LENGTH} characters are read
 * @param answers the safety answers; {@code null} reads as {@link TriageAnswers#NONE}
 */
public record TriageRequest(String description, TriageAnswers answers) {

    /** The longest description the channels accept, and the most the check reads. */
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;

    public TriageRequest {
        description = description == null ? "" : description;
        answers = answers == null ? TriageAnswers.NONE : answers;
    }

    public static TriageRequest of(String description) {
        return new TriageRequest(description, TriageAnswers.NONE);
    }
}
