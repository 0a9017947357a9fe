package org.precinct.records.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportStatus;
import org.precinct.records.report.IncidentReportQueries;
import org.precinct.records.report.IncidentReportWorkflow;
import org.precinct.records.report.ReportInput;
import org.precinct.records.report.ReportStep;
import org.precinct.records.report.ReportView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incident reports as JSON for staff clients (bearer token): write a draft, read a report, change a draft, submit it,
 * the review steps, supplements. Input is {@link ReportInput}: dates ISO-8601 (with an offset, or the department's
 * local time), money in dollars. Bad input answers 400 problem+json with {@code errors}: each field
 * ({@code people[0].dateOfBirth}) and its message; a step the report's state does not allow answers 409 with what to
 * do instead (an approved report: add a supplement); a report the caller may not know of answers 404.
 */
@RestController
@RequestMapping("/api/v1/incident-reports")
@Tag(name = "Incident reports")
class IncidentReportRestController {

    private final IncidentReportWorkflow workflow;
    private final IncidentReportQueries queries;
    private final MessageSource messages;

    IncidentReportRestController(
            IncidentReportWorkflow workflow, IncidentReportQueries queries, MessageSource messages) {
        this.workflow = workflow;
        this.queries = queries;
        this.messages = messages;
    }

    /** Where a report stands after a change; {@code version} is what the next change must send. */
    record OutcomeJson(String reportNumber, IncidentReportStatus status, int version) {

        static OutcomeJson of(IncidentReportWorkflow.StepOutcome outcome) {
            return new OutcomeJson(outcome.reportNumber(), outcome.status(), outcome.version());
        }
    }

    /** A review step's body: the version it was decided on, and the comments of a return or reason of a seal. */
    record StepJson(Integer version, String comments, String reason) {}

    /** A records correction: the corrected report and why. */
    record CorrectionJson(Integer version, String reason, ReportInput report) {}

    record SupplementJson(String text) {}

    record ProblemJson(String field, String message, boolean blocking) {}

    record StepHistoryJson(
            ReportStep.Kind kind, IncidentReportStatus status, Instant at, String actor, String comment) {}

    /** A report as the caller may see it, with what its checks find and its history. */
    record ReportJson(
            IncidentReportDetails report,
            List<ProblemJson> problems,
            String returnComments,
            List<StepHistoryJson> history) {}

    @PostMapping
    @ReportAccess.Writers
    @Operation(summary = "Write a new draft incident report; it gets the next number of the department's series")
    ResponseEntity<OutcomeJson> create(@RequestBody ReportInput body) {
        IncidentReportWorkflow.StepOutcome outcome = workflow.create(body);
        return ResponseEntity.created(URI.create("/api/v1/incident-reports/" + outcome.reportNumber()))
                .body(OutcomeJson.of(outcome));
    }

    @GetMapping("/{number}")
    @ReportAccess.Readers
    @Operation(summary = "Read a report; juvenile persons are left out for all but records staff")
    ReportJson read(@PathVariable String number, Locale locale) {
        ReportView view = queries.view(number);
        return new ReportJson(
                view.report(),
                view.problems().stream()
                        .map(problem -> new ProblemJson(
                                problem.field(),
                                messages.getMessage(
                                        problem.messageKey(),
                                        problem.arguments().toArray(),
                                        locale),
                                problem.blocking()))
                        .toList(),
                view.returnComments(),
                view.history().stream()
                        .map(step -> new StepHistoryJson(
                                step.kind(), step.status(), step.at(), step.actor(), step.comment()))
                        .toList());
    }

    @PutMapping("/{number}")
    @ReportAccess.Writers
    @Operation(summary = "Replace what a draft says; an approved report answers 409 (add a supplement instead)")
    OutcomeJson update(
            @PathVariable String number,
            @RequestParam(required = false) Integer version,
            @RequestBody ReportInput body) {
        return OutcomeJson.of(workflow.update(number, body, version));
    }

    @PostMapping("/{number}/submit")
    @ReportAccess.Writers
    @Operation(summary = "Submit a draft for a supervisor's review; 409 with the problems when something is missing")
    OutcomeJson submit(@PathVariable String number, @RequestBody(required = false) StepJson body) {
        return OutcomeJson.of(workflow.submit(number, version(body)));
    }

    @PostMapping("/{number}/review")
    @ReportAccess.Writers
    OutcomeJson startReview(@PathVariable String number, @RequestBody(required = false) StepJson body) {
        return OutcomeJson.of(workflow.startReview(number, version(body)));
    }

    @PostMapping("/{number}/approve")
    @ReportAccess.Writers
    @Operation(summary = "A supervisor approves the report for the Bureau of Records")
    OutcomeJson approve(@PathVariable String number, @RequestBody(required = false) StepJson body) {
        return OutcomeJson.of(workflow.supervisorApprove(number, version(body)));
    }

    @PostMapping("/{number}/return")
    @ReportAccess.Writers
    @Operation(summary = "Return the report to its author with comments")
    OutcomeJson returnToAuthor(@PathVariable String number, @RequestBody StepJson body) {
        return OutcomeJson.of(workflow.returnToAuthor(number, body.comments(), body.version()));
    }

    @PostMapping("/{number}/records-approve")
    @ReportAccess.Writers
    @Operation(summary = "The Bureau of Records approves the report as the department's record")
    OutcomeJson recordsApprove(@PathVariable String number, @RequestBody(required = false) StepJson body) {
        return OutcomeJson.of(workflow.recordsApprove(number, version(body)));
    }

    @PostMapping("/{number}/close")
    @ReportAccess.Writers
    OutcomeJson close(@PathVariable String number, @RequestBody(required = false) StepJson body) {
        return OutcomeJson.of(workflow.close(number, version(body)));
    }

    @PostMapping("/{number}/correction")
    @ReportAccess.Writers
    @Operation(summary = "Records staff correct an approved report, with a reason kept in its history")
    OutcomeJson correct(@PathVariable String number, @RequestBody CorrectionJson body) {
        return OutcomeJson.of(workflow.correct(number, body.report(), body.reason(), body.version()));
    }

    @PostMapping("/{number}/seal")
    @ReportAccess.Writers
    @Operation(summary = "Records staff seal a report: from then on it does not exist for anyone else")
    OutcomeJson seal(@PathVariable String number, @RequestBody StepJson body) {
        return OutcomeJson.of(workflow.seal(number, true, body.reason(), body.version()));
    }

    @PostMapping("/{number}/unseal")
    @ReportAccess.Writers
    OutcomeJson unseal(@PathVariable String number, @RequestBody StepJson body) {
        return OutcomeJson.of(workflow.seal(number, false, body.reason(), body.version()));
    }

    @PostMapping("/{number}/supplements")
    @ReportAccess.Writers
    @Operation(summary = "Add a supplement to a submitted or approved report")
    ResponseEntity<Void> supplement(@PathVariable String number, @RequestBody SupplementJson body) {
        workflow.addSupplement(number, body == null ? null : body.text());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    private static Integer version(StepJson body) {
        return body == null ? null : body.version();
    }
}
