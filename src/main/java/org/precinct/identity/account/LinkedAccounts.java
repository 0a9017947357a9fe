package org.precinct.identity.account;

import java.util.List;
import org.precinct.personnel.EmployeeDirectory;
import org.precinct.personnel.EmployeeSummary;
import org.precinct.shared.EmployeeAccounts;
import org.precinct.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the accounts linked to an employee. Not audited: it tells only account names, which every staff member sees
 * in the console, and the module that uses them audits what it does with them.
 */
@Service
class LinkedAccounts implements EmployeeAccounts {

    private final StaffAccountRepository accounts;
    private final EmployeeDirectory employees;

    LinkedAccounts(StaffAccountRepository accounts, EmployeeDirectory employees) {
        this.accounts = accounts;
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> usernamesOf(String dsn) {
        if (dsn == null || dsn.isBlank()) {
            return List.of();
        }
        return employees
                .findByDsn(dsn)
                .map(EmployeeSummary::id)
                .map(id -> accounts.findByEmployeeId(id).stream()
                        .filter(StaffAccount::enabled)
                        .map(StaffAccount::username)
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> usernamesWithRole(Role role) {
        return accounts.findByRole(role).stream()
                .filter(StaffAccount::enabled)
                .map(StaffAccount::username)
                .sorted()
                .toList();
    }
}
