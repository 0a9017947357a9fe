package org.precinct.intake.open311;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.precinct.intake.Channel;
import org.precinct.intake.RequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Open311 adds to a filed report (token, client, media URL), and the reads behind the public listing.
 *
 * <p>The listing shows only requests whose type is published as a service: online-reportable and not a complaint
 * handed to internal affairs, which stays behind its confidentiality wall. It reads the catalogue's table directly
 * because the filter belongs in the query: the limit of the listing must count only what may be shown.
 */
@Repository
class Open311RequestStore {

    private static final String SELECT = """
            select r.tracking_number, r.status, r.incident_type_code, r.channel, r.description, r.address,
                   r.latitude, r.longitude, r.created_at, r.updated_at, o.media_url,
                   (select h.public_note from intake.request_history h
                    where h.request_id = r.id and h.public_note is not null
                    order by h.position desc limit 1) as status_notes
            from intake.service_request r
            join intake.incident_type t on t.code = r.incident_type_code
            left join intake.open311_request o on o.tracking_number = r.tracking_number
            where t.online_reportable and t.routing <> 'INTERNAL_AFFAIRS'
            """;

    private final JdbcClient jdbc;

    Open311RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A request as the public listing reads it, before the rule of what the public may see is applied.
     *
     * @param statusNotes the latest note meant for the reporter, if any
     * @param mediaUrl the media URL an Open311 client gave, if any
     */
    record ListedRequest(
            String serviceRequestId,
            RequestStatus status,
            String statusNotes,
            String serviceCode,
            Channel channel,
            String description,
            String address,
            Double latitude,
            Double longitude,
            String mediaUrl,
            Instant requestedAt,
            Instant updatedAt) {}

    /**
     * The listing's filters. Each {@code null} or empty filter lets everything through.
     *
     * @param from earliest receipt, inclusive
     * @param to latest receipt, inclusive
     */
    record Filter(List<String> serviceCodes, Boolean open, Instant from, Instant to, int limit) {}

    @Transactional(propagation = Propagation.MANDATORY)
    void recordFiling(String trackingNumber, String token, Long clientId, String mediaUrl, Instant at) {
        jdbc.sql("""
                        insert into intake.open311_request (tracking_number, token, client_id, media_url, created_at)
                        values (:number, :token, :client, :media, :at)
                        """)
                .param("number", trackingNumber)
                .param("token", token)
                .param("client", clientId)
                .param("media", mediaUrl)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<String> tokenOf(String trackingNumber) {
        return jdbc.sql("select token from intake.open311_request where tracking_number = :number")
                .param("number", trackingNumber)
                .query(String.class)
                .optional();
    }

    /** The number of the request filed with this token. */
    Optional<String> requestOfToken(String token) {
        return jdbc.sql("select tracking_number from intake.open311_request where token = :token")
                .param("token", token)
                .query(String.class)
                .optional();
    }

    List<ListedRequest> byIds(List<String> trackingNumbers) {
        if (trackingNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " and r.tracking_number in (:numbers) order by r.created_at desc, r.id desc")
                .param("numbers", trackingNumbers)
                .query((row, index) -> listed(row))
                .list();
    }

    /** Newest first, at most {@code filter.limit()}. */
    List<ListedRequest> search(Filter filter) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<String> statuses = new ArrayList<>();
        if (!filter.serviceCodes().isEmpty()) {
            sql.append(" and r.incident_type_code in (:codes)");
        }
        if (filter.open() != null) {
            Arrays.stream(RequestStatus.values())
                    .filter(status -> status.isOpen() == filter.open())
                    .forEach(status -> statuses.add(status.name()));
            sql.append(" and r.status in (:statuses)");
        }
        if (filter.from() != null) {
            sql.append(" and r.created_at >= :from");
        }
        if (filter.to() != null) {
            sql.append(" and r.created_at <= :to");
        }
        sql.append(" order by r.created_at desc, r.id desc limit :limit");
        var statement = jdbc.sql(sql.toString()).param("limit", filter.limit());
        if (!filter.serviceCodes().isEmpty()) {
            statement = statement.param("codes", filter.serviceCodes());
        }
        if (!statuses.isEmpty()) {
            statement = statement.param("statuses", statuses);
        }
        if (filter.from() != null) {
            statement = statement.param("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            statement = statement.param("to", Timestamp.from(filter.to()));
        }
        return statement.query((row, index) -> listed(row)).list();
    }

    private static ListedRequest listed(java.sql.ResultSet row) throws java.sql.SQLException {
        return new ListedRequest(
                row.getString("tracking_number"),
                RequestStatus.valueOf(row.getString("status")),
                row.getString("status_notes"),
                row.getString("incident_type_code"),
                Channel.valueOf(row.getString("channel")),
                row.getString("description"),
                row.getString("address"),
                row.getObject("latitude", Double.class),
                row.getObject("longitude", Double.class),
                row.getString("media_url"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
