package org.precinct.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.precinct.personnel.PersonnelRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How personnel pages run the command a form submits: a change made redirects with a notice; a change a rule refuses
 * shows the form again with the reason next to its field (409); invalid input shows the form again with its errors
 * (400), without running the command.
 */
final class FormCommands {

    private final MessageSource messages;

    FormCommands(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param noticeKey message key of the notice shown after the redirect
     * @param command carries out the change and answers the path to redirect to
     * @param formPage puts the form back on its page and answers the view name
     */
    String run(
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String noticeKey,
            Supplier<String> command,
            Supplier<String> formPage) {
        if (!errors.hasErrors()) {
            try {
                String target = command.get();
                redirect.addFlashAttribute("notice", Violations.text(messages, noticeKey));
                return "redirect:" + target;
            } catch (PersonnelRuleViolation violation) {
                Violations.reject(errors, violation);
                response.setStatus(HttpStatus.CONFLICT.value());
                return formPage.get();
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formPage.get();
    }
}
