package org.precinct.intake.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.precinct.shared.PrecinctProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}, and its service discovery at {@code /open311/discovery.xml} (also
 * under {@code /open311/v2/}). Each resource is asked for as XML or JSON by its extension. Errors are the
 * specification's {@code errors} document, with 400 for what cannot be done as asked, 403 for a missing or wrong
 * {@code api_key} and 404 for what does not exist. Texts follow the caller's Accept-Language (English or Spanish).
 *
 * <p>Only POST requests needs a key, which this controller checks itself: the security configuration leaves the
 * whole of {@code /open311/**} open, as the specification has every other call open to anyone.
 */
@RestController
class Open311RestController {

    static final String ENDPOINT = "/open311/v2";

    /** The header that carries the token of a filed request, which the answer's body may not (it has the id). */
    static final String TOKEN_HEADER = "Open311-Token";

    private static final Logger log = LoggerFactory.getLogger(Open311RestController.class);

    private final Open311Discovery discovery;
    private final Open311Services services;
    private final Open311Requests requests;
    private final Open311Filing filing;
    private final Open311Writer writer;
    private final MessageSource messages;
    private final PrecinctProperties properties;
    private final Clock clock;

    Open311RestController(
            Open311Discovery discovery,
            Open311Services services,
            Open311Requests requests,
            Open311Filing filing,
            Open311Writer writer,
            MessageSource messages,
            PrecinctProperties properties,
            Clock clock) {
        this.discovery = discovery;
        this.services = services;
        this.requests = requests;
        this.filing = filing;
        this.writer = writer;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping({"/open311/discovery.{format}", ENDPOINT + "/discovery.{format}"})
    ResponseEntity<byte[]> discovery(@PathVariable String format, Locale locale) {
        String endpoint = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(ENDPOINT)
                .build()
                .toUriString();
        return in(format, locale, chosen -> ok(discovery.document(endpoint, locale), chosen));
    }

    @GetMapping(ENDPOINT + "/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format, Locale locale) {
        return in(format, locale, chosen -> ok(services.list(locale), chosen));
    }

    @GetMapping(ENDPOINT + "/services/{code}.{format}")
    ResponseEntity<byte[]> serviceDefinition(@PathVariable String code, @PathVariable String format, Locale locale) {
        return in(
                format,
                locale,
                chosen -> foundOrNotFound(
                        services.definition(code, locale),
                        Open311Problem.of("service_code", "open311.error.service.not-found", code),
                        chosen,
                        locale));
    }

    @PostMapping(ENDPOINT + "/requests.{format}")
    ResponseEntity<byte[]> file(
            @PathVariable String format,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest request,
            Locale locale) {
        return in(format, locale, chosen -> {
            Open311Filing.Result result = filing.file(params(request), idempotencyKey, locale);
            if (result instanceof Open311Filing.Refused refused) {
                return answer(HttpStatus.valueOf(refused.status()), Open311Error.document(refused.errors()), chosen);
            }
            Open311Filing.Filed filed = (Open311Filing.Filed) result;
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            fields.put("service_request_id", filed.serviceRequestId());
            fields.put("service_notice", filed.serviceNotice());
            fields.put("account_id", null);
            ResponseEntity<byte[]> answer =
                    ok(new Open311Document.ListOf("service_requests", "request", List.of(fields)), chosen);
            return filed.token() == null
                    ? answer
                    : ResponseEntity.status(answer.getStatusCode())
                            .headers(answer.getHeaders())
                            .header(TOKEN_HEADER, filed.token())
                            .body(answer.getBody());
        });
    }

    @GetMapping(ENDPOINT + "/requests.{format}")
    ResponseEntity<byte[]> requests(@PathVariable String format, HttpServletRequest request, Locale locale) {
        return in(format, locale, chosen -> {
            RequestQuery.Parsed parsed = RequestQuery.parse(params(request), clock.instant(), properties.timeZone());
            if (!parsed.problems().isEmpty()) {
                return answer(
                        HttpStatus.BAD_REQUEST,
                        Open311Error.document(Open311Error.of(400, parsed.problems(), messages, locale)),
                        chosen);
            }
            return ok(requests.search(parsed.query(), locale), chosen);
        });
    }

    @GetMapping(ENDPOINT + "/requests/{id}.{format}")
    ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format, Locale locale) {
        return in(
                format,
                locale,
                chosen -> foundOrNotFound(
                        requests.one(id, locale),
                        Open311Problem.of("service_request_id", "open311.error.request.not-found", id),
                        chosen,
                        locale));
    }

    @GetMapping(ENDPOINT + "/tokens/{token}.{format}")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format, Locale locale) {
        return in(
                format,
                locale,
                chosen -> foundOrNotFound(
                        requests.token(token),
                        Open311Problem.of("token", "open311.error.token.not-found", token),
                        chosen,
                        locale));
    }

    /** Anything else under {@code /open311}: no such resource, said the Open311 way. */
    @RequestMapping("/open311/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request, Locale locale) {
        return error(
                HttpStatus.NOT_FOUND, Open311Problem.of(null, "open311.error.not-found"), formatOf(request), locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failed(Exception exception, HttpServletRequest request, Locale locale) {
        log.error("Open311 call {} {} failed", request.getMethod(), request.getRequestURI(), exception);
        // The specification's answer to a failure of the service itself; the client is asked to tell the department.
        return error(
                HttpStatus.BAD_REQUEST, Open311Problem.of(null, "open311.error.general"), formatOf(request), locale);
    }

    private ResponseEntity<byte[]> in(
            String format, Locale locale, Function<Open311Format, ResponseEntity<byte[]>> answer) {
        Optional<Open311Format> chosen = Open311Format.ofExtension(format);
        return chosen.isPresent()
                ? answer.apply(chosen.get())
                : error(
                        HttpStatus.BAD_REQUEST,
                        Open311Problem.of(null, "open311.error.format"),
                        Open311Format.XML,
                        locale);
    }

    /** The document found, or 404 with what was not found. */
    private ResponseEntity<byte[]> foundOrNotFound(
            Optional<Open311Document> found, Open311Problem missing, Open311Format format, Locale locale) {
        return found.isPresent() ? ok(found.get(), format) : error(HttpStatus.NOT_FOUND, missing, format, locale);
    }

    private ResponseEntity<byte[]> ok(Open311Document document, Open311Format format) {
        return answer(HttpStatus.OK, document, format);
    }

    private ResponseEntity<byte[]> error(
            HttpStatus status, Open311Problem problem, Open311Format format, Locale locale) {
        return answer(
                status,
                Open311Error.document(Open311Error.of(status.value(), List.of(problem), messages, locale)),
                format);
    }

    private ResponseEntity<byte[]> answer(HttpStatus status, Open311Document document, Open311Format format) {
        return ResponseEntity.status(status)
                .contentType(format.mediaType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(writer.write(document, format));
    }

    private static Open311Params params(HttpServletRequest request) {
        return new Open311Params(request.getParameterMap());
    }

    /** The format a failed call asked for, as far as its address says; XML, which every client reads, otherwise. */
    private static Open311Format formatOf(HttpServletRequest request) {
        return request.getRequestURI().toLowerCase(Locale.ROOT).endsWith(".json")
                ? Open311Format.JSON
                : Open311Format.XML;
    }
}
