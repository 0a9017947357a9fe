package org.precinct.intake.online.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.intake.Channel;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.ReportSubmission;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.TriageAnswers;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.TriageResult;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of the online report that are one form each: the safety questions, what happened, the type's
 * questions, when, the description and the reporter's contact. Each step checks what it asks before the next one
 * opens, and the emergency check stops the report (keeping nothing) at the safety questions and at the
 * description.
 */
@Controller
class ReportStepsWebController {

    /** A clock a few minutes fast still lets a reporter give the time it happened: just now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final LocalDateTime EARLIEST = LocalDateTime.of(1900, 1, 1, 0, 0);

    private final ReportFlow flow;
    private final IncidentTypes types;
    private final ReportTriage triage;
    private final ReportSubmission submission;
    private final MessageSource messages;
    private final PrecinctProperties properties;
    private final Clock clock;

    ReportStepsWebController(
            ReportFlow flow,
            IncidentTypes types,
            ReportTriage triage,
            ReportSubmission submission,
            MessageSource messages,
            PrecinctProperties properties,
            Clock clock) {
        this.flow = flow;
        this.types = types;
        this.triage = triage;
        this.submission = submission;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    // --- Safety questions -------------------------------------------------------------------------------------

    @GetMapping("/report")
    String safety(HttpSession session, Model model, Locale locale) {
        model.addAttribute("answers", Map.of());
        model.addAttribute("errors", Map.of());
        return safetyPage(session, model, locale);
    }

    private String safetyPage(HttpSession session, Model model, Locale locale) {
        model.addAttribute("inProgress", flow.current(session).isPresent());
        model.addAttribute(
                "yesNo",
                List.of(
                        new Option("yes", messages.getMessage("intake.online.yes", null, locale)),
                        new Option("no", messages.getMessage("intake.online.no", null, locale))));
        return "intake/online/safety";
    }

    @PostMapping("/report")
    String answerSafety(
            @RequestParam(required = false) String hurt,
            @RequestParam(required = false) String now,
            @RequestParam(required = false) String suspect,
            HttpSession session,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("hurt", hurt);
        answers.put("now", now);
        answers.put("suspect", suspect);
        StepErrors errors = new StepErrors(messages, locale);
        answers.forEach((question, answer) -> {
            if (!"yes".equals(answer) && !"no".equals(answer)) {
                errors.addFor(
                        question,
                        messages.getMessage("intake.online.safety." + question, null, locale),
                        "intake.online.safety.answer-required");
            }
        });
        boolean anyYes = answers.containsValue("yes");
        if (anyYes) {
            // A single yes is enough: the unanswered questions do not matter any more.
            TriageResult result = triage.assess(new TriageRequest(
                    "",
                    new TriageAnswers(
                            "yes".equals(hurt), "yes".equals(now), "yes".equals(suspect), "yes".equals(hurt))));
            flow.discard(session);
            redirect.addFlashAttribute(
                    "emergencyReasons",
                    result.reasons().stream()
                            .map(reason -> "intake.online.emergency.reason." + reason.code())
                            .filter(key -> messages.getMessage(key, null, null, locale) != null)
                            .toList());
            return "redirect:" + EmergencyScreen.PATH;
        }
        if (!errors.isEmpty()) {
            model.addAttribute("answers", answers);
            errors.addTo(model);
            return safetyPage(session, model, locale);
        }
        flow.start(session);
        return "redirect:" + ReportStep.TYPE.path();
    }

    // --- What happened ----------------------------------------------------------------------------------------

    @GetMapping("/report/type")
    String type(@RequestParam(required = false) String from, HttpSession session, Model model, Locale locale) {
        return flow.open(
                session,
                ReportStep.TYPE,
                from,
                model,
                locale,
                report -> typePage(model, locale, report.incidentType()));
    }

    @PostMapping("/report/type")
    String chooseType(
            @RequestParam(required = false) String incidentType,
            @RequestParam(required = false) String from,
            HttpSession session,
            Model model,
            Locale locale) {
        return flow.open(session, ReportStep.TYPE, from, model, locale, report -> {
            IncidentTypeView chosen = incidentType == null
                    ? null
                    : types.find(incidentType).filter(IncidentTypeView::active).orElse(null);
            StepErrors errors = new StepErrors(messages, locale);
            if (chosen == null) {
                errors.add("incidentType", "intake.online.type.required");
            } else if (!chosen.fileableOnline()) {
                errors.add(
                        "incidentType",
                        "intake.online.type.phone-only",
                        chosen.name(locale),
                        properties.nonEmergencyPhone());
            }
            if (!errors.isEmpty()) {
                errors.addTo(model);
                return typePage(model, locale, incidentType);
            }
            report.chooseType(chosen);
            return flow.advance(session, report, ReportStep.TYPE, from);
        });
    }

    private String typePage(Model model, Locale locale, String chosen) {
        Comparator<IncidentTypeView> byName = Comparator.comparing(type -> type.name(locale));
        model.addAttribute(
                "onlineTypes", types.onlineReportable().stream().sorted(byName).toList());
        model.addAttribute(
                "phoneTypes",
                types.all().stream()
                        .filter(type -> !type.onlineReportable())
                        .sorted(byName)
                        .toList());
        model.addAttribute("chosen", chosen);
        return "intake/online/type";
    }

    // --- The type's questions ---------------------------------------------------------------------------------

    @GetMapping("/report/questions")
    String questions(@RequestParam(required = false) String from, HttpSession session, Model model, Locale locale) {
        return flow.open(session, ReportStep.QUESTIONS, from, model, locale, report -> {
            IncidentTypeView type = flow.type(report).orElseThrow();
            if (type.questions().isEmpty()) {
                return flow.advance(session, report, ReportStep.QUESTIONS, from);
            }
            model.addAttribute("answers", report.answers());
            return questionsPage(model, type, locale);
        });
    }

    @PostMapping("/report/questions")
    String answerQuestions(
            @RequestParam(required = false) String from,
            HttpServletRequest request,
            HttpSession session,
            Model model,
            Locale locale) {
        return flow.open(session, ReportStep.QUESTIONS, from, model, locale, report -> {
            IncidentTypeView type = flow.type(report).orElseThrow();
            Map<String, String> given = new LinkedHashMap<>();
            for (IncidentQuestion question : type.questions()) {
                given.put(question.code(), request.getParameter("answer." + question.code()));
            }
            StepErrors errors = new StepErrors(messages, locale);
            LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
            for (IncidentQuestion question : type.questions()) {
                String answer = given.get(question.code());
                String value = answer == null ? null : answer.strip();
                String field = "answer-" + question.code();
                if (!question.accepts(value)) {
                    errors.addFor(
                            field,
                            question.label(locale),
                            value == null || value.isEmpty()
                                    ? "intake.online.answer.required"
                                    : "intake.online.answer.invalid."
                                            + question.datatype().name());
                } else if (question.datatype() == QuestionDatatype.DATE
                        && value != null
                        && !value.isEmpty()
                        && LocalDate.parse(value).isAfter(today)) {
                    errors.addFor(field, question.label(locale), "intake.online.answer.future-date");
                }
            }
            if (!errors.isEmpty()) {
                model.addAttribute("answers", given);
                errors.addTo(model);
                return questionsPage(model, type, locale);
            }
            report.answer(given);
            return flow.advance(session, report, ReportStep.QUESTIONS, from);
        });
    }

    /** The answers each choice and yes-or-no question offers, by question code. */
    private String questionsPage(Model model, IncidentTypeView type, Locale locale) {
        Map<String, List<Option>> choices = new LinkedHashMap<>();
        for (IncidentQuestion question : type.questions()) {
            if (question.datatype() == QuestionDatatype.CHOICE) {
                choices.put(
                        question.code(),
                        question.choices().stream()
                                .map(choice -> new Option(choice.value(), choice.label(locale)))
                                .toList());
            } else if (question.datatype() == QuestionDatatype.BOOLEAN) {
                choices.put(
                        question.code(),
                        List.of(
                                new Option("true", messages.getMessage("intake.online.answer.true", null, locale)),
                                new Option("false", messages.getMessage("intake.online.answer.false", null, locale))));
            }
        }
        model.addAttribute("choices", choices);
        return "intake/online/questions";
    }

