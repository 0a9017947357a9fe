package org.precinct.intake.open311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.precinct.intake.Channel;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.TrackingNumber;
import org.precinct.shared.PrecinctProperties;
import org.springframework.stereotype.Component;

/**
 * The public side of service requests: the listing, one request, and a token's request. Anyone may read it, so it
 * carries nobody's personal data: never the reporter's name, e-mail or phone, the answers, the people, vehicles or
 * property named, or a staff-only note.
 *
 * <p>A request filed through Open311 is shown as the specification describes it, with its description, address,
 * point and media URL: the client filed it into a public interface. A report filed on the portal or by phone was not
 * filed to be published, so it shows what and roughly where only: no description, no address, and the point rounded
 * to three decimals (about a hundred metres).
 */
@Component
class Open311Requests {

    private static final DateTimeFormatter W3 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final int ROUGH_DECIMALS = 3;

    private final Open311RequestStore store;
    private final IncidentTypes types;
    private final Open311Services services;
    private final ZoneId zone;

    Open311Requests(
            Open311RequestStore store, IncidentTypes types, Open311Services services, PrecinctProperties properties) {
        this.store = store;
        this.types = types;
        this.services = services;
        this.zone = properties.timeZone();
    }

    Open311Document search(RequestQuery query, Locale locale) {
        List<Open311RequestStore.ListedRequest> found =
                query.filter() == null ? store.byIds(query.ids()) : store.search(query.filter());
        return document(found, locale);
    }

    /** The request with this id, if it exists and is listed publicly. */
    Optional<Open311Document> one(String serviceRequestId, Locale locale) {
        if (!TrackingNumber.isWellFormed(serviceRequestId)) {
            return Optional.empty();
        }
        List<Open311RequestStore.ListedRequest> found =
                store.byIds(List.of(new TrackingNumber(serviceRequestId).value()));
        return found.isEmpty() ? Optional.empty() : Optional.of(document(found, locale));
    }

    /** The id of the request filed with this token. */
    Optional<Open311Document> token(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{1,40}")) {
            return Optional.empty();
        }
        return store.requestOfToken(token).map(number -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("service_request_id", number);
            fields.put("token", token);
            return new Open311Document.ListOf("service_requests", "request", List.of(fields));
        });
    }

    /** A date and time as the specification writes them: the department's local time with its offset. */
    String w3(Instant instant) {
        return W3.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    private Open311Document document(List<Open311RequestStore.ListedRequest> found, Locale locale) {
        return new Open311Document.ListOf(
                "service_requests",
                "request",
                found.stream().map(request -> fields(request, locale)).toList());
    }

    private Map<String, Object> fields(Open311RequestStore.ListedRequest request, Locale locale) {
        boolean filedPublicly = request.channel() == Channel.OPEN311;
        Optional<IncidentTypeView> type = types.find(request.serviceCode());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("service_request_id", request.serviceRequestId());
        fields.put("status", request.status().isOpen() ? "open" : "closed");
        // Notes to a portal or phone reporter reach them behind their tracking code; only a request filed through
        // Open311, whose client expects its notes in the public listing, shows them here.
        fields.put("status_notes", filedPublicly ? request.statusNotes() : null);
        fields.put("service_name", type.map(found -> found.name(locale)).orElse(request.serviceCode()));
        fields.put("service_code", request.serviceCode());
        fields.put("description", filedPublicly ? request.description() : null);
        fields.put(
                "agency_responsible",
                type.map(found -> services.agencyResponsible(found, locale)).orElse(null));
        fields.put(
                "service_notice",
                type.map(found -> services.notice(found, locale)).orElse(null));
        fields.put("requested_datetime", w3(request.requestedAt()));
        fields.put("updated_datetime", w3(request.updatedAt()));
        fields.put("expected_datetime", null);
        fields.put("address", filedPublicly ? request.address() : null);
        fields.put("address_id", null);
        fields.put("zipcode", null);
        fields.put("lat", filedPublicly ? request.latitude() : rough(request.latitude()));
        fields.put("long", filedPublicly ? request.longitude() : rough(request.longitude()));
        fields.put("media_url", filedPublicly ? request.mediaUrl() : null);
        return fields;
    }

    private static Double rough(Double degrees) {
        return degrees == null
                ? null
                : BigDecimal.valueOf(degrees)
                        .setScale(ROUGH_DECIMALS, RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
