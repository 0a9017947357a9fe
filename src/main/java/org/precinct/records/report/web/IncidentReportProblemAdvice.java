package org.precinct.records.report.web;

import java.util.Locale;
import java.util.Map;
import org.precinct.records.report.IncompleteReportException;
import org.precinct.records.report.InvalidReportInput;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers refused report input with problem details that name each field and what is wrong with it, and a report that
 * cannot move on with every problem its checks found. Runs before the application-wide problem advice, which knows
 * only a message key.
 */
@RestControllerAdvice(assignableTypes = IncidentReportRestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IncidentReportProblemAdvice {

    private final MessageSource messages;

    IncidentReportProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidReportInput.class)
    ProblemDetail invalid(InvalidReportInput invalid, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid", null, locale));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty(
                "errors",
                invalid.problems().entrySet().stream()
                        .map(entry -> Map.of(
                                "field",
                                entry.getKey(),
                                "message",
                                messages.getMessage(entry.getValue(), null, locale)))
                        .toList());
        return problem;
    }

    @ExceptionHandler(IncompleteReportException.class)
    ProblemDetail incomplete(IncompleteReportException incomplete, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage(incomplete.messageKey(), null, locale));
        problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        problem.setProperty(
                "problems",
                incomplete.problems().stream()
                        .map(found -> Map.of(
                                "field",
                                found.field() == null ? "" : found.field(),
                                "message",
                                messages.getMessage(
                                        found.messageKey(), found.arguments().toArray(), locale),
                                "blocking",
                                found.blocking()))
                        .toList());
        return problem;
    }
}
