package org.precinct.intake.web;

import java.util.Locale;
import java.util.Map;
import org.precinct.intake.TriageResult;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem details (RFC 9457) of the public intake endpoints, the same wherever a resident's words and fields
 * are checked: a refusal names every wrong field with a message to act on, and an emergency says to call 911 with
 * the reasons.
 */
public final class FilingProblems {

    private FilingProblems() {}

    /** 400 with {@code errors}: each field and its message, in the order found. */
    public static ProblemDetail invalid(Map<String, String> problems, MessageSource messages, Locale locale) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "problem.invalid", messages, locale);
        problem.setProperty(
                "errors",
                problems.entrySet().stream()
                        .map(entry -> Map.of(
                                "field",
                                entry.getKey(),
                                "message",
                                messages.getMessage(entry.getValue(), null, locale)))
                        .toList());
        return problem;
    }

    /** 422 with {@code emergency: true} and the reasons: nothing was stored, the person must call 911. */
    public static ProblemDetail emergency(TriageResult triage, MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("intake.submit.emergency", null, locale));
        problem.setTitle("Call 911");
        problem.setProperty("emergency", true);
        problem.setProperty(
                "reasons",
                triage.reasons().stream()
                        .map(reason -> Map.of(
                                "code", reason.code(),
                                "phrase", reason.phrase(),
                                "explanation", messages.getMessage(reason.messageKey(), null, reason.code(), locale)))
                        .toList());
        return problem;
    }

    /** A problem whose detail is a message of the bundles. */
    public static ProblemDetail of(HttpStatus status, String messageKey, MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null, locale));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
