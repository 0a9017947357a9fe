package org.precinct.geography.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The fields of a submitted form that are wrong, each with the message key that says how to put it right: one
 * message per field whatever the error (missing, not a number, out of range), naming what the field needs.
 */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), "geography.form." + error.getField() + ".invalid");
        }
        return errors;
    }
}
