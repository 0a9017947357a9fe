package org.precinct.identity.account;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff member's account: credentials, second factor, roles and lock state. State changes go through its
 * methods, which refuse what the rules forbid.
 */
@Table(schema = "identity", name = "staff_account")
public class StaffAccount {

    @Id
    private Long id;

    private final String username;
    private String passwordHash;
    private Long employeeId;
    private String displayName;
    private String email;
    private boolean enabled;
    private Instant lockedAt;
    private String totpSecret;
    private Instant totpEnrolledAt;
    private Long totpLastStep;
    private final Instant createdAt;
    private Instant passwordChangedAt;

    @Version
    private Integer version;

    @MappedCollection(idColumn = "account_id")
    private Set<AccountRole> roles = new HashSet<>();

    @PersistenceCreator
    StaffAccount(Long id, String username, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.createdAt = createdAt;
    }

    /** Opens an account; the username is kept in lower case. */
    public static StaffAccount open(
            Username username, String displayName, String email, Long employeeId, Set<Role> roles, Instant now) {
        StaffAccount account = new StaffAccount(null, username.value(), now);
        account.displayName = requireText(displayName, "displayName");
        account.email = email == null || email.isBlank() ? null : email.strip();
        account.employeeId = employeeId;
        account.enabled = true;
        account.roles = roles.stream().map(AccountRole::new).collect(Collectors.toCollection(HashSet::new));
        return account;
    }

    public void setPassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
    }

    /** Locks the account after too many failed sign-ins; only an administrator can undo it. */
    public boolean lock(Instant now) {
        if (lockedAt != null) {
            return false;
        }
        lockedAt = now;
        return true;
    }

    public void unlock() {
        if (lockedAt == null) {
            throw new RuleViolationException("identity.rule.not-locked");
        }
        lockedAt = null;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** Records a confirmed TOTP enrolment; the code that confirmed it may not be used again. */
    public void enrolTotp(String secret, long confirmedStep, Instant now) {
        this.totpSecret = requireText(secret, "secret");
        this.totpEnrolledAt = now;
        this.totpLastStep = confirmedStep;
    }

    /** Forgets the second factor, so that the member enrols again at the next sign-in. */
    public void resetTotp() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = null;
    }

    /**
     * Accepts a verified TOTP time step once: a code seen before (or an older one) is a replay and refused.
     *
     * @return whether the step was new
     */
    public boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Replaces the roles; refuses to leave the last administrator without ADMIN (checked by the caller). */
    public void replaceRoles(Set<Role> newRoles) {
        roles = newRoles.stream().map(AccountRole::new).collect(Collectors.toCollection(HashSet::new));
    }

    public void describe(String displayName, String email, Long employeeId) {
        this.displayName = requireText(displayName, "displayName");
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.employeeId = employeeId;
    }

    public Set<Role> roles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.forEach(role -> held.add(role.role()));
        return Collections.unmodifiableSet(held);
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Long employeeId() {
        return employeeId;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean locked() {
        return lockedAt != null;
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public boolean totpEnrolled() {
        return totpSecret != null && totpEnrolledAt != null;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}
