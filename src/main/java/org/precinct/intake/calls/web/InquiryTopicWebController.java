package org.precinct.intake.calls.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.precinct.intake.calls.InquiryTopics;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the list of inquiry topics: add a topic, retire one, bring one back. */
@Controller
@RequestMapping(InquiryTopicWebController.PATH)
@PreAuthorize("hasRole('ADMIN')")
class InquiryTopicWebController {

    static final String PATH = CallTakerWebController.PATH + "/topics";

    private final InquiryTopics topics;
    private final MessageSource messages;

    InquiryTopicWebController(InquiryTopics topics, MessageSource messages) {
        this.topics = topics;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model, "", "", "", ConsoleErrors.none());
    }

    @PostMapping
    String add(
            @RequestParam(name = "code", defaultValue = "") String code,
            @RequestParam(name = "labelEn", defaultValue = "") String labelEn,
            @RequestParam(name = "labelEs", defaultValue = "") String labelEs,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> problems = topics.add(code, labelEn, labelEs);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", text("intake.calls.topics.added", code.strip()));
            return "redirect:" + PATH;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, code, labelEn, labelEs, ConsoleErrors.of(problems));
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        return setActive(code, false, "intake.calls.topics.deactivated", redirect);
    }

    @PostMapping("/{code}/reactivate")
    String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        return setActive(code, true, "intake.calls.topics.reactivated", redirect);
    }

    private String setActive(String code, boolean active, String noticeKey, RedirectAttributes redirect) {
        if (!topics.setActive(code, active)) {
            throw new NoSuchRecordException("inquiry-topic", code);
        }
        redirect.addFlashAttribute("notice", text(noticeKey, code));
        return "redirect:" + PATH;
    }

    /** Lets the error page, which has the page frame, answer an unknown topic. */
    @ExceptionHandler(NoSuchRecordException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String page(Model model, String code, String labelEn, String labelEs, ConsoleErrors errors) {
        model.addAttribute("topics", topics.all());
        model.addAttribute("code", code);
        model.addAttribute("labelEn", labelEn);
        model.addAttribute("labelEs", labelEs);
        model.addAttribute("problems", errors);
        return "intake/calls/topics";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
