package org.precinct.identity.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.account.LoginAttempts;
import org.precinct.identity.account.StaffAccount;
import org.precinct.identity.account.StaffAccountRepository;
import org.precinct.identity.mfa.Totp;
import org.precinct.identity.token.ApiTokens;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issues and revokes the bearer tokens that staff API calls carry. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Authentication")
class TokenRestController {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final ApiTokens tokens;
    private final SignIn signIn;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    /** Checked for unknown usernames, so that the time taken does not reveal which accounts exist. */
    private final String unknownAccountHash;

    TokenRestController(
            StaffAccountRepository accounts,
            PasswordEncoder passwords,
            LoginAttempts attempts,
            ApiTokens tokens,
            SignIn signIn,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.attempts = attempts;
        this.tokens = tokens;
        this.signIn = signIn;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.unknownAccountHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    record TokenRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 128) String password,
            @Size(max = 10) String totp,
            @Size(max = 100) String label) {}

    record TokenResponse(String token, Instant expiresAt) {}

    @PostMapping
    @Operation(summary = "Exchange username, password and second-factor code for a bearer token")
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        String username = body.username().strip().toLowerCase(java.util.Locale.ROOT);
        var found = accounts.findByUsername(username);
        boolean passwordMatches = passwords.matches(
                body.password(), found.map(StaffAccount::passwordHash).orElse(unknownAccountHash));
        if (found.isEmpty() || found.get().passwordHash() == null || !passwordMatches) {
            return fail(username, request, "identity.api.bad-credentials");
        }
        StaffAccount account = found.get();
        if (account.locked()) {
            audit.record(username, null, AuditAction.LOGIN_FAILED, "token", "locked", AuditOutcome.DENIED);
            return problem(HttpStatus.FORBIDDEN, "identity.login.locked");
        }
        if (!account.enabled()) {
            audit.record(username, null, AuditAction.LOGIN_FAILED, "token", "disabled", AuditOutcome.DENIED);
            return problem(HttpStatus.FORBIDDEN, "identity.login.disabled");
        }
        if (signIn.mfaRequired()) {
            if (!account.totpEnrolled()) {
                audit.record(username, null, AuditAction.LOGIN_FAILED, "token", "not enrolled", AuditOutcome.DENIED);
                return problem(HttpStatus.FORBIDDEN, "identity.api.enrol-first");
            }
            var step = Totp.verify(account.totpSecret(), body.totp(), clock.instant());
            if (step.isEmpty() || !account.acceptTotpStep(step.getAsLong())) {
                return fail(username, request, "identity.api.bad-credentials");
            }
            accounts.save(account);
        }
        attempts.clear(username);
        ApiTokens.IssuedToken issued = tokens.issue(account.id(), body.label());
        audit.record(username, null, AuditAction.TOKEN_ISSUED, "token", issued.id(), AuditOutcome.SUCCESS);
        return ResponseEntity.status(HttpStatus.CREATED).body(new TokenResponse(issued.token(), issued.expiresAt()));
    }

    @GetMapping
    @Operation(summary = "List the caller's tokens")
    List<ApiTokens.TokenInfo> mine(@AuthenticationPrincipal StaffPrincipal principal) {
        return tokens.of(principal.accountId());
    }

    @DeleteMapping("/current")
    @Operation(summary = "Revoke the token this call carries")
    ResponseEntity<Void> revokeCurrent(@AuthenticationPrincipal StaffPrincipal principal, HttpServletRequest request) {
        Object tokenId = request.getAttribute(BearerTokenFilter.TOKEN_ID);
        if (tokenId instanceof Long id && tokens.revoke(id, principal.accountId())) {
            audit.success(AuditAction.TOKEN_REVOKED, "token", id);
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        if (!tokens.revoke(id, principal.accountId())) {
            throw new NoSuchRecordException("token", id);
        }
        audit.success(AuditAction.TOKEN_REVOKED, "token", id);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ProblemDetail> fail(String username, HttpServletRequest request, String messageKey) {
        audit.record(username, null, AuditAction.LOGIN_FAILED, "token", null, AuditOutcome.FAILED);
        if (attempts.recordFailure(username, request.getRemoteAddr())) {
            return problem(HttpStatus.FORBIDDEN, "identity.login.locked");
        }
        return problem(HttpStatus.UNAUTHORIZED, messageKey);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).body(problem);
    }
}
