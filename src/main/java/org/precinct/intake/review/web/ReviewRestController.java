package org.precinct.intake.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.intake.request.RequestLifecycle;
import org.precinct.intake.review.InvalidReviewInput;
import org.precinct.intake.review.QueueEntry;
import org.precinct.intake.review.QueuePage;
import org.precinct.intake.review.RejectionReasons;
import org.precinct.intake.review.ReportReview;
import org.precinct.intake.review.ReportUnderReview;
import org.precinct.intake.review.ReviewAccess;
import org.precinct.intake.review.ReviewQueue;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review as JSON for staff tools, with a staff bearer token: the queue with the same filters as the page, a
 * report with everything in it, and one endpoint per step. Input that is not valid answers 400 with the problem of
 * each field; a step the report's state does not allow, or one decided on a version someone changed since, answers
 * 409.
 */
@RestController
@RequestMapping("/api/v1/intake")
@Tag(name = "Report review")
class ReviewRestController {

    private final ReviewQueue queue;
    private final ReportReview review;
    private final RejectionReasons reasons;
    private final MessageSource messages;

    ReviewRestController(ReviewQueue queue, ReportReview review, RejectionReasons reasons, MessageSource messages) {
        this.queue = queue;
        this.review = review;
        this.reasons = reasons;
        this.messages = messages;
    }

    record QueueEntryJson(
            String trackingNumber,
            String incidentType,
            String incidentTypeName,
            int priority,
            String status,
            String channel,
            String beat,
            Instant receivedAt,
            Instant reviewDueAt,
            boolean overdue,
            int unreadSupplements,
            String reportNumber,
            String assignee) {

        static QueueEntryJson of(QueueEntry entry, Locale locale) {
            return new QueueEntryJson(
                    entry.trackingNumber().value(),
                    entry.incidentType(),
                    entry.typeName(locale),
                    entry.priority().level(),
                    entry.status().name(),
                    entry.channel().name(),
                    entry.beat(),
                    entry.receivedAt(),
                    entry.reviewDueAt(),
                    entry.overdue(),
                    entry.unreadSupplements(),
                    entry.reportNumber(),
                    entry.assignee());
        }
    }

    record QueueJson(List<QueueEntryJson> items, int page, int pageSize, long total) {}

    @GetMapping("/queue")
    @ReviewAccess.ReviewersOnly
    @Operation(
            summary = "Open reports, most urgent first, then oldest",
            description = "Filters: type (incident type code), priority (1-4), age (UNDER_A_DAY, ONE_TO_THREE_DAYS,"
                    + " THREE_TO_SEVEN_DAYS, OVER_A_WEEK), beat, channel (ONLINE, PHONE, OPEN311), overdue (true),"
                    + " status (any status; without it, every open one), page (from 0).")
    QueueJson queue(@org.springdoc.core.annotations.ParameterObject QueueQuery query, Locale locale) {
        QueuePage found = queue.search(query.filter());
        return new QueueJson(
                found.entries().stream()
                        .map(entry -> QueueEntryJson.of(entry, locale))
                        .toList(),
                found.filter().page(),
                found.pageSize(),
                found.total());
    }

    /** @param allowedSteps what the report's state allows next, as {@link RequestLifecycle.Action} names it */
    record StepJson(
            String trackingNumber,
            String status,
            String reportNumber,
            int priority,
            int version,
            List<String> allowedSteps) {}

    record HistoryJson(
            String status,
            String kind,
            Instant at,
            String actor,
            String publicNote,
            String privateNote,
            Integer priority) {}

    record ReporterJson(String name, String email, String phone, String language) {}

    record SupplementJson(
            long id, Instant at, String source, String author, String text, Instant readAt, String readBy) {}

    record AttachmentJson(long id, Long supplementId, String fileName, String mediaType, int sizeBytes, String href) {}

