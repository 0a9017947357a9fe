package org.precinct.records.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of incident reports: the CSV of a period's incidents (records staff, command, analysts), and a report's
 * printable copy for release. Both are audited as exports by the services that make them.
 */
@Controller
class ExportWebController {

    /** The longest period one CSV covers: five years of incidents stay a file a spreadsheet opens. */
    static final int MAX_YEARS = 5;

    private final IncidentCsvExport csv;
    private final ReleaseCopies copies;
    private final MessageSource messages;

    ExportWebController(IncidentCsvExport csv, ReleaseCopies copies, MessageSource messages) {
        this.csv = csv;
        this.copies = copies;
        this.messages = messages;
    }

    @GetMapping("/staff/records/reports/export.csv")
    @PreAuthorize("hasAnyRole('RECORDS','COMMAND','ANALYST')")
    void exportCsv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start == null
                || end == null
                || end.isBefore(start)
                || start.plusYears(MAX_YEARS).isBefore(end)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
            response.getWriter().write(messages.getMessage("records.export.csv.refused", null, locale));
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("incidents-" + start + "-to-" + end + ".csv")
                        .build()
                        .toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        csv.write(start, end, out);
        out.flush();
    }

    @GetMapping("/staff/records/reports/{number}/release.pdf")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','RECORDS','COMMAND','ADMIN','ANALYST')")
    ResponseEntity<byte[]> releasePdf(@PathVariable String number, Locale locale) {
        byte[] pdf = copies.pdf(number, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("incident-report-" + number + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** Lets the error page, which has the page frame, answer an unknown report. */
    @ExceptionHandler(NoSuchRecordException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(RuleViolationException.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
