package org.precinct.intake.triage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.TriageResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The emergency check for anyone, before a report is written: public and stateless. It stores nothing and records
 * nothing in the audit trail, because it touches no record and a resident's unsent words are not kept.
 */
@RestController
@RequestMapping("/api/v1/triage")
@Tag(name = "Triage", description = "Is this a 911 matter? The check every report passes first.")
class TriageRestController {

    private final ReportTriage triage;
    private final MessageSource messages;

    TriageRestController(ReportTriage triage, MessageSource messages) {
        this.triage = triage;
        this.messages = messages;
    }

    @PostMapping
    @Operation(
            summary = "Check whether a description and the safety answers read as an emergency",
            description = "Answers with emergency true when the contact belongs with 911, with the reasons (code,"
                    + " the reporter's words that raised it, and an explanation in the language of Accept-Language)"
                    + " and the incident type the description reads most like. Needs no account.")
    TriageResponse assess(@Valid @RequestBody TriageRequestBody body) {
        TriageResult result = triage.assess(new TriageRequest(body.description(), body.answersOrNone()));
        Locale locale = LocaleContextHolder.getLocale();
        return new TriageResponse(
                result.emergency(),
                result.reasons().stream()
                        .map(reason -> new TriageResponse.Reason(
                                reason.code(),
                                reason.phrase(),
                                messages.getMessage(reason.messageKey(), null, reason.code(), locale)))
                        .toList(),
                result.suggestedIncidentType());
    }
}
