package org.precinct.intake.online.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.intake.Attachment;
import org.precinct.intake.Channel;
import org.precinct.intake.FilingOutcome;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.ReportSubmission;
import org.precinct.intake.online.StagedUploads;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end of the online report: everything on one page with a way back to each step, the submission, the page
 * with the tracking number and code, and the page that sends the reporter to 911 when the report turned out to be
 * an emergency (nothing of it kept).
 */
@Controller
class ReportReviewWebController {

    private final ReportFlow flow;
    private final ReportSubmission submission;
    private final StagedUploads uploads;
    private final MessageSource messages;
    private final PrecinctProperties properties;

    ReportReviewWebController(
            ReportFlow flow,
            ReportSubmission submission,
            StagedUploads uploads,
            MessageSource messages,
            PrecinctProperties properties) {
        this.flow = flow;
        this.submission = submission;
        this.uploads = uploads;
        this.messages = messages;
        this.properties = properties;
    }

    /** What the reporter keeps from a filed report, until they start another one. */
    record Confirmation(String trackingNumber, String trackingCode, String email) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A question and its answer as the review shows it. */
    record AnswerLine(String question, String answer) {}

    /** Something the final check found, with the step that puts it right. */
    record Problem(String message, String path) {}

    @GetMapping("/report/review")
    String review(HttpSession session, Model model, Locale locale) {
        return flow.open(session, ReportStep.REVIEW, null, model, locale, report -> {
            IncidentTypeView type = flow.type(report).orElseThrow();
            Map<String, String> problems =
                    submission.check(report.toDraft(type, properties.timeZone()), Channel.ONLINE);
            return page(model, report, type, problems, locale);
        });
    }

    @PostMapping("/report/review")
    String submit(HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        if (flow.current(session).isEmpty() && session.getAttribute(ReportFlow.CONFIRMATION) != null) {
            // A second click on "submit" after the first one filed the report.
            return "redirect:/report/confirmation";
        }
        return flow.open(session, ReportStep.REVIEW, null, model, locale, report -> {
            IncidentTypeView type = flow.type(report).orElseThrow();
            List<Attachment> files = uploads.load(
                    report.key(),
                    report.photos().stream().map(StagedUploads.Staged::id).toList());
            FilingOutcome outcome = submission.submit(
                    report.toDraft(type, properties.timeZone()),
                    Channel.ONLINE,
                    ReportSubmission.Context.online("online-report:" + report.key(), locale),
                    files);
            if (outcome instanceof FilingOutcome.Filed filed) {
                if (filed.trackingCode() != null) {
                    session.setAttribute(
                            ReportFlow.CONFIRMATION,
                            new Confirmation(
                                    filed.trackingNumber().value(),
                                    filed.trackingCode().display(),
                                    report.contact().email()));
                }
                flow.discard(session);
                return "redirect:/report/confirmation";
            }
            if (outcome instanceof FilingOutcome.Emergency emergency) {
                flow.discard(session);
                return EmergencyScreen.show(emergency.triage(), redirect);
            }
            return page(model, report, type, ((FilingOutcome.Invalid) outcome).problems(), locale);
        });
    }

    @GetMapping("/report/confirmation")
    String confirmation(HttpSession session, Model model) {
        Object confirmation = session.getAttribute(ReportFlow.CONFIRMATION);
        if (confirmation == null) {
            return "redirect:/report";
        }
        model.addAttribute("confirmation", confirmation);
        return "intake/online/confirmation";
    }

    @GetMapping(EmergencyScreen.PATH)
    String call911(Model model) {
        if (!model.containsAttribute("emergencyReasons")) {
            model.addAttribute("emergencyReasons", List.of());
        }
        if (!model.containsAttribute("emergencyPhrases")) {
            model.addAttribute("emergencyPhrases", List.of());
        }
        return "intake/online/call-911";
    }

