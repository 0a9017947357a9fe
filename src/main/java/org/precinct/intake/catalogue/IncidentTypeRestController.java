package org.precinct.intake.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident-type catalogue for reporting forms and apps, open to everyone: the active types with their questions,
 * in the language of the request ({@code Accept-Language} or {@code ?lang=}; Spanish or English).
 */
@RestController
@RequestMapping("/api/v1/incident-types")
@Tag(name = "Incident types", description = "What can be reported, and what each type asks")
@SecurityRequirements
class IncidentTypeRestController {

    private final IncidentTypes catalogue;

    IncidentTypeRestController(IncidentTypes catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(
            summary = "List the active incident types",
            description = "Every type that can be reported now, by name in the request's language. Types with"
                    + " onlineReportable false are taken by phone only.",
            parameters =
                    @Parameter(
                            in = ParameterIn.HEADER,
                            name = HttpHeaders.ACCEPT_LANGUAGE,
                            description = "es for Spanish names and labels; English otherwise",
                            example = "es"))
    ResponseEntity<List<IncidentTypeJson>> list(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<IncidentTypeJson> types = catalogue.all().stream()
                .sorted(Comparator.comparing((IncidentTypeView type) -> type.name(locale), collator))
                .map(type -> IncidentTypeJson.of(type, locale))
                .toList();
        return localised(locale).body(types);
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "Read one active incident type",
            parameters =
                    @Parameter(
                            in = ParameterIn.HEADER,
                            name = HttpHeaders.ACCEPT_LANGUAGE,
                            description = "es for Spanish names and labels; English otherwise",
                            example = "es"))
    @ApiResponse(responseCode = "200", description = "The type")
    @ApiResponse(
            responseCode = "404",
            description = "No active type has this code",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<IncidentTypeJson> type(
            @Parameter(description = "The type's code", example = "THEFT_FROM_VEHICLE") @PathVariable String code,
            Locale locale) {
        IncidentTypeView type = catalogue
                .find(code)
                .filter(IncidentTypeView::active)
                .orElseThrow(() -> new NoSuchRecordException(IncidentTypeCatalogue.OBJECT_TYPE, "?"));
        return localised(locale).body(IncidentTypeJson.of(type, locale));
    }

    private static ResponseEntity.BodyBuilder localised(Locale locale) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
