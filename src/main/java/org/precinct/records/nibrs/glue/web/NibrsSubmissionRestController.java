package org.precinct.records.nibrs.glue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.precinct.records.NibrsSubmission;
import org.precinct.records.NibrsSubmissionDocument;
import org.precinct.records.nibrs.glue.MonthlyNibrsSubmission;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The department's monthly NIBRS submission, for the Bureau of Records to send to the state program. */
@RestController
@Tag(name = "NIBRS")
class NibrsSubmissionRestController {

    /** The numbers of approved reports the FBI's edits would reject, held back from the submission. */
    static final String HELD_BACK = "Precinct-Nibrs-Held-Back";

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final MonthlyNibrsSubmission submissions;
    private final MessageSource messages;

    NibrsSubmissionRestController(MonthlyNibrsSubmission submissions, MessageSource messages) {
        this.submissions = submissions;
        this.messages = messages;
    }

    @GetMapping("/api/v1/nibrs/submission")
    @PreAuthorize("hasRole('RECORDS')")
    @Operation(
            summary = "The month's NIBRS submission (FBI 2019.1 IEPD XML)",
            description = "The Group A incidents and Group B arrests of the incident reports approved in the month"
                    + " (YYYY-MM, department time). One document (a single report, or the zero report of a month"
                    + " with nothing to report) is answered as application/xml; several as application/zip, one"
                    + " XML file per report. Reports the FBI's edits would reject are held back and listed in the"
                    + " Precinct-Nibrs-Held-Back header. 400 problem+json for a bad month; 409 when no agency ORI"
                    + " is configured. Audited as an export.")
    ResponseEntity<?> submission(@RequestParam(required = false) String month) throws IOException {
        YearMonth parsed = parse(month);
        if (parsed == null) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
            problem.setType(URI.create("about:blank"));
            problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
            problem.setDetail(messages.getMessage("problem.invalid", null, LocaleContextHolder.getLocale()));
            problem.setProperty(
                    "errors",
                    Map.of(
                            "month",
                            messages.getMessage("nibrs.glue.month.invalid", null, LocaleContextHolder.getLocale())));
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        MonthlyNibrsSubmission.Outcome outcome = submissions.submission(parsed);
        NibrsSubmission submission = outcome.submission();
        HttpHeaders headers = new HttpHeaders();
        if (!outcome.heldBack().isEmpty()) {
            headers.add(HELD_BACK, String.join(",", outcome.heldBack()));
        }
        if (submission.documents().size() == 1) {
            NibrsSubmissionDocument document = submission.documents().get(0);
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(document.fileName())
                    .build());
            return ResponseEntity.ok()
                    .headers(headers)
                    .contentType(MediaType.APPLICATION_XML)
                    .body(document.xml().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        submission.writeZip(zip);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("nibrs-" + submission.ori().value() + "-" + parsed + ".zip")
                .build());
        return ResponseEntity.ok()
                .headers(headers)
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(zip.toByteArray());
    }

    private static YearMonth parse(String month) {
        if (month == null || !MONTH.matcher(month).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
