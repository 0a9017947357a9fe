package org.precinct.shared.web;

import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details whose title and detail come from the message bundles, in the caller's language. */
final class Problems {

    private Problems() {}

    static ProblemDetail of(MessageSource messages, HttpStatusCode status, String messageKey) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        String detail = messages.getMessage(
                messageKey,
                null,
                messages.getMessage("problem.status.default", null, "", LocaleContextHolder.getLocale()),
                LocaleContextHolder.getLocale());
        problem.setDetail(detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
