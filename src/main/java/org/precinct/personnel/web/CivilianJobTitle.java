package org.precinct.personnel.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.precinct.personnel.Rank;

/**
 * Civilian staff need a job title, since their rank says nothing of what they do. Reported on the job title field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Constraint(validatedBy = CivilianJobTitle.Check.class)
@interface CivilianJobTitle {

    String message() default "{personnel.validation.civilian-title}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CivilianJobTitle, RankAndTitle> {

        @Override
        public boolean isValid(RankAndTitle form, ConstraintValidatorContext context) {
            if (form == null
                    || form.rank() != Rank.CIVILIAN
                    || (form.jobTitle() != null && !form.jobTitle().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("jobTitle")
                    .addConstraintViolation();
            return false;
        }
    }
}
