package org.precinct.intake.online.web;

import jakarta.servlet.http.HttpSession;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.precinct.intake.Attachment;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.ReportStatusLookup;
import org.precinct.intake.ReportStatusView;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.online.ReporterSupplements;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporter's status page: the tracking number and code unlock the report for the rest of the session (the code
 * never travels in a link), then the page shows where it stands, its history with the notes meant for the reporter,
 * the official report number once approved, the reviewer's question with a form to answer it, and a form to add
 * information. A wrong code and an unknown number get the same answer, and the lookup is rate-limited.
 */
@Controller
class ReportStatusWebController {

    static final String UNLOCKED = "intake.online.unlocked";
    private static final int MAX_UNLOCKED = 10;

    private final ReportStatusLookup lookup;
    private final ReporterSupplements supplements;
    private final IncidentTypes types;
    private final MessageSource messages;
    private final PrecinctProperties properties;
    private final UploadLimits limits;

    ReportStatusWebController(
            ReportStatusLookup lookup,
            ReporterSupplements supplements,
            IncidentTypes types,
            MessageSource messages,
            PrecinctProperties properties,
            UploadLimits limits) {
        this.lookup = lookup;
        this.supplements = supplements;
        this.types = types;
        this.messages = messages;
        this.properties = properties;
        this.limits = limits;
    }

    /** One step of the history as the page shows it. */
    record HistoryLine(String status, String at, String note) {}

    /** One of the reporter's additions as the page shows it. */
    record AdditionLine(String at, boolean answer, String text, int files) {}

    /** @param number the tracking number, when the page is opened from the link in a reporter's e-mail */
    @GetMapping("/report/status")
    String lookupForm(@RequestParam(required = false) String number, Model model) {
        model.addAttribute(
                "trackingNumber", TrackingNumber.isWellFormed(number) ? new TrackingNumber(number).value() : "");
        model.addAttribute("errors", Map.of());
        return "intake/online/status-lookup";
    }

    @PostMapping("/report/status")
    String lookUp(
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String trackingCode,
            HttpSession session,
            Model model,
            Locale locale) {
        String number = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
        String code = trackingCode == null ? "" : trackingCode.strip();
        StepErrors errors = new StepErrors(messages, locale);
        if (number.isEmpty()) {
            errors.add("trackingNumber", "intake.online.status.number-required");
        }
        if (code.isEmpty()) {
            errors.add("trackingCode", "intake.online.status.code-required");
        }
        if (errors.isEmpty() && lookup.find(number, code).isEmpty()) {
            // The same words whichever of the two is wrong: the page must not tell which numbers exist.
            errors.add("trackingNumber", "intake.online.status.not-found");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("trackingNumber", number);
            errors.addTo(model);
            return "intake/online/status-lookup";
        }
        String canonical = new TrackingNumber(number).value();
        Map<String, String> unlocked = unlocked(session);
        if (unlocked.size() >= MAX_UNLOCKED && !unlocked.containsKey(canonical)) {
            unlocked.remove(unlocked.keySet().iterator().next());
        }
        unlocked.put(canonical, code);
        session.setAttribute(UNLOCKED, unlocked);
        return "redirect:/report/status/" + canonical;
    }

