package org.precinct.intake.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.PrecinctProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The systems allowed to file Open311 requests, each with its own key. A key is 256 random bits, shown once when it
 * is issued; only its SHA-256 is stored. Issuing and revoking are audited; so is every refused key, since a stream
 * of them is someone guessing.
 *
 * <p>In demo mode the configured demo key ({@code precinct.demo.open311-api-key}) also works, so that a fresh demo
 * can be tried with a documented key; it never works outside demo mode.
 */
@Service
class Open311Clients {

    static final String OBJECT_TYPE = "open311-client";
    static final int MAX_NAME = 100;

    private static final String PREFIX = "o311_";
    private static final int HINT_LENGTH = PREFIX.length() + 4;
    private static final int MAX_KEY = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final PrecinctProperties properties;

    Open311Clients(JdbcClient jdbc, AuditTrail audit, Clock clock, PrecinctProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** A client as administrators see it; never its key. */
    record Client(
            long id,
            String name,
            String keyHint,
            boolean active,
            Instant createdAt,
            String createdBy,
            Instant revokedAt,
            String revokedBy,
            Instant lastUsedAt) {}

    /** A key just issued: the only moment the key itself exists outside the client's hands. */
    record IssuedKey(long clientId, String name, String key) {}

    /**
     * Who files a request.
     *
     * @param clientId the issued client, or {@code null} for the demo key
     */
    record Caller(Long clientId, String name) {

        /** A client's own name for idempotency keys, so that two clients' keys never meet. */
        String scope() {
            return clientId == null ? "demo" : clientId.toString();
        }
    }

    @Transactional
    @AdministratorsOnly
    IssuedKey issue(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new IllegalArgumentException("A client name has 1 to " + MAX_NAME + " characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                        insert into intake.open311_client (name, key_hash, key_hint, created_at, created_by)
                        values (:name, :hash, :hint, :now, :by) returning id
                        """)
                .param("name", clean)
                .param("hash", sha256(key))
                .param("hint", key.substring(0, HINT_LENGTH))
                .param("now", Timestamp.from(clock.instant()))
                .param("by", currentUsername())
                .query(Long.class)
                .single();
        audit.success(AuditAction.TOKEN_ISSUED, OBJECT_TYPE, id);
        return new IssuedKey(id, clean, key);
    }

    /**
     * Stops a client's key from working, at once and for good.
     *
     * @return whether an active client was revoked; {@code false} when there is none with this id or it was revoked
     *     already
     */
    @Transactional
    @AdministratorsOnly
    boolean revoke(long clientId) {
        int revoked = jdbc.sql("""
                        update intake.open311_client set active = false, revoked_at = :now, revoked_by = :by
                        where id = :id and active
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", currentUsername())
                .param("id", clientId)
                .update();
        if (revoked == 1) {
            audit.success(AuditAction.TOKEN_REVOKED, OBJECT_TYPE, clientId);
        }
        return revoked == 1;
    }

    /** Every client, active ones first, newest first. */
    @AdministratorsOnly
    List<Client> all() {
        return jdbc.sql("""
                        select id, name, key_hint, active, created_at, created_by, revoked_at, revoked_by, last_used_at
                        from intake.open311_client order by active desc, created_at desc, id desc
                        """)
                .query((row, index) -> new Client(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("key_hint"),
                        row.getBoolean("active"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getString("created_by"),
                        instant(row.getTimestamp("revoked_at")),
                        row.getString("revoked_by"),
                        instant(row.getTimestamp("last_used_at"))))
                .list();
    }

    // Open to anyone on purpose: this is the check of the key that a caller without an account presents.
    /** The active client whose key this is; none for a missing, unknown or revoked key (the refusal is audited). */
    Optional<Caller> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        Optional<Caller> caller = apiKey.length() > MAX_KEY ? Optional.empty() : find(apiKey);
        if (caller.isEmpty()) {
            audit.record(null, null, AuditAction.LOGIN_FAILED, OBJECT_TYPE, null, AuditOutcome.FAILED);
        }
        return caller;
    }

    /** Notes when a client last filed a request, in the transaction that files it. */
    void noteUse(Caller caller) {
        if (caller.clientId() != null) {
            jdbc.sql("update intake.open311_client set last_used_at = :now where id = :id")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", caller.clientId())
                    .update();
        }
    }

    private Optional<Caller> find(String apiKey) {
        PrecinctProperties.Demo demo = properties.demo();
        if (demo.enabled()
                && demo.open311ApiKey() != null
                && !demo.open311ApiKey().isBlank()
                && MessageDigest.isEqual(
                        apiKey.getBytes(StandardCharsets.UTF_8),
                        demo.open311ApiKey().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new Caller(null, "demo"));
        }
        if (!apiKey.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("select id, name from intake.open311_client where key_hash = :hash and active")
                .param("hash", sha256(apiKey))
                .query((row, index) -> new Caller(row.getLong("id"), row.getString("name")))
                .optional();
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hexadecimal. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
