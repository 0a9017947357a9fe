package org.precinct.records.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.geography.AddressSuggestion;
import org.precinct.geography.Geocoder;
import org.precinct.intake.Attachment;
import org.precinct.records.IncidentReportProblem;
import org.precinct.records.report.IncidentReportQueries;
import org.precinct.records.report.IncidentReportStore;
import org.precinct.records.report.IncidentReportWorkflow;
import org.precinct.records.report.IncompleteReportException;
import org.precinct.records.report.InvalidReportInput;
import org.precinct.records.report.ReportInput;
import org.precinct.records.report.ReportView;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident report pages: the task inbox, the field page on which an officer writes a report (quick, large targets,
 * one column at phone width, address suggestions while typing), and a report with its review steps.
 *
 * <p>Post, redirect, get: a change that succeeds comes back to the report with a notice. A change refused for its input
 * redraws the page with each message next to its field and a summary at the top; one the report's state does not
 * allow redraws it with the reason (an approved report: add a supplement, or ask records for a correction). Who may
 * take which step the workflow decides, and audits.
 */
@Controller
class IncidentReportWebController {

    static final String PATH = "/staff/records/reports";
    static final String INBOX = "/staff/records/inbox";

    private static final String REPORT = "records/reports/report";

    private final IncidentReportWorkflow workflow;
    private final IncidentReportQueries queries;
    private final Geocoder geocoder;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock;

    IncidentReportWebController(
            IncidentReportWorkflow workflow,
            IncidentReportQueries queries,
            Geocoder geocoder,
            MessageSource messages,
            PrecinctProperties properties,
            Clock clock) {
        this.workflow = workflow;
        this.queries = queries;
        this.geocoder = geocoder;
        this.messages = messages;
        this.zone = properties.timeZone();
        this.clock = clock;
    }

    @GetMapping(INBOX)
    @ReportAccess.Readers
    String inbox(Model model) {
        model.addAttribute("inbox", queries.inbox());
        model.addAttribute("zone", zone);
        return "records/reports/inbox";
    }

    @GetMapping(PATH + "/new")
    @ReportAccess.Writers
    String newReport(Model model, Locale locale) {
        return page(null, ReportFormFields.blank(clock.instant(), zone), model, locale);
    }

