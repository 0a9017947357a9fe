package org.precinct.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.account.LoginAttempts;
import org.precinct.identity.account.StaffAccount;
import org.precinct.shared.PrecinctProperties;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Moves a browser session through the sign-in steps: password, then (when required) the second factor. */
@Component
class SignIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final StaffPrincipals principals;
    private final LoginAttempts attempts;
    private final AuditTrail audit;
    private final boolean mfaRequired;

    SignIn(StaffPrincipals principals, LoginAttempts attempts, AuditTrail audit, PrecinctProperties properties) {
        this.principals = principals;
        this.attempts = attempts;
        this.audit = audit;
        // Demo accounts are shared by everyone trying Precinct; a second factor would lock them to one phone.
        this.mfaRequired =
                properties.security().requireMfa() && !properties.demo().enabled();
    }

    boolean mfaRequired() {
        return mfaRequired;
    }

    /** After the password step: either signed in, or waiting for the second factor. */
    void passwordAccepted(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        if (mfaRequired) {
            store(new MfaPendingAuthentication(principal.username(), principal.accountId()), request, response);
        } else {
            complete(principal, request, response);
        }
    }

    /** The member is who they say: a new session id, the full authentication, an audit row. */
    void complete(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        principal.eraseCredentials();
        Authentication full =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        store(full, request, response);
        attempts.clear(principal.username());
        audit.record(
                principal.username(),
                principal.dsn(),
                AuditAction.LOGIN,
                "account",
                principal.accountId(),
                AuditOutcome.SUCCESS);
    }

    void complete(StaffAccount account, HttpServletRequest request, HttpServletResponse response) {
        complete(principals.principal(account), request, response);
    }

    void abandon(HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
