package org.precinct.intake.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.precinct.intake.review.InvalidReviewInput;
import org.precinct.intake.review.RejectionReasons;
import org.precinct.intake.review.ReviewAccess;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of rejection reasons, for supervisors and administrators: every reason with its labels, a form to add one,
 * and a button to take one out of use or put it back.
 */
@Controller
@RequestMapping(RejectionReasonWebController.PATH)
@ReviewAccess.ListKeepersOnly
class RejectionReasonWebController {

    static final String PATH = "/staff/intake/rejection-reasons";

    private final RejectionReasons reasons;
    private final MessageSource messages;

    RejectionReasonWebController(RejectionReasons reasons, MessageSource messages) {
        this.reasons = reasons;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping
    String add(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String labelEn,
            @RequestParam(required = false) String labelEs,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var added = reasons.add(code, labelEn, labelEs);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage("intake.review.reasons.added", new Object[] {added.label(locale)}, locale));
            return "redirect:" + PATH;
        } catch (InvalidReviewInput invalid) {
            Map<String, String> errors = ReviewResponses.messages(invalid, messages, locale);
            Map<String, String> submitted = new LinkedHashMap<>();
            submitted.put("code", code == null ? "" : code);
            submitted.put("labelEn", labelEn == null ? "" : labelEn);
            submitted.put("labelEs", labelEs == null ? "" : labelEs);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, errors, submitted);
        }
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, Locale locale, RedirectAttributes redirect) {
        return setActive(code, false, locale, redirect);
    }

    @PostMapping("/{code}/reactivate")
    String reactivate(@PathVariable String code, Locale locale, RedirectAttributes redirect) {
        return setActive(code, true, locale, redirect);
    }

    private String setActive(String code, boolean active, Locale locale, RedirectAttributes redirect) {
        if (reasons.setActive(code, active)) {
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            active ? "intake.review.reasons.reactivated" : "intake.review.reasons.deactivated",
                            new Object[] {code},
                            locale));
        } else {
            redirect.addFlashAttribute("refusal", messages.getMessage("intake.review.reasons.unknown", null, locale));
        }
        return "redirect:" + PATH;
    }

    private String page(Model model, Map<String, String> errors, Map<String, String> submitted) {
        model.addAttribute("reasons", reasons.all());
        model.addAttribute("errors", errors);
        model.addAttribute("submitted", submitted);
        return "intake/review/rejection-reasons";
    }
}