    record ReportJson(
            String trackingNumber,
            String channel,
            String incidentType,
            String status,
            int priority,
            String reportNumber,
            String assignee,
            String mergedInto,
            String description,
            Instant occurredFrom,
            Instant occurredTo,
            String address,
            Double latitude,
            Double longitude,
            String beat,
            Map<String, Object> answers,
            ReporterJson reporter,
            String callerPhone,
            String takenBy,
            Instant receivedAt,
            Instant reviewDueAt,
            boolean overdue,
            int version,
            List<org.precinct.intake.ReportDraft.PersonInvolved> people,
            List<org.precinct.intake.ReportDraft.VehicleInvolved> vehicles,
            List<org.precinct.intake.ReportDraft.PropertyInvolved> property,
            List<HistoryJson> history,
            List<SupplementJson> supplements,
            List<AttachmentJson> attachments,
            List<DuplicateJson> likelyDuplicates,
            List<String> allowedSteps) {}

    /** @param otherFiledEarlier whether the other report came first (this one may repeat it) */
    record DuplicateJson(
            String trackingNumber, String incidentType, String status, double score, boolean otherFiledEarlier) {}

    @GetMapping("/reports/{number}")
    @ReviewAccess.ReviewersAndOfficers
    @Operation(summary = "A report with everything in it, its history with staff-only notes; the read is audited")
    ReportJson report(@PathVariable String number) {
        ReportUnderReview report = queue.report(ReviewResponses.trackingNumber(number));
        String base = "/api/v1/intake/reports/" + report.trackingNumber().value() + "/attachments/";
        return new ReportJson(
                report.trackingNumber().value(),
                report.channel().name(),
                report.incidentType(),
                report.status().name(),
                report.priority().level(),
                report.reportNumber(),
                report.assignee(),
                report.mergedInto(),
                report.description(),
                report.occurredFrom(),
                report.occurredTo(),
                report.address(),
                report.latitude(),
                report.longitude(),
                report.beat(),
                report.answers(),
                new ReporterJson(
                        report.reporter().name(),
                        report.reporter().email(),
                        report.reporter().phone(),
                        report.reporter().language()),
                report.callerPhone(),
                report.takenBy(),
                report.receivedAt(),
                report.reviewDueAt(),
                report.overdue(),
                report.version(),
                report.people(),
                report.vehicles(),
                report.property(),
                report.history().stream()
                        .map(step -> new HistoryJson(
                                step.status().name(),
                                step.kind().name(),
                                step.at(),
                                step.actor(),
                                step.publicNote(),
                                step.privateNote(),
                                step.priority()))
                        .toList(),
                report.supplements().stream()
                        .map(supplement -> new SupplementJson(
                                supplement.id(),
                                supplement.at(),
                                supplement.source(),
                                supplement.author(),
                                supplement.text(),
                                supplement.readAt(),
                                supplement.readBy()))
                        .toList(),
                report.attachments().stream()
                        .map(file -> new AttachmentJson(
                                file.id(),
                                file.supplementId(),
                                file.fileName(),
                                file.mediaType(),
                                file.sizeBytes(),
                                base + file.id()))
                        .toList(),
                report.likelyDuplicates().stream()
                        .map(duplicate -> new DuplicateJson(
                                duplicate.other().value(),
                                duplicate.incidentType(),
                                duplicate.status().name(),
                                duplicate.score(),
                                duplicate.otherFiledEarlier()))
                        .toList(),
                allowed(report.status()));
    }

