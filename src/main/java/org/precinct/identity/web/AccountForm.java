package org.precinct.identity.web;

import java.util.EnumSet;
import java.util.Set;
import org.precinct.identity.account.NewAccount;
import org.precinct.shared.Role;

/** The new-account form as typed. */
record AccountForm(
        String username, String displayName, String email, String employeeDsn, Set<Role> roles, String password) {

    static AccountForm empty() {
        return new AccountForm("", "", "", "", EnumSet.noneOf(Role.class), "");
    }

    NewAccount toRequest() {
        return new NewAccount(username, displayName, email, employeeDsn, roles == null ? Set.of() : roles, password);
    }
}
