package org.precinct.personnel.web;

import java.net.URI;
import org.precinct.personnel.PersonnelRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused personnel change with a 409 problem whose detail names the numbers ("this unit still has 3
 * active members") and, when one input caused it, that field. Runs before the application-wide problem advice,
 * which knows only the message key.
 */
@RestControllerAdvice(assignableTypes = {EmployeeRestController.class, OrgUnitRestController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PersonnelApiProblemAdvice {

    private final MessageSource messages;

    PersonnelApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PersonnelRuleViolation.class)
    ProblemDetail ruleViolation(PersonnelRuleViolation violation) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        problem.setDetail(
                messages.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale()));
        violation.field().ifPresent(field -> problem.setProperty("field", field));
        return problem;
    }
}
