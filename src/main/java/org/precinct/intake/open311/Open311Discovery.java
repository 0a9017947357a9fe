package org.precinct.intake.open311;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service discovery document: where the GeoReport v2 endpoint is, in which formats, whom to ask for help and
 * for a key, and a changeset that moves on whenever the services or their definitions change, so that clients know
 * when to fetch them again. In demo mode the endpoint is declared {@code test}: nothing filed there is acted upon.
 */
@Component
class Open311Discovery {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    /** Sortable as text: always UTC, always the same length. */
    private static final DateTimeFormatter CHANGESET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final Open311Services services;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final PrecinctProperties properties;
    private final Clock clock;

    Open311Discovery(
            Open311Services services,
            JdbcClient jdbc,
            MessageSource messages,
            PrecinctProperties properties,
            Clock clock) {
        this.services = services;
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param endpointUrl the absolute URL of {@code /open311/v2} as the caller reaches it */
    Open311Document document(String endpointUrl, Locale locale) {
        String changeset = CHANGESET.format(changedAt().atOffset(ZoneOffset.UTC));
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", endpointUrl);
        endpoint.put("changeset", changeset);
        endpoint.put("type", properties.demo().enabled() ? "test" : "production");
        endpoint.put(
                "formats",
                new Open311Document.Repeated(
                        "format", List.of(Open311Format.XML.mimeType(), Open311Format.JSON.mimeType())));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", changeset);
        discovery.put(
                "contact",
                messages.getMessage(
                        "open311.discovery.contact",
                        new Object[] {properties.departmentName(), properties.nonEmergencyPhone()},
                        locale));
        discovery.put(
                "key_service",
                messages.getMessage(
                        "open311.discovery.key-service",
                        new Object[] {properties.departmentName(), properties.nonEmergencyPhone()},
                        locale));
        discovery.put("endpoints", new Open311Document.Repeated("endpoint", List.of(endpoint)));
        return new Open311Document.Single("discovery", discovery);
    }

    /**
     * When the services' fingerprint last changed. The stored fingerprint is compared with the current one on each
     * call, so a change made on any node, by any means, moves the changeset on at the next call.
     */
    private Instant changedAt() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return jdbc.sql("""
                        insert into intake.open311_changeset (id, fingerprint, changed_at) values (1, :fingerprint, :now)
                        on conflict (id) do update set fingerprint = excluded.fingerprint, changed_at = excluded.changed_at
                        where open311_changeset.fingerprint <> excluded.fingerprint
                        returning changed_at
                        """)
                .param("fingerprint", services.fingerprint())
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElseGet(() -> jdbc.sql("select changed_at from intake.open311_changeset where id = 1")
                        .query(Timestamp.class)
                        .single()
                        .toInstant());
    }
}
