package org.precinct.identity.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.precinct.identity.account.StaffAccount;
import org.precinct.shared.Role;
import org.precinct.shared.StaffIdentity;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member as Spring Security and the other modules see them. Kept in the HTTP session (which
 * Spring Session serialises into the database), so it holds plain values only.
 */
public final class StaffPrincipal implements UserDetails, StaffIdentity, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String dsn;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    StaffPrincipal(StaffAccount account, String dsn) {
        this.accountId = account.id();
        this.username = account.username();
        this.dsn = dsn;
        this.displayName = account.displayName();
        this.roles = Set.copyOf(account.roles());
        this.enabled = account.enabled();
        this.locked = account.locked();
        this.passwordHash = account.passwordHash();
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String dsn() {
        return dsn;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The member's roles: holding any of them is what makes someone staff. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}
