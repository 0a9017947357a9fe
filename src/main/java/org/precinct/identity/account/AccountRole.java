package org.precinct.identity.account;

import org.precinct.shared.Role;
import org.springframework.data.relational.core.mapping.Table;

/** One role an account holds. */
@Table(schema = "identity", name = "account_role")
record AccountRole(Role role) {}
