package org.precinct.intake.online.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.intake.Attachment;
import org.precinct.intake.online.ReporterSupplements;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reporters add information to their report, unlocked by the tracking code: JSON text, or a form with text and
 * files. A wrong code answers 404 exactly like an unknown number.
 */
@RestController
@Tag(name = "Reports")
class SupplementRestController {

    private final ReporterSupplements supplements;
    private final MessageSource messages;

    SupplementRestController(ReporterSupplements supplements, MessageSource messages) {
        this.supplements = supplements;
        this.messages = messages;
    }

    record SupplementJson(String text) {}

    record AddedJson(String trackingNumber, Instant receivedAt, int files) {}

    @PostMapping(value = "/api/v1/reports/{trackingNumber}/supplements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Add information to a report",
            description = "Text of up to 10,000 characters. A wrong or missing code answers 404 like an unknown number;"
                    + " text that reads as an emergency answers 422 and is not stored.")
    ResponseEntity<?> addText(
            @PathVariable String trackingNumber,
            @RequestParam(required = false) String code,
            @RequestBody(required = false) SupplementJson body,
            Locale locale) {
        return added(trackingNumber, code, body == null ? null : body.text(), List.of(), locale);
    }

    @PostMapping(value = "/api/v1/reports/{trackingNumber}/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Add information and files to a report",
            description = "A form with the part text and up to 5 parts files (JPEG, PNG, WebP or PDF by their bytes, 10"
                    + " MB each).")
    ResponseEntity<?> addTextAndFiles(
            @PathVariable String trackingNumber,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        List<Attachment> accepted = new ArrayList<>();
        List<MultipartFile> sent = files == null ? List.of() : files;
        for (int i = 0; i < sent.size(); i++) {
            MultipartFile file = sent.get(i);
            byte[] content = bytes(file);
            var problem = Attachment.problemWith(content);
            if (problem.isPresent()) {
                errors.add(Map.of(
                        "field", "files[" + i + "]", "message", messages.getMessage(problem.get(), null, locale)));
            } else {
                accepted.add(Attachment.of(file.getOriginalFilename(), content));
            }
        }
        if (!errors.isEmpty()) {
            return invalid(errors, locale);
        }
        return added(trackingNumber, code, text, accepted, locale);
    }

    private ResponseEntity<?> added(
            String trackingNumber, String code, String text, List<Attachment> files, Locale locale) {
        ReporterSupplements.Outcome outcome =
                supplements.add(trackingNumber, code, ReporterSupplements.Kind.INFORMATION, text, files);
        if (outcome instanceof ReporterSupplements.Added added) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new AddedJson(trackingNumber.strip().toUpperCase(Locale.ROOT), added.at(), added.files()));
        }
        if (outcome instanceof ReporterSupplements.NotFound) {
            throw new NoSuchRecordException("report", trackingNumber);
        }
        if (outcome instanceof ReporterSupplements.Emergency emergency) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("intake.submit.emergency", null, locale));
            problem.setTitle("Call 911");
            problem.setProperty("emergency", true);
            problem.setProperty(
                    "reasons",
                    emergency.triage().reasons().stream()
                            .map(reason -> Map.of("code", reason.code(), "phrase", reason.phrase()))
                            .toList());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return invalid(
                ((ReporterSupplements.Invalid) outcome)
                        .problems().entrySet().stream()
                                .map(entry -> Map.of(
                                        "field",
                                        entry.getKey(),
                                        "message",
                                        messages.getMessage(
                                                entry.getValue(), new Object[] {Attachment.MAX_PER_REPORT}, locale)))
                                .toList(),
                locale);
    }

    private ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid", null, locale));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
