package org.precinct.intake.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>A step that succeeds comes back to the report with a notice (post, redirect, get). A step refused for its input
 * redraws the report with the messages next to the fields and a summary at the top; one the report's state does not
 * allow, or one decided on a copy someone changed since, redraws it with the reason.
 */
@Controller
class ReviewWebController {

    static final String PATH = "/staff/intake/queue";

    private static final String QUEUE = "intake/review/queue";
    private static final String QUEUE_RESULTS = "intake/review/fragments/queue :: results";
    private static final String REPORT = "intake/review/report";

    private final ReviewQueue queue;
    private final ReportReview review;
    private final RejectionReasons reasons;
    private final IncidentTypes types;
    private final Boundaries boundaries;
    private final MessageSource messages;
    private final PrecinctProperties properties;
    private final Clock clock;

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
    }

    @GetMapping(PATH)
    @ReviewAccess.ReviewersOnly
    String queue(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String age,
            @RequestParam(required = false) String beat,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        QueueFilter filter;
        Map<String, String> filterErrors = new LinkedHashMap<>();
        try {
            filter = QueueFilter.parse(type, priority, age, beat, channel, overdue, status, page);
        } catch (InvalidReviewInput invalid) {
            invalid.problems().forEach((field, key) -> filterErrors.put(field, text(key, locale)));
            filter = QueueFilter.everything();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        QueuePage results = filterErrors.isEmpty() ? queue.search(filter) : new QueuePage(List.of(), filter, 0);
        model.addAttribute("results", results);
        model.addAttribute("filter", filter);
        model.addAttribute("filterErrors", filterErrors);
        model.addAttribute("previousPage", results.hasPrevious() ? link(filter.onPage(filter.page() - 1)) : null);
        model.addAttribute("nextPage", results.hasNext() ? link(filter.onPage(filter.page() + 1)) : null);
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("now", clock.instant());
        if (htmx != null) {
            return QUEUE_RESULTS;
        }
        Collator collator = Collator.getInstance(locale);
        model.addAttribute(
                "types",
                types.all().stream()
                        .sorted(Comparator.comparing((IncidentTypeView view) -> view.name(locale), collator))
                        .toList());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("ages", QueueAge.values());
        model.addAttribute(
                "beats", boundaries.beats().stream().map(Beat::code).distinct().toList());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", RequestStatus.values());
        return QUEUE;
    }

    @GetMapping(PATH + "/{number}")
    @ReviewAccess.ReviewersAndOfficers
    String report(@PathVariable String number, Model model, Locale locale) {
        return report(ReviewResponses.trackingNumber(number), model, locale);
    }

    @PostMapping(PATH + "/{number}/review")
    @ReviewAccess.ReviewersOnly
    String startReview(
            @PathVariable String number,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        return step(
                "review",
                tracking,
                Map.of(),
                model,
                locale,
                response,
                redirect,
                () -> review.startReview(tracking, version));
    }

    @PostMapping(PATH + "/{number}/question")
    @ReviewAccess.ReviewersOnly
    String askReporter(
            @PathVariable String number,
            @RequestParam(required = false) String question,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        return step(
                "question",
                tracking,
                values("question", question),
                model,
                locale,
                response,
                redirect,
                () -> review.askReporter(tracking, question, version));
    }

    @PostMapping(PATH + "/{number}/approval")
    @ReviewAccess.ReviewersOnly
    String approve(
            @PathVariable String number,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        return step(
                "approval",
                tracking,
                Map.of(),
                model,
                locale,
                response,
                redirect,
                () -> review.approve(tracking, version));
    }

    @PostMapping(PATH + "/{number}/rejection")
    @ReviewAccess.ReviewersOnly
    String reject(
            @PathVariable String number,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String privateNote,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        return step(
                "rejection",
                tracking,
                values("reason", reason, "privateNote", privateNote),
                model,
                locale,
                response,
                redirect,
                () -> review.reject(tracking, reason, privateNote, version));
    }

    @PostMapping(PATH + "/{number}/merge")
    @ReviewAccess.ReviewersOnly
    String merge(
            @PathVariable String number,
            @RequestParam(required = false) String into,
            @RequestParam(required = false) String privateNote,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        return step(
                "merge",
                tracking,
                values("into", into, "privateNote", privateNote),
                model,
                locale,
                response,
                redirect,
                () -> review.merge(tracking, into, privateNote, version));
    }

    @PostMapping(PATH + "/{number}/assignment")
    @ReviewAccess.ReviewersOnly
    String assign(
            @PathVariable String number,
            @RequestParam(required = false) String officer,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        return step(
                "assignment",
                tracking,
                values("officer", officer),
                model,
                locale,
                response,
                redirect,
                () -> review.assign(tracking, officer, version));
    }

    @PostMapping(PATH + "/{number}/statistics-only")
    @ReviewAccess.ReviewersOnly
    String markStatisticsOnly(
            @PathVariable String number,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        return step(
                "statistics",
                tracking,
                Map.of(),
                model,
                locale,
                response,
                redirect,
                () -> review.markStatisticsOnly(tracking, version));
    }

    @PostMapping(PATH + "/{number}/referral")
    @ReviewAccess.ReviewersOnly
    String refer(
            @PathVariable String number,
            @RequestParam(required = false) String unitOrAgency,
            @RequestParam(required = false) String privateNote,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        return step(
                "referral",
                tracking,
                values("unitOrAgency", unitOrAgency, "privateNote", privateNote),
                model,
                locale,
                response,
                redirect,
                () -> review.refer(tracking, unitOrAgency, privateNote, version));
    }

    @PostMapping(PATH + "/{number}/priority")
    @ReviewAccess.ReviewersOnly
    String changePriority(
            @PathVariable String number,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        Integer chosen = level(priority);
        return step(
                "priority",
                tracking,
                values("priority", priority, "reason", reason),
                model,
                locale,
                response,
                redirect,
                () -> review.changePriority(tracking, chosen, reason, version));
    }

    @PostMapping(PATH + "/{number}/closure")
    @ReviewAccess.ReviewersAndOfficers
    String close(
            @PathVariable String number,
            @RequestParam(required = false) String publicNote,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        return step(
                "closure",
                tracking,
                values("publicNote", publicNote),
                model,
                locale,
                response,
                redirect,
                () -> review.close(tracking, publicNote, version));
    }

    @PostMapping(PATH + "/{number}/supplements/{supplement}/read")
    @ReviewAccess.ReviewersAndOfficers
    String markSupplementRead(
            @PathVariable String number, @PathVariable long supplement, Locale locale, RedirectAttributes redirect) {
        TrackingNumber tracking = ReviewResponses.trackingNumber(number);
        review.markSupplementRead(tracking, supplement);
        redirect.addFlashAttribute("notice", text("intake.review.supplement.marked", locale));
        return "redirect:" + PATH + "/" + tracking.value() + "#supplements";
    }

    @GetMapping(PATH + "/{number}/attachments/{attachment}")
    @ReviewAccess.ReviewersAndOfficers
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long attachment) {
        return ReviewResponses.download(queue.attachment(ReviewResponses.trackingNumber(number), attachment));
    }

    /** Lets the error page, which has the page frame, answer an unknown report or file. */
    @ExceptionHandler(NoSuchRecordException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /** A step of the review: on success back to the report with a notice, otherwise the report with the reason. */
    private String step(
            String name,
            TrackingNumber number,
            Map<String, String> submitted,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            java.util.function.Supplier<ReportReview.StepOutcome> work) {
        try {
            ReportReview.StepOutcome outcome = work.get();
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "intake.review.step.done." + name,
                            new Object[] {number.value(), outcome.reportNumber() == null ? "" : outcome.reportNumber()},
                            locale));
            return "redirect:" + PATH + "/" + number.value();
        } catch (InvalidReviewInput invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach((field, key) -> errors.put(field, text(key, locale)));
            model.addAttribute("failedStep", name);
            model.addAttribute("errors", errors);
            model.addAttribute("submitted", submitted);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", text(refused.messageKey(), locale));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return report(number, model, locale);
    }

    private String report(TrackingNumber number, Model model, Locale locale) {
        ReportUnderReview report = queue.report(number);
        boolean reviewer = ReviewAccess.signedInStaffHolds(ReviewAccess.REVIEWERS);
        boolean assignee = ReviewAccess.signedInStaffIsAssignee(report.assignee());
        model.addAttribute("report", report);
        model.addAttribute(
                "answers",
                report.answerLines(
                        locale, text("intake.review.report.yes", locale), text("intake.review.report.no", locale)));
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("canReview", reviewer);
        model.addAttribute("canAssign", ReviewAccess.signedInStaffHolds(ReviewAccess.ASSIGNERS));
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
        if (ReviewAccess.signedInStaffHolds(ReviewAccess.ASSIGNERS) && report.allows(RequestLifecycle.Action.ASSIGN)) {
            model.addAttribute("officers", queue.officers());
        }
        return REPORT;
    }

    /** A priority level as the form sends it: none when blank, 0 (which the review refuses) when not a number. */
    private static Integer level(String priority) {
        if (priority == null || priority.isBlank()) {
            return null;
        }
        return priority.strip().matches("[0-9]") ? Integer.valueOf(priority.strip()) : Integer.valueOf(0);
    }

    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return values;
    }

    /** The queue's address for a filter, as the pager links it. */
    private static String link(QueueFilter filter) {
        return UriComponentsBuilder.fromPath(PATH)
                .queryParamIfPresent("type", java.util.Optional.ofNullable(filter.incidentType()))
                .queryParamIfPresent(
                        "priority",
                        java.util.Optional.ofNullable(filter.priority()).map(Priority::level))
                .queryParamIfPresent("age", java.util.Optional.ofNullable(filter.age()))
                .queryParamIfPresent("beat", java.util.Optional.ofNullable(filter.beat()))
                .queryParamIfPresent("channel", java.util.Optional.ofNullable(filter.channel()))
                .queryParamIfPresent(
                        "overdue", filter.overdueOnly() ? java.util.Optional.of("true") : java.util.Optional.empty())
                .queryParamIfPresent("status", java.util.Optional.ofNullable(filter.status()))
                .queryParam("page", filter.page())
                .encode()
                .build()
                .toUriString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
