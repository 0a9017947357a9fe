package org.precinct.intake.catalogue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field holding a whole number from {@code min} to {@code max} as typed. Blank passes (a required field
 * says so with its own constraint), so that an empty field gets one message, not two.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Constraint(validatedBy = WholeNumber.Validator.class)
@interface WholeNumber {

    int min();

    int max();

    String message() default "{intake.catalogue.validation.whole-number}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeNumber, String> {

        private int min;
        private int max;

        @Override
        public void initialize(WholeNumber annotation) {
            this.min = annotation.min();
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String digits = value.strip();
            if (!digits.matches("[0-9]{1,9}")) {
                return false;
            }
            int number = Integer.parseInt(digits);
            return number >= min && number <= max;
        }
    }
}
