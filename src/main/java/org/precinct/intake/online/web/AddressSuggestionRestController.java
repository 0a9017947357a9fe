package org.precinct.intake.online.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.precinct.geography.Geocoder;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Addresses of the department's index offered while a resident types one, for the online report's place step and
 * any app. Public: addresses and their places are no personal data.
 */
@RestController
@Tag(name = "Reports")
class AddressSuggestionRestController {

    static final int MIN_LENGTH = 3;
    static final int MAX_SUGGESTIONS = 10;

    private final Geocoder geocoder;
    private final MessageSource messages;

    AddressSuggestionRestController(Geocoder geocoder, MessageSource messages) {
        this.geocoder = geocoder;
        this.messages = messages;
    }

    record Suggestion(String address, double latitude, double longitude) {}

    @GetMapping("/api/v1/addresses")
    @Operation(
            summary = "Suggest addresses while one is typed",
            description = "At least 3 and at most 300 characters; up to 10 addresses that begin with what was typed, or"
                    + " lie on a street that does.")
    ResponseEntity<?> suggest(@RequestParam(required = false) String q, Locale locale) {
        String typed = q == null ? "" : q.strip();
        if (typed.length() < MIN_LENGTH || typed.length() > Geocoder.MAX_TYPED_LENGTH) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST,
                    messages.getMessage(
                            "intake.online.addresses.query",
                            new Object[] {MIN_LENGTH, Geocoder.MAX_TYPED_LENGTH},
                            locale));
            problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
            problem.setProperty("errors", List.of(java.util.Map.of("field", "q", "message", problem.getDetail())));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.ok(geocoder.suggest(typed, MAX_SUGGESTIONS).stream()
                .map(found -> new Suggestion(found.address(), found.latitude(), found.longitude()))
                .toList());
    }
}