    // --- When -------------------------------------------------------------------------------------------------

    @GetMapping("/report/when")
    String when(@RequestParam(required = false) String from, HttpSession session, Model model, Locale locale) {
        return flow.open(session, ReportStep.WHEN, from, model, locale, report -> {
            model.addAttribute("occurredFrom", typed(report.occurredFrom()));
            model.addAttribute("occurredTo", typed(report.occurredTo()));
            return whenPage(model);
        });
    }

    @PostMapping("/report/when")
    String answerWhen(
            @RequestParam(required = false) String occurredFrom,
            @RequestParam(required = false) String occurredTo,
            @RequestParam(required = false) String from,
            HttpSession session,
            Model model,
            Locale locale) {
        return flow.open(session, ReportStep.WHEN, from, model, locale, report -> {
            StepErrors errors = new StepErrors(messages, locale);
            LocalDateTime start = moment(occurredFrom, "occurredFrom", true, errors);
            LocalDateTime end = moment(occurredTo, "occurredTo", false, errors);
            if (start != null && end != null && end.isBefore(start)) {
                errors.add("occurredTo", "intake.online.when.ends-before-start");
            }
            if (!errors.isEmpty()) {
                model.addAttribute("occurredFrom", occurredFrom);
                model.addAttribute("occurredTo", occurredTo);
                errors.addTo(model);
                return whenPage(model);
            }
            report.when(start, end);
            return flow.advance(session, report, ReportStep.WHEN, from);
        });
    }

