package org.precinct.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.precinct.shared.PrecinctProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the staff API. A token is 256 random bits shown once; only its SHA-256 is stored, so a
 * copy of the database does not hand out working tokens. Tokens expire and can be revoked.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "pct_";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, Clock clock, PrecinctProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = properties.security().tokenLifetime();
    }

    /** A token just issued: the secret itself, which is never stored. */
    public record IssuedToken(long id, String token, Instant expiresAt) {}

    /** A token as its owner or an administrator sees it later. */
    public record TokenInfo(
            long id, String label, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean revoked) {}

    @Transactional
    public IssuedToken issue(long accountId, String label) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        long id = jdbc.sql("""
                        insert into identity.api_token (account_id, token_hash, label, created_at, expires_at)
                        values (:account, :hash, :label, :now, :expires) returning id
                        """)
                .param("account", accountId)
                .param("hash", hash(token))
                .param("label", label == null ? null : label.substring(0, Math.min(label.length(), 100)))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .query(Long.class)
                .single();
        return new IssuedToken(id, token, expires);
    }

    /** The owning account and token id of a valid (unexpired, unrevoked) token. */
    public record Holder(long tokenId, long accountId) {}

    public Optional<Holder> holderOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Holder> holder = jdbc.sql("""
                        select id, account_id from identity.api_token
                        where token_hash = :hash and revoked_at is null and expires_at > :now
                        """)
                .param("hash", hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((row, index) -> new Holder(row.getLong("id"), row.getLong("account_id")))
                .optional();
        holder.ifPresent(found -> jdbc.sql(
                        // Once a minute is enough to show when a token was last used, and spares a write per call.
                        """
                        update identity.api_token set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at < cast(:now as timestamptz) - interval '1 minute')
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", found.tokenId())
                .update());
        return holder;
    }

    /**
     * Revokes a token of the given account.
     *
     * @return whether there was such a token not yet revoked
     */
    @Transactional
    public boolean revoke(long tokenId, long accountId) {
        return jdbc.sql(
                                "update identity.api_token set revoked_at = :now where id = :id and account_id = :account and revoked_at is null")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", tokenId)
                        .param("account", accountId)
                        .update()
                > 0;
    }

    /** Revokes every token of an account, as when it is locked or disabled. */
    @Transactional
    public int revokeAll(long accountId) {
        return jdbc.sql(
                        "update identity.api_token set revoked_at = :now where account_id = :account and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("account", accountId)
                .update();
    }

    public List<TokenInfo> of(long accountId) {
        return jdbc.sql("""
                        select id, label, created_at, expires_at, last_used_at, revoked_at is not null as revoked
                        from identity.api_token where account_id = :account order by created_at desc limit 100
                        """)
                .param("account", accountId)
                .query((row, index) -> new TokenInfo(
                        row.getLong("id"),
                        row.getString("label"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("expires_at").toInstant(),
                        row.getTimestamp("last_used_at") == null
                                ? null
                                : row.getTimestamp("last_used_at").toInstant(),
                        row.getBoolean("revoked")))
                .list();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
