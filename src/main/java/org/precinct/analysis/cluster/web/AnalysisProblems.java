package org.precinct.analysis.cluster.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Problem details (RFC 9457) for the analyses' API, in the caller's language: a refused parameter comes with an
 * {@code errors} list of field and message, as the rest of the API reports them.
 */
public final class AnalysisProblems {

    private AnalysisProblems() {}

    /** A problem whose detail is the message {@code key}. */
    public static ResponseEntity<ProblemDetail> of(
            HttpStatus status, String key, MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(status.getReasonPhrase());
        problem.setDetail(messages.getMessage(key, null, locale));
        return ResponseEntity.status(status).body(problem);
    }

    /** A 400 naming the refused {@code field}; its message is {@code prefix + "field." + field}. */
    public static ResponseEntity<ProblemDetail> invalid(
            String prefix, String field, MessageSource messages, Locale locale) {
        ResponseEntity<ProblemDetail> response = of(HttpStatus.BAD_REQUEST, prefix + "invalid", messages, locale);
        response.getBody()
                .setProperty(
                        "errors",
                        List.of(Map.of(
                                "field",
                                field,
                                "message",
                                messages.getMessage(prefix + "field." + field, null, locale))));
        return response;
    }
}
