package org.precinct.intake.calls.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.precinct.intake.calls.CallLog;
import org.precinct.intake.calls.CallOutcome;
import org.precinct.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How the line was used over chosen days (this week, Monday to Sunday, unless asked otherwise): calls by outcome
 * and answered inquiries by topic, so the department can count them.
 */
@Controller
@CallCounters
class CallSummaryWebController {

    static final String PATH = CallTakerWebController.PATH + "/summary";
    private static final int MAX_DAYS = 366;

    private final CallLog log;

    CallSummaryWebController(CallLog log) {
        this.log = log;
    }

    @GetMapping(PATH)
    String summary(
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            Model model,
            Authentication authentication,
            HttpServletResponse response) {
        model.addAttribute(
                "canEditTopics",
                authentication != null
                        && authentication.getAuthorities().stream()
                                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority())));
        LocalDate today = log.today();
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate first = date("from", from, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), problems);
        LocalDate last = date("to", to, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), problems);
        if (problems.isEmpty() && last.isBefore(first)) {
            problems.put("to", "intake.calls.summary.to.before-from");
        } else if (problems.isEmpty() && ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            problems.put("to", "intake.calls.summary.to.too-far");
        }
        model.addAttribute("from", from == null ? first.toString() : from);
        model.addAttribute("to", to == null ? last.toString() : to);
        model.addAttribute("problems", ConsoleErrors.of(problems));
        model.addAttribute("outcomes", CallOutcome.values());
        if (problems.isEmpty()) {
            model.addAttribute("summary", log.summary(first, last));
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "intake/calls/summary";
    }

    private static LocalDate date(String field, String typed, LocalDate fallback, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                problems.put(field, "intake.calls.summary.date.invalid");
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.put(field, "intake.calls.summary.date.invalid");
            return fallback;
        }
    }
}
