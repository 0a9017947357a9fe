package org.precinct.intake.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Collator;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.precinct.geography.Beat;
import org.precinct.geography.Boundaries;
import org.precinct.intake.Channel;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.Priority;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.request.RequestLifecycle;
import org.precinct.intake.review.InvalidReviewInput;
import org.precinct.intake.review.QueueAge;
import org.precinct.intake.review.QueueFilter;
import org.precinct.intake.review.QueuePage;
import org.precinct.intake.review.RejectionReasons;
import org.precinct.intake.review.ReportReview;
import org.precinct.intake.review.ReportUnderReview;
import org.precinct.intake.review.ReviewAccess;
import org.precinct.intake.review.ReviewQueue;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review pages of the staff console: the queue, with filters that redraw only the results under htmx (the same
 * fragment a full page includes), and a report with everything in it and a form for each step its state allows.
 *
 * <p>Every step form posts to {@code /staff/intake/queue/{number}/{step}}. A step that succeeds comes back to the
 * report with a notice (post, redirect, get). A step refused for its input redraws the report with the messages next
 * to the fields and a summary at the top; one the report's state does not allow, or one decided on a copy someone
 * changed since, redraws it with the reason. Who may take which step the review service decides, and audits.
 */
@Controller
class ReviewWebController {

    static final String PATH = "/staff/intake/queue";

    private static final String QUEUE = "intake/review/queue";
    private static final String QUEUE_RESULTS = "intake/review/fragments/queue :: results";
    private static final String REPORT = "intake/review/report";

    /** A step as its form sends it: the report, the form's fields, and the version it was decided on. */
    @FunctionalInterface
    private interface StepForm {
        ReportReview.StepOutcome take(TrackingNumber number, Map<String, String> form, Integer version);
    }

    /** A value a queue filter offers, with its label in the reader's language. */
    record FilterChoice(String value, String label) {}

    private final ReviewQueue queue;
    private final ReportReview review;
    private final RejectionReasons reasons;
    private final IncidentTypes types;
    private final Boundaries boundaries;
    private final MessageSource messages;
    private final PrecinctProperties properties;
    private final Clock clock;
    private final Map<String, StepForm> steps;

    ReviewWebController(
            ReviewQueue queue,
            ReportReview review,
            RejectionReasons reasons,
            IncidentTypes types,
            Boundaries boundaries,
            MessageSource messages,
            PrecinctProperties properties,
            Clock clock) {
        this.queue = queue;
        this.review = review;
        this.reasons = reasons;
        this.types = types;
        this.boundaries = boundaries;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        this.steps = Map.of(
                "review", (number, form, version) -> review.startReview(number, version),
                "question", (number, form, version) -> review.askReporter(number, form.get("question"), version),
                "approval", (number, form, version) -> review.approve(number, version),
                "rejection",
                        (number, form, version) ->
                                review.reject(number, form.get("reason"), form.get("privateNote"), version),
                "merge",
                        (number, form, version) ->
                                review.merge(number, form.get("into"), form.get("privateNote"), version),
                "assignment", (number, form, version) -> review.assign(number, form.get("officer"), version),
                "statistics", (number, form, version) -> review.markStatisticsOnly(number, version),
                "referral",
                        (number, form, version) ->
                                review.refer(number, form.get("unitOrAgency"), form.get("privateNote"), version),
                "priority",
                        (number, form, version) ->
                                review.changePriority(number, level(form.get("priority")), form.get("reason"), version),
                "closure", (number, form, version) -> review.close(number, form.get("publicNote"), version));
    }

