package org.precinct.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.account.LoginAttempts;
import org.precinct.identity.account.StaffAccountRepository;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/** What happens after the login form: the second-factor step or the console, or the reason for refusal. */
@Component
class PasswordStepHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SignIn signIn;
    private final LoginAttempts attempts;
    private final StaffAccountRepository accounts;
    private final AuditTrail audit;
    private final RequestCache requests = new HttpSessionRequestCache();

    PasswordStepHandlers(SignIn signIn, LoginAttempts attempts, StaffAccountRepository accounts, AuditTrail audit) {
        this.signIn = signIn;
        this.attempts = attempts;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
        signIn.passwordAccepted(principal, request, response);
        if (signIn.mfaRequired()) {
            boolean enrolled = accounts.findById(principal.accountId())
                    .map(account -> account.totpEnrolled())
                    .orElse(false);
            response.sendRedirect(request.getContextPath() + (enrolled ? "/login/mfa" : "/login/mfa/enrol"));
            return;
        }
        response.sendRedirect(destination(request, response));
    }

    String destination(HttpServletRequest request, HttpServletResponse response) {
        var saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        String target = saved == null ? null : saved.getRedirectUrl();
        // Only return to a staff page of this application, never to an address an attacker planted.
        String staff = request.getContextPath() + "/staff";
        if (target != null) {
            try {
                String path = java.net.URI.create(target).getRawPath();
                if (path != null && path.startsWith(staff)) {
                    return path;
                }
            } catch (IllegalArgumentException ignored) {
                // fall through to the console's home
            }
        }
        return staff;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
        String outcome;
        if (exception instanceof LockedException) {
            audit.record(username, null, AuditAction.LOGIN_FAILED, "account", "locked", AuditOutcome.DENIED);
            outcome = "locked";
        } else if (exception instanceof DisabledException) {
            audit.record(username, null, AuditAction.LOGIN_FAILED, "account", "disabled", AuditOutcome.DENIED);
            outcome = "disabled";
        } else {
            audit.record(username, null, AuditAction.LOGIN_FAILED, "account", null, AuditOutcome.FAILED);
            outcome = attempts.recordFailure(username, request.getRemoteAddr()) ? "locked" : "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