    @GetMapping("/report/status/{trackingNumber}")
    String status(@PathVariable String trackingNumber, HttpSession session, Model model, Locale locale) {
        Optional<String> code = codeFor(session, trackingNumber);
        Optional<ReportStatusView> view = code.flatMap(known -> lookup.find(trackingNumber, known));
        if (view.isEmpty()) {
            return "redirect:/report/status";
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return page(model, view.get(), code.get(), locale);
    }

    @PostMapping("/report/status/{trackingNumber}/answer")
    String answer(
            @PathVariable String trackingNumber,
            @RequestParam(required = false) String text,
            @RequestParam(name = "answerFiles", required = false) List<MultipartFile> files,
            HttpSession session,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return add(
                trackingNumber,
                ReporterSupplements.Kind.ANSWER,
                "answer",
                text,
                files,
                session,
                model,
                locale,
                redirect);
    }

    @PostMapping("/report/status/{trackingNumber}/information")
    String information(
            @PathVariable String trackingNumber,
            @RequestParam(required = false) String text,
            @RequestParam(name = "informationFiles", required = false) List<MultipartFile> files,
            HttpSession session,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return add(
                trackingNumber,
                ReporterSupplements.Kind.INFORMATION,
                "information",
                text,
                files,
                session,
                model,
                locale,
                redirect);
    }

    private String add(
            String trackingNumber,
            ReporterSupplements.Kind kind,
            String form,
            String text,
            List<MultipartFile> files,
            HttpSession session,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Optional<String> code = codeFor(session, trackingNumber);
        if (code.isEmpty()) {
            return "redirect:/report/status";
        }
        StepErrors errors = new StepErrors(messages, locale);
        List<Attachment> accepted = UploadedFiles.check(files, Attachment.MAX_PER_REPORT, form + "Files", errors);
        if (errors.isEmpty()) {
            ReporterSupplements.Outcome outcome = supplements.add(trackingNumber, code.get(), kind, text, accepted);
            if (outcome instanceof ReporterSupplements.Added) {
                redirect.addFlashAttribute(
                        "notice",
                        messages.getMessage(
                                kind == ReporterSupplements.Kind.ANSWER
                                        ? "intake.online.status.answered"
                                        : "intake.online.status.added",
                                null,
                                locale));
                return "redirect:/report/status/" + new TrackingNumber(trackingNumber).value();
            }
            if (outcome instanceof ReporterSupplements.Emergency emergency) {
                return EmergencyScreen.show(emergency.triage(), redirect);
            }
            if (outcome instanceof ReporterSupplements.NotFound) {
                return "redirect:/report/status";
            }
            ((ReporterSupplements.Invalid) outcome)
                    .problems()
                    .forEach((field, key) -> errors.add(
                            form + ("files".equals(field) ? "Files" : "Text"), key, Attachment.MAX_PER_REPORT));
        }
        Optional<ReportStatusView> view = lookup.find(trackingNumber, code.get());
        if (view.isEmpty()) {
            return "redirect:/report/status";
        }
        errors.addTo(model);
        model.addAttribute(form + "Text", text);
        return page(model, view.get(), code.get(), locale);
    }

    private String page(Model model, ReportStatusView view, String code, Locale locale) {
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(properties.timeZone());
        model.addAttribute("view", view);
        model.addAttribute(
                "typeName",
                types.find(view.incidentType()).map(type -> type.name(locale)).orElse(view.incidentType()));
        model.addAttribute("statusLabel", statusLabel(view.status(), locale));
        model.addAttribute("receivedAt", moments.format(view.receivedAt()));
        model.addAttribute(
                "history",
                view.history().stream()
                        .map(entry -> new HistoryLine(
                                statusLabel(entry.status(), locale), moments.format(entry.at()), entry.note()))
                        .toList());
        model.addAttribute("question", openQuestion(view));
        model.addAttribute(
                "additions",
                supplements.additions(view.trackingNumber(), code).stream()
                        .map(addition -> new AdditionLine(
                                moments.format(addition.at()),
                                addition.kind() == ReporterSupplements.Kind.ANSWER,
                                addition.text(),
                                addition.files()))
                        .toList());
        model.addAttribute("maxFiles", Attachment.MAX_PER_REPORT);
        limits.addTo(model);
        model.addAttribute("maxText", ReporterSupplements.MAX_TEXT);
        return "intake/online/status";
    }

    /** The reviewer's question when one waits for the reporter: the note of the step that asked it. */
    private static String openQuestion(ReportStatusView view) {
        if (view.status() != RequestStatus.MORE_INFORMATION_NEEDED) {
            return null;
        }
        List<ReportStatusView.Entry> history = view.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() == RequestStatus.MORE_INFORMATION_NEEDED) {
                return history.get(i).note();
            }
        }
        return null;
    }

    private String statusLabel(RequestStatus status, Locale locale) {
        return messages.getMessage("intake.status." + status.name(), null, status.name(), locale);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> unlocked(HttpSession session) {
        Object kept = session.getAttribute(UNLOCKED);
        return kept instanceof LinkedHashMap<?, ?> map ? (Map<String, String>) map : new LinkedHashMap<>();
    }

    private static Optional<String> codeFor(HttpSession session, String trackingNumber) {
        if (!TrackingNumber.isWellFormed(trackingNumber)) {
            return Optional.empty();
        }
        return Optional.ofNullable(unlocked(session).get(new TrackingNumber(trackingNumber).value()));
    }
}