    private String whenPage(Model model) {
        model.addAttribute("latest", typed(now()));
        return "intake/online/when";
    }

    /** A date and time as a {@code datetime-local} field sends it, checked: real, not in the future, not absurd. */
    private LocalDateTime moment(String typed, String field, boolean required, StepErrors errors) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                errors.add(field, "intake.online.when.required");
            }
            return null;
        }
        LocalDateTime moment;
        try {
            moment = LocalDateTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "intake.online.when.not-a-date");
            return null;
        }
        if (moment.isAfter(now().plus(CLOCK_SKEW))) {
            errors.add(field, "intake.online.when.future");
            return null;
        }
        if (moment.isBefore(EARLIEST)) {
            errors.add(field, "intake.online.when.too-early");
            return null;
        }
        return moment;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(properties.timeZone())).truncatedTo(ChronoUnit.MINUTES);
    }

    private static String typed(LocalDateTime moment) {
        return moment == null ? "" : moment.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    // --- Description ------------------------------------------------------------------------------------------

    @GetMapping("/report/description")
    String description(@RequestParam(required = false) String from, HttpSession session, Model model, Locale locale) {
        return flow.open(session, ReportStep.DESCRIPTION, from, model, locale, report -> {
            model.addAttribute("description", report.description());
            return descriptionPage(model);
        });
    }

    @PostMapping("/report/description")
    String describe(
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String from,
            HttpSession session,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return flow.open(session, ReportStep.DESCRIPTION, from, model, locale, report -> {
            StepErrors errors = new StepErrors(messages, locale);
            String text = description == null ? "" : description.strip();
            if (text.isEmpty()) {
                errors.add("description", "intake.online.description.required");
            } else if (text.length() > ReportSubmission.MAX_DESCRIPTION) {
                errors.add("description", "intake.online.description.too-long", text.length());
            }
            if (!errors.isEmpty()) {
                model.addAttribute("description", description);
                errors.addTo(model);
                return descriptionPage(model);
            }
            TriageResult result = triage.assess(TriageRequest.of(text));
            if (result.emergency()) {
                flow.discard(session);
                return EmergencyScreen.show(result, redirect);
            }
            report.description(text);
            return flow.advance(session, report, ReportStep.DESCRIPTION, from);
        });
    }

    private static String descriptionPage(Model model) {
        model.addAttribute("maxLength", ReportSubmission.MAX_DESCRIPTION);
        return "intake/online/description";
    }

    // --- Contact ----------------------------------------------------------------------------------------------

    @GetMapping("/report/contact")
    String contact(@RequestParam(required = false) String from, HttpSession session, Model model, Locale locale) {
        return flow.open(session, ReportStep.CONTACT, from, model, locale, report -> {
            model.addAttribute("contact", report.contact());
            return "intake/online/contact";
        });
    }

    @PostMapping("/report/contact")
    String giveContact(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String from,
            HttpSession session,
            Model model,
            Locale locale) {
        return flow.open(session, ReportStep.CONTACT, from, model, locale, report -> {
            ReportInProgress.ContactForm given = new ReportInProgress.ContactForm(
                    ReportInProgress.blankToNull(name),
                    ReportInProgress.blankToNull(email),
                    ReportInProgress.blankToNull(phone));
            ReportInProgress.ContactForm before = report.contact();
            report.contact(given);
            IncidentTypeView type = flow.type(report).orElse(null);
            // The submission's own rules decide, so the step and the final check never disagree.
            Map<String, String> problems =
                    submission.check(report.toDraft(type, properties.timeZone()), Channel.ONLINE);
            StepErrors errors = new StepErrors(messages, locale);
            for (String field : List.of("name", "email", "phone")) {
                String problem = problems.get("reporter." + field);
                if (problem != null) {
                    errors.add(field, problem);
                }
            }
            if (!errors.isEmpty()) {
                report.contact(before);
                model.addAttribute("contact", given);
                errors.addTo(model);
                return "intake/online/contact";
            }
            return flow.advance(session, report, ReportStep.CONTACT, from);
        });
    }
}
