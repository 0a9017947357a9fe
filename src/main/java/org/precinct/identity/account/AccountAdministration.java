package org.precinct.identity.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.personnel.EmployeeDirectory;
import org.precinct.personnel.EmployeeSummary;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on accounts: open, change roles, unlock, reset the second factor, disable. Every
 * change is audited; role changes as permission changes, with the roles before and after.
 */
@Service
public class AccountAdministration {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final LoginAttempts attempts;
    private final EmployeeDirectory employees;
    private final AuditTrail audit;
    private final Clock clock;

    AccountAdministration(
            StaffAccountRepository accounts,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            LoginAttempts attempts,
            EmployeeDirectory employees,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.attempts = attempts;
        this.employees = employees;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks a new account's fields without saving anything.
     *
     * @return field name → message key of each problem, in form order; empty when it can be opened
     */
    public Map<String, String> problems(NewAccount request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!Username.isValid(request.username())) {
            problems.put("username", "identity.account.username.invalid");
        } else if (accounts.findByUsername(new Username(request.username()).value())
                .isPresent()) {
            problems.put("username", "identity.account.username.taken");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            problems.put("displayName", "identity.account.display-name.required");
        }
        if (request.email() != null
                && !request.email().isBlank()
                && !request.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("email", "identity.account.email.invalid");
        }
        if (request.employeeDsn() != null
                && !request.employeeDsn().isBlank()
                && employees.findByDsn(request.employeeDsn().strip()).isEmpty()) {
            problems.put("employeeDsn", "identity.account.employee.unknown");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            problems.put("roles", "identity.account.roles.required");
        }
        List<String> passwordProblems = policy.violations(request.password(), request.username());
        if (!passwordProblems.isEmpty()) {
            problems.put("password", passwordProblems.get(0));
        }
        return problems;
    }

    /** Opens an account; the caller has checked {@link #problems(NewAccount)} is empty. */
    @Transactional
    public StaffAccount open(NewAccount request) {
        Map<String, String> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The account request has problems: " + problems.keySet());
        }
        Long employeeId = request.employeeDsn() == null || request.employeeDsn().isBlank()
                ? null
                : employees
                        .findByDsn(request.employeeDsn().strip())
                        .map(EmployeeSummary::id)
                        .orElse(null);
        StaffAccount account = StaffAccount.open(
                new Username(request.username()),
                request.displayName(),
                request.email(),
                employeeId,
                request.roles(),
                clock.instant());
        account.setPassword(passwords.encode(request.password()), clock.instant());
        try {
            account = accounts.save(account);
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("identity.account.username.taken");
        }
        audit.success(AuditAction.CREATE, "account", account.id());
        audit.success(
                AuditAction.PERMISSION_CHANGE, "account", account.id() + " roles=[] -> " + sorted(account.roles()));
        return account;
    }

    @Transactional
    public StaffAccount replaceRoles(long accountId, Set<Role> roles, String actingUsername) {
        StaffAccount account = find(accountId);
        Set<Role> before = EnumSet.noneOf(Role.class);
        before.addAll(account.roles());
        if (before.contains(Role.ADMIN)
                && !roles.contains(Role.ADMIN)
                && accounts.findByRole(Role.ADMIN).size() <= 1) {
            throw new RuleViolationException("identity.rule.last-admin");
        }
        if (account.username().equals(actingUsername) && before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new RuleViolationException("identity.rule.own-admin");
        }
        account.replaceRoles(roles);
        accounts.save(account);
        audit.success(
                AuditAction.PERMISSION_CHANGE,
                "account",
                accountId + " roles=" + sorted(before) + " -> " + sorted(roles));
        return account;
    }

    @Transactional
    public void unlock(long accountId) {
        StaffAccount account = find(accountId);
        account.unlock();
        accounts.save(account);
        attempts.clear(account.username());
        audit.success(AuditAction.UNLOCK, "account", accountId);
    }

    @Transactional
    public void resetSecondFactor(long accountId) {
        StaffAccount account = find(accountId);
        account.resetTotp();
        accounts.save(account);
        audit.success(AuditAction.CHANGE, "account", accountId + " second factor reset");
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled, String actingUsername) {
        StaffAccount account = find(accountId);
        if (!enabled && account.username().equals(actingUsername)) {
            throw new RuleViolationException("identity.rule.own-disable");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        accounts.save(account);
        audit.success(AuditAction.CHANGE, "account", accountId + (enabled ? " enabled" : " disabled"));
    }

    /**
     * Sets a new password chosen by an administrator (who hands it over in person) or by the member.
     *
     * @return the message keys of the policy rules it breaks; nothing is changed when there are any
     */
    @Transactional
    public List<String> setPassword(long accountId, String newPassword) {
        StaffAccount account = find(accountId);
        List<String> problems = policy.violations(newPassword, account.username());
        if (!problems.isEmpty()) {
            return problems;
        }
        account.setPassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
        audit.success(AuditAction.CHANGE, "account", accountId + " password changed");
        return List.of();
    }

    public StaffAccount find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NoSuchRecordException("account", accountId));
    }

    public List<StaffAccount> search(String text) {
        return accounts.search(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