    @GetMapping(PATH)
    @ReviewAccess.ReviewersOnly
    String queue(
            QueueQuery query,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        QueueFilter filter = QueueFilter.everything();
        Map<String, String> filterErrors = Map.of();
        try {
            filter = query.filter();
        } catch (InvalidReviewInput invalid) {
            filterErrors = ReviewResponses.messages(invalid, messages, locale);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        QueuePage results = filterErrors.isEmpty() ? queue.search(filter) : new QueuePage(List.of(), filter, 0);
        model.addAttribute("results", results);
        model.addAttribute("filterErrors", filterErrors);
        model.addAttribute("previousPage", results.hasPrevious() ? link(filter.onPage(filter.page() - 1)) : null);
        model.addAttribute("nextPage", results.hasNext() ? link(filter.onPage(filter.page() + 1)) : null);
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("now", clock.instant());
        if (htmx != null) {
            return QUEUE_RESULTS;
        }
        model.addAttribute("filter", filter);
        Collator collator = Collator.getInstance(locale);
        model.addAttribute(
                "types",
                types.all().stream()
                        .sorted(Comparator.comparing((IncidentTypeView type) -> type.name(locale), collator))
                        .map(type -> new FilterChoice(type.code().value(), type.name(locale)))
                        .toList());
        model.addAttribute(
                "priorities",
                choices(Priority.values(), priority -> String.valueOf(priority.level()), Priority::messageKey, locale));
        model.addAttribute("ages", choices(QueueAge.values(), QueueAge::name, QueueAge::messageKey, locale));
        model.addAttribute(
                "beats",
                boundaries.beats().stream()
                        .map(Beat::code)
                        .distinct()
                        .map(code -> new FilterChoice(code, code))
                        .toList());
        model.addAttribute(
                "channels",
                choices(Channel.values(), Channel::name, channel -> "intake.review.channel." + channel, locale));
        model.addAttribute(
                "statuses",
                choices(RequestStatus.values(), RequestStatus::name, status -> "intake.status." + status, locale));
        model.addAttribute(
                "selected",
                Map.of(
                        "type", Objects.toString(filter.incidentType(), ""),
                        "priority",
                                filter.priority() == null
                                        ? ""
                                        : String.valueOf(filter.priority().level()),
                        "age", Objects.toString(filter.age(), ""),
                        "beat", Objects.toString(filter.beat(), ""),
                        "channel", Objects.toString(filter.channel(), ""),
                        "status", Objects.toString(filter.status(), "")));
        return QUEUE;
    }

    @GetMapping(PATH + "/{number}")
    @ReviewAccess.ReviewersAndOfficers
    String report(@PathVariable String number, Model model, Locale locale) {
        return report(ReviewResponses.trackingNumber(number), model, locale);
    }

    @PostMapping(PATH + "/{number}/{step}")
    @ReviewAccess.ReviewersAndOfficers
    String step(
            @PathVariable String number,
            @PathVariable String step,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        StepForm taken = steps.get(step);
        if (taken == null) {
            throw new NoSuchRecordException("review-step", step);
        }
        try {
            ReportReview.StepOutcome outcome = taken.take(tracking, form, version(form.get("version")));
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "intake.review.step.done." + step,
                            new Object[] {tracking.value(), outcome.reportNumber() == null ? "" : outcome.reportNumber()
                            },
                            locale));
            return "redirect:" + PATH + "/" + tracking.value();
        } catch (InvalidReviewInput invalid) {
            model.addAttribute("failedStep", step);
            model.addAttribute("errors", ReviewResponses.messages(invalid, messages, locale));
            model.addAttribute("submitted", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", messages.getMessage(refused.messageKey(), null, locale));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return report(tracking, model, locale);
    }

    @PostMapping(PATH + "/{number}/supplements/{supplement}/read")
    @ReviewAccess.ReviewersAndOfficers
    String markSupplementRead(
            @PathVariable String number, @PathVariable long supplement, Locale locale, RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        review.markSupplementRead(tracking, supplement);
        redirect.addFlashAttribute("notice", messages.getMessage("intake.review.supplement.marked", null, locale));
        return "redirect:" + PATH + "/" + tracking.value() + "#supplements";
    }

    @GetMapping(PATH + "/{number}/attachments/{attachment}")
    @ReviewAccess.ReviewersAndOfficers
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long attachment) {
        return ReviewResponses.download(queue.attachment(ReviewResponses.trackingNumber(number), attachment));
    }

    /** Lets the error page, which has the page frame, answer an unknown report, file or step. */
    @ExceptionHandler(NoSuchRecordException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String report(TrackingNumber number, Model model, Locale locale) {
        ReportUnderReview report = queue.report(number);
        boolean reviewer = ReviewAccess.signedInStaffHolds(ReviewAccess.REVIEWERS);
        boolean assigner = ReviewAccess.signedInStaffHolds(ReviewAccess.ASSIGNERS);
        boolean assignee = ReviewAccess.signedInStaffIsAssignee(report.assignee());
        model.addAttribute("report", report);
        model.addAttribute(
                "answers",
                report.answerLines(
                        locale,
                        messages.getMessage("intake.review.report.yes", null, locale),
                        messages.getMessage("intake.review.report.no", null, locale)));
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute(
                "typeNames",
                types.all().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                type -> type.code().value(), type -> type.name(locale))));
        model.addAttribute("canReview", reviewer);
        model.addAttribute("canAssign", assigner);
        model.addAttribute("canClose", reviewer || assignee);
        model.addAttribute("canReadSupplements", reviewer || assignee);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("submitted", Map.of());
            model.addAttribute("failedStep", "");
        }
        if (reviewer) {
            model.addAttribute("reasons", reasons.active());
            model.addAttribute("priorities", Priority.values());
        }
        if (assigner && report.allows(RequestLifecycle.Action.ASSIGN)) {
            model.addAttribute("officers", queue.officers());
        }
        return REPORT;
    }

    private <T> List<FilterChoice> choices(
            T[] values, Function<T, String> value, Function<T, String> labelKey, Locale locale) {
        return Arrays.stream(values)
                .map(each ->
                        new FilterChoice(value.apply(each), messages.getMessage(labelKey.apply(each), null, locale)))
                .toList();
    }

    /** The version a form was rendered with: none when missing, one no report has when it is not a number. */
    private static Integer version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        return version.strip().matches("[0-9]{1,9}") ? Integer.valueOf(version.strip()) : Integer.valueOf(-1);
    }

    /** A priority level as the form sends it: none when blank, 0 (which the review refuses) when not a number. */
    private static Integer level(String priority) {
        if (priority == null || priority.isBlank()) {
            return null;
        }
        return priority.strip().matches("[0-9]") ? Integer.valueOf(priority.strip()) : Integer.valueOf(0);
    }

    /** The queue's address for a filter, as the pager links it. */
    private static String link(QueueFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        addIfPresent(uri, "type", filter.incidentType());
        addIfPresent(
                uri,
                "priority",
                filter.priority() == null ? null : filter.priority().level());
        addIfPresent(uri, "age", filter.age());
        addIfPresent(uri, "beat", filter.beat());
        addIfPresent(uri, "channel", filter.channel());
        addIfPresent(uri, "overdue", filter.overdueOnly() ? "true" : null);
        addIfPresent(uri, "status", filter.status());
        return uri.queryParam("page", filter.page()).encode().build().toUriString();
    }

    private static void addIfPresent(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