    @PostMapping(PATH + "/new")
    @ReportAccess.Writers
    String create(
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ReportInput input = ReportFormFields.fromForm(form);
        try {
            IncidentReportWorkflow.StepOutcome created = workflow.create(input);
            if ("submit".equals(form.getFirst("intent"))) {
                return submitAfterSave(created.reportNumber(), locale, redirect);
            }
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage("records.report.done.created", new Object[] {created.reportNumber()}, locale));
            return "redirect:" + PATH + "/" + created.reportNumber();
        } catch (InvalidReportInput invalid) {
            errors(model, invalid.problems(), locale);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(null, input, model, locale);
        }
    }

    @GetMapping(PATH + "/{number}")
    @ReportAccess.Readers
    String report(@PathVariable String number, Model model, Locale locale) {
        return page(queries.view(number), null, model, locale);
    }

    /** Saves the form: a draft's edit (and, with {@code intent=submit}, its submission), or a records correction. */
    @PostMapping(PATH + "/{number}")
    @ReportAccess.Writers
    String save(
            @PathVariable String number,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ReportInput input = ReportFormFields.fromForm(form);
        Integer version = version(form.getFirst("version"));
        String intent = form.getFirst("intent");
        try {
            if ("correct".equals(intent)) {
                workflow.correct(number, input, form.getFirst("reason"), version);
                redirect.addFlashAttribute(
                        "notice", messages.getMessage("records.report.done.corrected", new Object[] {number}, locale));
                return "redirect:" + PATH + "/" + number;
            }
            workflow.update(number, input, version);
            if ("submit".equals(intent)) {
                return submitAfterSave(number, locale, redirect);
            }
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("records.report.done.saved", new Object[] {number}, locale));
            return "redirect:" + PATH + "/" + number;
        } catch (InvalidReportInput invalid) {
            errors(model, invalid.problems(), locale);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("submittedReason", form.getFirst("reason"));
            return page(queries.view(number), input, model, locale);
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", messages.getMessage(refused.messageKey(), null, locale));
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(queries.view(number), null, model, locale);
        }
    }

    /** One review step: {@code review}, {@code approve}, {@code return}, {@code records-approve}, ... */
    @PostMapping(PATH + "/{number}/steps/{step}")
    @ReportAccess.Writers
    String step(
            @PathVariable String number,
            @PathVariable String step,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Integer version = version(form.get("version"));
        try {
            switch (step) {
                case "submit" -> workflow.submit(number, version);
                case "review" -> workflow.startReview(number, version);
                case "approve" -> workflow.supervisorApprove(number, version);
                case "return" -> workflow.returnToAuthor(number, form.get("comments"), version);
                case "records-approve" -> workflow.recordsApprove(number, version);
                case "close" -> workflow.close(number, version);
                case "seal" -> workflow.seal(number, true, form.get("reason"), version);
                case "unseal" -> workflow.seal(number, false, form.get("reason"), version);
                case "supplement" -> workflow.addSupplement(number, form.get("text"));
                default -> throw new NoSuchRecordException("report-step", step);
            }
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("records.report.done." + step, new Object[] {number}, locale));
            return "redirect:" + PATH + "/" + number;
        } catch (InvalidReportInput invalid) {
            Map<String, String> problems = new LinkedHashMap<>();
            invalid.problems().forEach((field, key) -> problems.put(step + "-" + field, key));
            errors(model, problems, locale);
            model.addAttribute("submitted", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (IncompleteReportException incomplete) {
            model.addAttribute("refusal", messages.getMessage(incomplete.messageKey(), null, locale));
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", messages.getMessage(refused.messageKey(), null, locale));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return page(queries.view(number), null, model, locale);
    }

    @PostMapping(PATH + "/{number}/attachments")
    @ReportAccess.Writers
    String attach(
            @PathVariable String number,
            @RequestParam("file") MultipartFile file,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.isEmpty() || file.getSize() > Attachment.MAX_BYTES ? new byte[0] : file.getBytes();
        // The type is read from the bytes, never from the name or from what the browser claims.
        if (Attachment.problemWith(content).isPresent()) {
            redirect.addFlashAttribute(
                    "refusal", messages.getMessage("records.report.attachment.refused", null, locale));
            return "redirect:" + PATH + "/" + number + "#attachments";
        }
        workflow.addAttachment(number, Attachment.of(file.getOriginalFilename(), content));
        redirect.addFlashAttribute(
                "notice", messages.getMessage("records.report.done.attachment", new Object[] {number}, locale));
        return "redirect:" + PATH + "/" + number + "#attachments";
    }

    @GetMapping(PATH + "/{number}/attachments/{attachment}")
    @ReportAccess.Readers
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long attachment) {
        IncidentReportStore.AttachmentContent file = queries.attachment(number, attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** Addresses beginning with what the author has typed, for the htmx suggestion list. */
    @GetMapping(PATH + "/addresses")
    @ReportAccess.Writers
    String addresses(@RequestParam(defaultValue = "") String address, Model model) {
        List<AddressSuggestion> suggestions = geocoder.suggest(address, 8);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("typed", address);
        return "records/reports/fragments/form :: suggestions";
    }

    /**
     * One more blank row of a repeated part ({@code offense}, {@code person}, {@code vehicle}, {@code property}) for
     * the form's "Add another" buttons; the rows the form has are sent along, so the new one is numbered after them.
     */
    @GetMapping(PATH + "/rows/{part}")
    @ReportAccess.Writers
    String row(
            @PathVariable String part, @RequestParam MultiValueMap<String, String> sent, Model model, Locale locale) {
        Map<String, String> counted = Map.of(
                "offense", "offenseCode",
                "person", "personLastName",
                "vehicle", "vehiclePlate",
                "property", "propertyDescription");
        if (!counted.containsKey(part)) {
            throw new NoSuchRecordException("report-part", part);
        }
        List<String> rows = sent.get(counted.get(part));
        model.addAttribute("part", part);
        model.addAttribute("row", ReportFormFields.blankRow(part));
        model.addAttribute("index", rows == null ? 0 : rows.size());
        model.addAttribute("choices", new ReportChoices(messages, locale));
        model.addAttribute("errors", Map.of());
        return "records/reports/fragments/row :: row";
    }

    /** Lets the error page, which has the page frame, answer an unknown report, file or step. */
    @ExceptionHandler(NoSuchRecordException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String submitAfterSave(String number, Locale locale, RedirectAttributes redirect) {
        try {
            workflow.submit(number, null);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("records.report.done.submit", new Object[] {number}, locale));
        } catch (RuleViolationException refused) {
            // The draft is saved; the sidebar lists what stops it.
            redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), null, locale));
        }
        return "redirect:" + PATH + "/" + number;
    }

    /**
     * The report page: a report with its steps (when {@code view} is given), with the form filled from {@code input}
     * (what was sent, when it was refused) or from the report; or the field page for a new report.
     */
    private String page(ReportView view, ReportInput input, Model model, Locale locale) {
        ReportChoices choices = new ReportChoices(messages, locale);
        model.addAttribute("choices", choices);
        model.addAttribute("zone", zone);
        model.addAttribute("view", view);
        boolean editing = view == null || view.can("EDIT") || view.can("CORRECT");
        model.addAttribute("editing", editing);
        model.addAttribute("correcting", view != null && !view.can("EDIT") && view.can("CORRECT"));
        if (editing) {
            ReportInput shown = input != null ? input : ReportFormFields.fromReport(view.report(), zone);
            model.addAttribute("form", ReportFormFields.withBlankRows(shown));
        }
        if (view != null) {
            model.addAttribute("problems", problems(view.problems(), locale));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("errorSummary", List.of());
        }
        if (!model.containsAttribute("submitted")) {
            model.addAttribute("submitted", Map.of());
        }
        return REPORT;
    }

    /** A problem of the sidebar, in words, with the element it is about. */
    record ProblemLine(String text, String elementId, boolean blocking) {}

    private List<ProblemLine> problems(List<IncidentReportProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> new ProblemLine(
                        messages.getMessage(
                                problem.messageKey(), problem.arguments().toArray(), locale),
                        problem.field() == null ? null : ReportFormFields.elementId(problem.field()),
                        problem.blocking()))
                .toList();
    }

    /** One line of the error summary: the field's label and its message, linking to the field. */
    record ErrorLine(String elementId, String text) {}

    private void errors(Model model, Map<String, String> problems, Locale locale) {
        Map<String, String> byElement = new LinkedHashMap<>();
        List<ErrorLine> summary = new java.util.ArrayList<>();
        problems.forEach((field, key) -> {
            String id = ReportFormFields.elementId(field);
            String message = messages.getMessage(key, null, locale);
            byElement.put(id, message);
            String segment = field.substring(field.lastIndexOf('.') + 1);
            // A step's field ("seal-reason") has a label of its own, or shares the field's ("return-comments").
            String shared = segment.substring(segment.indexOf('-') + 1);
            String label = messages.getMessage(
                    "records.report.field." + segment,
                    null,
                    messages.getMessage("records.report.field." + shared, null, shared, locale),
                    locale);
            String row = field.contains("[")
                    ? " " + (Integer.parseInt(field.replaceAll("^[^\\[]*\\[(\\d+)\\].*$", "$1")) + 1)
                    : "";
            summary.add(new ErrorLine(id, label + row + ": " + message));
        });
        model.addAttribute("errors", byElement);
        model.addAttribute("errorSummary", summary);
    }

    /** The version a form was rendered with: none when missing, one no report has when it is not a number. */
    private static Integer version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
