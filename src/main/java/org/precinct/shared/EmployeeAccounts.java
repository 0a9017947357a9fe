package org.precinct.shared;

import java.util.List;

/**
 * The staff accounts of an employee, for a module that knows a person by their department serial number (DSN) and
 * must reach them in the console, such as an officer given a report to follow up. Implemented by the module that
 * keeps the accounts.
 */
public interface EmployeeAccounts {

    /**
     * The usernames of the enabled accounts linked to the employee with this DSN, in name order.
     *
     * @param dsn the employee's DSN; an unknown or malformed one has no accounts
     */
    List<String> usernamesOf(String dsn);

    /**
     * The usernames of the enabled accounts holding {@code role}, in name order, for a module that must reach whoever
     * does a kind of work (the supervisors who review reports, the records clerks).
     */
    default List<String> usernamesWithRole(Role role) {
        return List.of();
    }
}
