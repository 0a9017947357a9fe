package org.precinct.identity.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The state between a correct password and a correct second-factor code: it opens the second-factor pages and
 * nothing else.
 */
final class MfaPendingAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String MFA_PENDING = "MFA_PENDING";

    private final String username;
    private final long accountId;

    MfaPendingAuthentication(String username, long accountId) {
        super(List.of(new SimpleGrantedAuthority(MFA_PENDING)));
        this.username = username;
        this.accountId = accountId;
        setAuthenticated(true);
    }

    long accountId() {
        return accountId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
