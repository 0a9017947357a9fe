package org.precinct.identity.account;

import java.util.Set;
import org.precinct.shared.Role;

/**
 * What an administrator gives to open an account.
 *
 * @param username the account name
 * @param displayName name shown in the console
 * @param email where account notices go; may be empty
 * @param employeeDsn the employee it belongs to; may be empty for service accounts
 * @param roles what it may do
 * @param password the first password, which must meet the policy
 */
public record NewAccount(
        String username, String displayName, String email, String employeeDsn, Set<Role> roles, String password) {}
