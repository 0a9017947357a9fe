package org.precinct.audit;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.StaffIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who did what to which record, when, from where and with what outcome, and proves the record
 * unaltered.
 *
 * <p>Each row carries the SHA-256 of its content and of the previous row's hash, so changing or removing a row
 * breaks the chain from there on. Rows are written in their own transaction: a refused or failed attempt is
 * kept even when the work it belonged to is rolled back. A database lock orders the writers so that the chain
 * stays linear across several application nodes; within a node, rows recorded at the same time share one
 * transaction (see {@link AuditChainWriter}). Recording returns once the row is committed.
 */
@Service
public class AuditTrail {

    private static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final AuditChainWriter chain;
    private final Clock clock;
    private final ZoneId zone;

    AuditTrail(JdbcClient jdbc, DataSource dataSource, PrecinctProperties properties) {
        this.jdbc = jdbc;
        this.chain = new AuditChainWriter(dataSource);
        this.clock = Clock.systemUTC();
        this.zone = properties.timeZone();
    }

    @PreDestroy
    void close() {
        chain.close();
    }

    /** Records a successful action of the signed-in user on a record. */
    public void success(AuditAction action, String objectType, Object objectId) {
        record(currentUsername(), currentDsn(), action, objectType, objectId, AuditOutcome.SUCCESS);
    }

    /** Records an action of the signed-in user that was refused for lack of permission. */
    public void denied(AuditAction action, String objectType, Object objectId) {
        record(currentUsername(), currentDsn(), action, objectType, objectId, AuditOutcome.DENIED);
    }

    /**
     * Records an action for a named account, for the moments when no one is signed in yet (a login, a failed
     * login, a lockout).
     */
    public void record(
            String username, String dsn, AuditAction action, String objectType, Object objectId, AuditOutcome outcome) {
        HttpServletRequest request = currentRequest();
        String ip = request == null ? null : request.getRemoteAddr();
        String userAgent = request == null ? null : request.getHeader("User-Agent");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Row row = new Row(
                now,
                shorten(username),
                shorten(dsn),
                action.name(),
                shorten(objectType),
                objectId == null ? null : shorten(objectId.toString()),
                outcome.name(),
                shorten(ip),
                shorten(userAgent));
        chain.append(row);
    }

    /** Recomputes every hash from the first row on. */
    public ChainVerification verify() {
        AtomicReference<String> previous = new AtomicReference<>(GENESIS);
        AtomicLong rows = new AtomicLong();
        AtomicReference<Long> broken = new AtomicReference<>();
        jdbc.sql("""
                        select id, occurred_at, username, dsn, action, object_type, object_id, outcome,
                               ip_address, user_agent, previous_hash, hash
                        from audit.audit_event order by id
                        """).query(resultSet -> {
            rows.incrementAndGet();
            if (broken.get() != null) {
                return;
            }
            Row row = new Row(
                    resultSet.getTimestamp("occurred_at").toInstant(),
                    resultSet.getString("username"),
                    resultSet.getString("dsn"),
                    resultSet.getString("action"),
                    resultSet.getString("object_type"),
                    resultSet.getString("object_id"),
                    resultSet.getString("outcome"),
                    resultSet.getString("ip_address"),
                    resultSet.getString("user_agent"));
            String storedPrevious = resultSet.getString("previous_hash");
            String stored = resultSet.getString("hash");
            if (!previous.get().equals(storedPrevious)
                    || !hash(storedPrevious, row).equals(stored)) {
                broken.set(resultSet.getLong("id"));
            }
            previous.set(stored);
        });
        return new ChainVerification(broken.get() == null, rows.get(), broken.get());
    }

    /** Searches the trail, newest first. */
    public List<AuditEvent> search(AuditQuery query) {
        return jdbc.sql("""
                        select id, occurred_at, username, dsn, action, object_type, object_id, outcome,
                               ip_address, user_agent
                        from audit.audit_event
                        where (cast(:username as text) is null or username = :username)
                          and (cast(:action as text) is null or action = :action)
                          and (cast(:objectType as text) is null or object_type = :objectType)
                          and (cast(:objectId as text) is null or object_id = :objectId)
                          and (cast(:outcome as text) is null or outcome = :outcome)
                          and (cast(:from as timestamptz) is null or occurred_at >= :from)
                          and (cast(:to as timestamptz) is null or occurred_at < :to)
                        order by id desc
                        limit :limit offset :offset
                        """)
                .param("username", query.username())
                .param("action", query.action() == null ? null : query.action().name())
                .param("objectType", query.objectType())
                .param("objectId", query.objectId())
                .param(
                        "outcome",
                        query.outcome() == null ? null : query.outcome().name())
                .param(
                        "from",
                        query.from() == null
                                ? null
                                : Timestamp.from(query.from().atStartOfDay(zone).toInstant()))
                .param(
                        "to",
                        query.to() == null
                                ? null
                                : Timestamp.from(query.to()
                                        .plusDays(1)
                                        .atStartOfDay(zone)
                                        .toInstant()))
                .param("limit", AuditQuery.PAGE_SIZE + 1)
                .param("offset", query.page() * AuditQuery.PAGE_SIZE)
                .query((resultSet, index) -> new AuditEvent(
                        resultSet.getLong("id"),
                        resultSet.getTimestamp("occurred_at").toInstant(),
                        resultSet.getString("username"),
                        resultSet.getString("dsn"),
                        AuditAction.valueOf(resultSet.getString("action")),
                        resultSet.getString("object_type"),
                        resultSet.getString("object_id"),
                        AuditOutcome.valueOf(resultSet.getString("outcome")),
                        resultSet.getString("ip_address"),
                        resultSet.getString("user_agent")))
                .list();
    }

    static final String GENESIS = "0".repeat(64);

    static String hash(String previous, Row row) {
        String content = String.join(
                "\u001f",
                previous,
                Long.toString(row.occurredAt().toEpochMilli()),
                nullSafe(row.username()),
                nullSafe(row.dsn()),
                row.action(),
                nullSafe(row.objectType()),
                nullSafe(row.objectId()),
                row.outcome(),
                nullSafe(row.ip()),
                nullSafe(row.userAgent()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullSafe(String value) {
        // A marker no real value contains, so that null and "" hash differently.
        return value == null ? "\u0000" : value;
    }

    private static String shorten(String value) {
        return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static String currentDsn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffIdentity staff
                ? staff.dsn()
                : null;
    }

    record Row(
            Instant occurredAt,
            String username,
            String dsn,
            String action,
            String objectType,
            String objectId,
            String outcome,
            String ip,
            String userAgent) {}
}