    private String page(
            Model model, ReportInProgress report, IncidentTypeView type, Map<String, String> problems, Locale locale) {
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        model.addAttribute("place", report.place());
        model.addAttribute("description", report.description());
        model.addAttribute("people", report.people());
        model.addAttribute("property", report.property());
        model.addAttribute("photos", report.photos());
        model.addAttribute("contact", report.contact());
        model.addAttribute("type", type);
        model.addAttribute("answers", answers(report, type, locale));
        model.addAttribute("occurredFrom", format(report.occurredFrom(), moments));
        model.addAttribute("occurredTo", format(report.occurredTo(), moments));
        model.addAttribute(
                "vehicleLines",
                report.vehicles().stream().map(row -> vehicleLine(row, locale)).toList());
        model.addAttribute(
                "values",
                report.property().stream()
                        .map(row -> money(row.value(), locale))
                        .toList());
        model.addAttribute(
                "problems",
                problems.entrySet().stream()
                        .map(problem -> new Problem(
                                messages.getMessage(problem.getValue(), null, locale),
                                stepOf(problem.getKey()).path() + "?from=" + ReportFlow.FROM_REVIEW))
                        .toList());
        // Checks before submitting that need no change of the report (such as likely duplicates of reports already
        // filed) add what they find here; the page shows them above the submit button.
        model.addAttribute("reviewNotices", List.of());
        return "intake/online/review";
    }

    /** For example "Blue Honda Civic, plate ABC123 (MO)". */
    private String vehicleLine(ReportInProgress.VehicleRow row, Locale locale) {
        String described = java.util.stream.Stream.of(row.colour(), row.make(), row.model())
                .filter(part -> !ReportInProgress.isBlank(part))
                .collect(java.util.stream.Collectors.joining(" "));
        if (ReportInProgress.isBlank(row.plate())) {
            return described;
        }
        String plate = messages.getMessage("intake.online.vehicles.plate", null, locale) + " " + row.plate()
                + (ReportInProgress.isBlank(row.state()) ? "" : " (" + row.state() + ")");
        return described.isEmpty() ? plate : described + ", " + plate;
    }

    private List<AnswerLine> answers(ReportInProgress report, IncidentTypeView type, Locale locale) {
        List<AnswerLine> lines = new ArrayList<>();
        for (IncidentQuestion question : type.questions()) {
            String value = report.answers().get(question.code());
            lines.add(new AnswerLine(question.label(locale), shown(question, value, locale)));
        }
        return lines;
    }

    private String shown(IncidentQuestion question, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return messages.getMessage("intake.online.review.no-answer", null, locale);
        }
        if (question.datatype() == QuestionDatatype.CHOICE) {
            return question.choices().stream()
                    .filter(choice -> choice.value().equals(value))
                    .map(choice -> choice.label(locale))
                    .findFirst()
                    .orElse(value);
        }
        if (question.datatype() == QuestionDatatype.BOOLEAN) {
            return messages.getMessage("intake.online.answer." + value, null, value, locale);
        }
        if (question.datatype() == QuestionDatatype.MONEY) {
            return money(value, locale);
        }
        if (question.datatype() == QuestionDatatype.DATE) {
            return LocalDate.parse(value)
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        }
        return value;
    }

    /** Dollars as typed, written as the reader's language writes dollars; blank stays blank. */
    private static String money(String value, Locale locale) {
        Long cents = ReportInProgress.cents(value);
        if (cents == null) {
            return value == null ? "" : value;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(locale.getLanguage() + "-US"));
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    private static String format(LocalDateTime moment, DateTimeFormatter formatter) {
        return moment == null ? null : moment.format(formatter);
    }

    /** The step whose page changes the field the submission named. */
    static ReportStep stepOf(String field) {
        if (field.startsWith("answers.")) {
            return ReportStep.QUESTIONS;
        }
        if (field.startsWith("reporter.")) {
            return ReportStep.CONTACT;
        }
        if (field.startsWith("people")) {
            return ReportStep.PEOPLE;
        }
        if (field.startsWith("vehicles")) {
            return ReportStep.VEHICLES;
        }
        if (field.startsWith("property")) {
            return ReportStep.PROPERTY;
        }
        switch (field) {
            case "incidentType":
                return ReportStep.TYPE;
            case "description":
                return ReportStep.DESCRIPTION;
            case "occurredFrom":
            case "occurredTo":
                return ReportStep.WHEN;
            case "attachments":
                return ReportStep.PHOTOS;
            default:
                return ReportStep.PLACE;
        }
    }
}
