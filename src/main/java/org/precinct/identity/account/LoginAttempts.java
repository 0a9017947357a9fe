package org.precinct.identity.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.PrecinctProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account that reaches the limit within the window (5 in 15 minutes by
 * default). A locked account stays locked until an administrator unlocks it: a waiting period would let an
 * attacker keep guessing slowly.
 */
@Service
public class LoginAttempts {

    private final JdbcClient jdbc;
    private final StaffAccountRepository accounts;
    private final AuditTrail audit;
    private final AccountAlerts alerts;
    private final PrecinctProperties.Security rules;
    private final Clock clock;

    LoginAttempts(
            JdbcClient jdbc,
            StaffAccountRepository accounts,
            AuditTrail audit,
            AccountAlerts alerts,
            PrecinctProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.alerts = alerts;
        this.rules = properties.security();
        this.clock = clock;
    }

    /**
     * Records a failed attempt (wrong password, wrong second-factor code) and locks the account when it reaches
     * the limit.
     *
     * @return whether this attempt locked the account
     */
    @Transactional
    public boolean recordFailure(String typedUsername, String ipAddress) {
        String username = typedUsername == null ? "" : typedUsername.strip().toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        jdbc.sql("insert into identity.login_failure (username, failed_at, ip_address) values (:u, :at, :ip)")
                .param("u", shorten(username))
                .param("at", Timestamp.from(now))
                .param("ip", ipAddress)
                .update();
        var account = accounts.findByUsername(username);
        if (account.isEmpty() || account.get().locked()) {
            return false;
        }
        long recent = jdbc.sql("select count(*) from identity.login_failure where username = :u and failed_at > :since")
                .param("u", username)
                .param("since", Timestamp.from(now.minus(rules.lockoutWindow())))
                .query(Long.class)
                .single();
        if (recent < rules.lockoutAttempts()) {
            return false;
        }
        StaffAccount locked = account.get();
        if (!locked.lock(now)) {
            return false;
        }
        accounts.save(locked);
        audit.record(username, null, AuditAction.LOCKOUT, "account", locked.id(), AuditOutcome.SUCCESS);
        alerts.accountLocked(locked);
        return true;
    }

    /** A successful sign-in or an unlock starts the count afresh. */
    @Transactional
    public void clear(String username) {
        jdbc.sql("delete from identity.login_failure where username = :u")
                .param("u", username)
                .update();
    }

    private static String shorten(String value) {
        return value.length() > 200 ? value.substring(0, 200) : value;
    }
}
