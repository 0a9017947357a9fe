package org.precinct.identity.security;

import java.util.Locale;
import java.util.Optional;
import org.precinct.identity.account.StaffAccount;
import org.precinct.identity.account.StaffAccountRepository;
import org.precinct.personnel.EmployeeDirectory;
import org.precinct.personnel.EmployeeSummary;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in and builds the principal, with the employee's DSN for the audit trail. */
@Service
public class StaffPrincipals implements UserDetailsService {

    private final StaffAccountRepository accounts;
    private final EmployeeDirectory employees;

    StaffPrincipals(StaffAccountRepository accounts, EmployeeDirectory employees) {
        this.accounts = accounts;
        this.employees = employees;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    public Optional<StaffPrincipal> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(this::principal);
    }

    public StaffPrincipal principal(StaffAccount account) {
        String dsn = account.employeeId() == null
                ? null
                : employees
                        .findById(account.employeeId())
                        .map(EmployeeSummary::dsn)
                        .orElse(null);
        return new StaffPrincipal(account, dsn);
    }
}