    @GetMapping("/reports/{number}/attachments/{attachment}")
    @ReviewAccess.ReviewersAndOfficers
    @Operation(summary = "A photo or document of a report, as a download")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long attachment) {
        return ReviewResponses.download(queue.attachment(ReviewResponses.trackingNumber(number), attachment));
    }

    /** @param expectedVersion the report's version the decision was made on; a later change answers 409 */
    record VersionJson(Integer expectedVersion) {}

    record QuestionJson(String question, Integer expectedVersion) {}

    record RejectionJson(String reasonCode, String privateNote, Integer expectedVersion) {}

    record MergeJson(String into, String privateNote, Integer expectedVersion) {}

    record AssignmentJson(String officerDsn, Integer expectedVersion) {}

    record ReferralJson(String unitOrAgency, String privateNote, Integer expectedVersion) {}

    record PriorityJson(Integer priority, String reason, Integer expectedVersion) {}

    record ClosureJson(String publicNote, Integer expectedVersion) {}

    @PostMapping("/reports/{number}/review")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "Take a newly received report into review")
    StepJson startReview(@PathVariable String number, @RequestBody(required = false) VersionJson body) {
        return json(review.startReview(
                ReviewResponses.trackingNumber(number), body == null ? null : body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/question")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "Send the report back to its reporter with a question")
    StepJson askReporter(@PathVariable String number, @RequestBody QuestionJson body) {
        return json(
                review.askReporter(ReviewResponses.trackingNumber(number), body.question(), body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/approval")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "Approve the report: it gets the next official report number")
    StepJson approve(@PathVariable String number, @RequestBody(required = false) VersionJson body) {
        return json(
                review.approve(ReviewResponses.trackingNumber(number), body == null ? null : body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/rejection")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "Reject the report with a reason from the list and a note for staff only")
    StepJson reject(@PathVariable String number, @RequestBody RejectionJson body) {
        return json(review.reject(
                ReviewResponses.trackingNumber(number), body.reasonCode(), body.privateNote(), body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/merge")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "Merge the report into another open report of the same incident")
    StepJson merge(@PathVariable String number, @RequestBody MergeJson body) {
        return json(review.merge(
                ReviewResponses.trackingNumber(number), body.into(), body.privateNote(), body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/assignment")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "Assign the approved report to an officer for follow-up (supervisors and administrators)")
    StepJson assign(@PathVariable String number, @RequestBody AssignmentJson body) {
        return json(review.assign(ReviewResponses.trackingNumber(number), body.officerDsn(), body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/statistics-only")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "Close the report as counted for statistics only; one in review is approved on the way")
    StepJson markStatisticsOnly(@PathVariable String number, @RequestBody(required = false) VersionJson body) {
        return json(review.markStatisticsOnly(
                ReviewResponses.trackingNumber(number), body == null ? null : body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/referral")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "Refer the report to another unit or agency")
    StepJson refer(@PathVariable String number, @RequestBody ReferralJson body) {
        return json(review.refer(
                ReviewResponses.trackingNumber(number),
                body.unitOrAgency(),
                body.privateNote(),
                body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/priority")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "Change the priority (1-4) for a reason kept for staff; the status stays")
    StepJson changePriority(@PathVariable String number, @RequestBody PriorityJson body) {
        return json(review.changePriority(
                ReviewResponses.trackingNumber(number), body.priority(), body.reason(), body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/closure")
    @ReviewAccess.ReviewersAndOfficers
    @Operation(summary = "Close an approved or assigned report with a note for the reporter")
    StepJson close(@PathVariable String number, @RequestBody ClosureJson body) {
        return json(review.close(ReviewResponses.trackingNumber(number), body.publicNote(), body.expectedVersion()));
    }

    @PostMapping("/reports/{number}/supplements/{supplement}/read")
    @ReviewAccess.ReviewersAndOfficers
    @Operation(summary = "Mark something added to the report read")
    ResponseEntity<Void> markSupplementRead(@PathVariable String number, @PathVariable long supplement) {
        review.markSupplementRead(ReviewResponses.trackingNumber(number), supplement);
        return ResponseEntity.noContent().build();
    }

    record ReasonJson(String code, String label, String labelEn, String labelEs) {}

    @GetMapping("/rejection-reasons")
    @ReviewAccess.ReviewersOnly
    @Operation(summary = "The rejection reasons reviewers may choose now")
    List<ReasonJson> rejectionReasons(Locale locale) {
        return reasons.active().stream()
                .map(reason -> new ReasonJson(reason.code(), reason.label(locale), reason.labelEn(), reason.labelEs()))
                .toList();
    }

    @ExceptionHandler(InvalidReviewInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReviewInput invalid, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid", null, locale));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty(
                "errors",
                invalid.problems().entrySet().stream()
                        .map(entry -> Map.of(
                                "field",
                                entry.getKey(),
                                "message",
                                messages.getMessage(entry.getValue(), null, locale)))
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static StepJson json(ReportReview.StepOutcome outcome) {
        return new StepJson(
                outcome.trackingNumber().value(),
                outcome.status().name(),
                outcome.reportNumber(),
                outcome.priority().level(),
                outcome.version(),
                allowed(outcome.status()));
    }

    private static List<String> allowed(org.precinct.intake.RequestStatus status) {
        return java.util.Arrays.stream(RequestLifecycle.Action.values())
                .filter(action -> action.allowedIn(status))
                .map(Enum::name)
                .toList();
    }
}
