package org.precinct.intake.triage.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.precinct.intake.TriageAnswers;
import org.precinct.intake.TriageRequest;

/**
 * The body of {@code POST /api/v1/triage}.
 *
 * @param description what happened, in the reporter's words
 * @param answers the safety answers; absent, or any of them absent, reads as no
 */
record TriageRequestBody(
        @NotBlank(message = "{intake.triage.validation.description.required}")
        @Size(max = TriageRequest.MAX_DESCRIPTION_LENGTH, message = "{intake.triage.validation.description.too-long}")
        String description,

        Answers answers) {

    /** Each answer is yes, no or not given. */
    record Answers(Boolean injured, Boolean happeningNow, Boolean suspectPresent, Boolean danger) {}

    TriageAnswers answersOrNone() {
        if (answers == null) {
            return TriageAnswers.NONE;
        }
        return new TriageAnswers(
                Boolean.TRUE.equals(answers.injured()),
                Boolean.TRUE.equals(answers.happeningNow()),
                Boolean.TRUE.equals(answers.suspectPresent()),
                Boolean.TRUE.equals(answers.danger()));
    }
}
