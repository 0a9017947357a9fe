package org.precinct.shared;

/**
 * Who a signed-in staff member is, as every module may know it: the account name and the employee's
 * department serial number (DSN), or {@code null} for an account not linked to an employee.
 */
public interface StaffIdentity {

    String username();

    String dsn();

    /** The name shown in the console, e.g. "Sgt. Ana Ruiz". */
    String displayName();
}
