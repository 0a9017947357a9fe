package org.precinct.personnel.web;

import org.precinct.personnel.PersonnelRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** Shows a refused change on a page: next to the field it concerns, or above the form. */
final class Violations {

    private Violations() {}

    static void reject(BindingResult errors, PersonnelRuleViolation violation) {
        if (violation.field().isPresent()
                && errors.getFieldType(violation.field().get()) != null) {
            errors.rejectValue(violation.field().get(), violation.messageKey(), violation.arguments(), null);
        } else {
            errors.reject(violation.messageKey(), violation.arguments(), null);
        }
    }

    static String text(MessageSource messages, PersonnelRuleViolation violation) {
        return messages.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale());
    }

    static String text(MessageSource messages, String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
