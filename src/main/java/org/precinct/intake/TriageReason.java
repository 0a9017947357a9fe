package org.precinct.intake;

import java.util.Objects;

/**
 * One reason a contact reads as an emergency, shown to the call-taker.
 *
 * @param code a stable identifier of the kind of danger, such as {@code weapon}, {@code fire} or
 *     {@code answer-injured}
 * @param phrase the words of the description that raised it, as the reporter wrote them, or the question answered
 *     yes
 * @param messageKey the message (intake-triage bundle) that explains it to the call-taker; it takes no arguments
 */
public record TriageReason(String code, String phrase, String messageKey) {

    public TriageReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(messageKey, "messageKey");
    }
}
