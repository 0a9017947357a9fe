package org.precinct.records.check.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precinct.records.check.DescriptorQuery;
import org.precinct.records.check.RecordCheckInvalidException;
import org.precinct.records.check.RecordCheckRequest;
import org.precinct.records.check.RecordCheckResult;
import org.precinct.records.check.RecordChecks;
import org.precinct.records.index.PersonCodes;
import org.precinct.records.index.RecordsStaff;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patrol car's record check screen: one search box, the reason, and optionally a date of birth or an age range;
 * the answer redraws in place with htmx, or as a whole page without scripts. Cautions come first. Also the mug
 * shot search by descriptors.
 */
@Controller
class RecordCheckWebController {

    static final String PATH = "/staff/records/check";
    static final String CHECKERS = "hasAnyRole('OFFICER','SUPERVISOR','RECORDS','COMMAND','ADMIN')";

    private final RecordChecks checks;

    RecordCheckWebController(RecordChecks checks) {
        this.checks = checks;
    }

    @GetMapping(PATH)
    @PreAuthorize(CHECKERS)
    String check(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String dob,
            @RequestParam(required = false) String ageFrom,
            @RequestParam(required = false) String ageTo,
            @RequestParam(required = false) String text,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", q == null ? "" : q);
        form.put("reason", reason == null ? "" : reason);
        form.put("dob", dob == null ? "" : dob);
        form.put("ageFrom", ageFrom == null ? "" : ageFrom);
        form.put("ageTo", ageTo == null ? "" : ageTo);
        model.addAttribute("form", form);
        model.addAttribute("largeText", "large".equals(text));
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        if (q != null) {
            LocalDate dateOfBirth = date(dob, "dob", errors);
            Integer from = whole(ageFrom, "ageFrom", errors);
            Integer to = whole(ageTo, "ageTo", errors);
            if (errors.isEmpty()) {
                try {
                    RecordCheckResult result = checks.check(
                            new RecordCheckRequest(q, reason, dateOfBirth, from, to, RecordCheckRequest.DEFAULT_LIMIT),
                            RecordsStaff.current());
                    model.addAttribute("result", result);
                } catch (RecordCheckInvalidException invalid) {
                    errors.putAll(invalid.problems());
                }
            }
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        return htmx != null ? "records/check/fragments/results :: check" : "records/check/check";
    }

    @GetMapping(PATH + "/descriptors")
    @PreAuthorize(CHECKERS)
    String descriptors(
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) String text,
            Model model,
            HttpServletResponse response) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of(
                "sex",
                "race",
                "ageFrom",
                "ageTo",
                "heightFrom",
                "heightTo",
                "weightFrom",
                "weightTo",
                "hair",
                "eyes",
                "markText",
                "reason")) {
            form.put(field, params.getOrDefault(field, ""));
        }
        model.addAttribute("form", form);
        model.addAttribute("largeText", "large".equals(text));
        model.addAttribute("sexes", PersonCodes.SEX);
        model.addAttribute("races", PersonCodes.RACE);
        model.addAttribute("hairs", PersonCodes.HAIR);
        model.addAttribute("eyeColours", PersonCodes.EYES);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        if (params.containsKey("search")) {
            DescriptorQuery query = new DescriptorQuery(
                    form.get("sex"),
                    form.get("race"),
                    whole(form.get("ageFrom"), "ageFrom", errors),
                    whole(form.get("ageTo"), "ageTo", errors),
                    whole(form.get("heightFrom"), "heightFrom", errors),
                    whole(form.get("heightTo"), "heightTo", errors),
                    whole(form.get("weightFrom"), "weightFrom", errors),
                    whole(form.get("weightTo"), "weightTo", errors),
                    form.get("hair"),
                    form.get("eyes"),
                    form.get("markText"),
                    form.get("reason"));
            if (errors.isEmpty()) {
                try {
                    model.addAttribute("result", checks.descriptors(query, RecordsStaff.current()));
                } catch (RecordCheckInvalidException invalid) {
                    errors.putAll(invalid.problems());
                }
            }
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        return "records/check/descriptors";
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "records.index.problem.date");
            return null;
        }
    }

    private static Integer whole(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("[0-9]{1,4}")) {
            errors.put(field, "records.check.problem.whole-number");
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationLink recordCheckNavigationLink() {
            return new NavigationLink(
                    "records.check.nav",
                    PATH,
                    Set.of(Role.OFFICER, Role.SUPERVISOR, Role.RECORDS, Role.COMMAND, Role.ADMIN),
                    300);
        }
    }
}
