package org.precinct.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.account.LoginAttempts;
import org.precinct.identity.account.StaffAccount;
import org.precinct.identity.account.StaffAccountRepository;
import org.precinct.identity.mfa.QrCodes;
import org.precinct.identity.mfa.Totp;
import org.precinct.shared.PrecinctProperties;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second sign-in step: a code from the member's authenticator app, or, the first time, enrolment of the
 * app by QR code. A wrong code counts towards the lockout like a wrong password.
 */
@Controller
class MfaWebController {

    private static final String PENDING_SECRET = MfaWebController.class.getName() + ".secret";

    private final StaffAccountRepository accounts;
    private final LoginAttempts attempts;
    private final SignIn signIn;
    private final AuditTrail audit;
    private final Clock clock;
    private final String issuer;

    MfaWebController(
            StaffAccountRepository accounts,
            LoginAttempts attempts,
            SignIn signIn,
            AuditTrail audit,
            Clock clock,
            PrecinctProperties properties) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.signIn = signIn;
        this.audit = audit;
        this.clock = clock;
        this.issuer = "Precinct " + properties.departmentName();
    }

    @GetMapping("/login/mfa")
    String codeForm(Model model) {
        StaffAccount account = pendingAccount();
        if (!account.totpEnrolled()) {
            return "redirect:/login/mfa/enrol";
        }
        return "identity/mfa";
    }

    @PostMapping("/login/mfa")
    String verify(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        StaffAccount account = pendingAccount();
        var step = Totp.verify(account.totpSecret(), code, clock.instant());
        if (step.isPresent() && account.acceptTotpStep(step.getAsLong())) {
            accounts.save(account);
            signIn.complete(account, request, response);
            return "redirect:/staff";
        }
        return refuse(account, request, response, model, "identity/mfa");
    }

    @GetMapping("/login/mfa/enrol")
    String enrolForm(HttpSession session, Model model) {
        StaffAccount account = pendingAccount();
        if (account.totpEnrolled()) {
            return "redirect:/login/mfa";
        }
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        model.addAttribute("qrCode", QrCodes.pngDataUri(Totp.provisioningUri(issuer, account.username(), secret), 220));
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        return "identity/mfa-enrol";
    }

    @PostMapping("/login/mfa/enrol")
    String enrol(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        StaffAccount account = pendingAccount();
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (account.totpEnrolled() || secret == null) {
            return "redirect:/login/mfa";
        }
        var step = Totp.verify(secret, code, clock.instant());
        if (step.isPresent()) {
            account.enrolTotp(secret, step.getAsLong(), clock.instant());
            accounts.save(account);
            session.removeAttribute(PENDING_SECRET);
            audit.record(
                    account.username(), null, AuditAction.MFA_ENROLLED, "account", account.id(), AuditOutcome.SUCCESS);
            signIn.complete(account, request, response);
            return "redirect:/staff";
        }
        model.addAttribute("qrCode", QrCodes.pngDataUri(Totp.provisioningUri(issuer, account.username(), secret), 220));
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        return refuse(account, request, response, model, "identity/mfa-enrol");
    }

    @PostMapping("/login/mfa/cancel")
    String cancel(HttpServletRequest request, HttpServletResponse response) {
        signIn.abandon(request, response);
        return "redirect:/login";
    }

    private String refuse(
            StaffAccount account, HttpServletRequest request, HttpServletResponse response, Model model, String view) {
        audit.record(
                account.username(), null, AuditAction.LOGIN_FAILED, "account", "second factor", AuditOutcome.FAILED);
        if (attempts.recordFailure(account.username(), request.getRemoteAddr())) {
            signIn.abandon(request, response);
            return "redirect:/login?locked";
        }
        model.addAttribute("codeError", true);
        return view;
    }

    private StaffAccount pendingAccount() {
        var pending =
                (MfaPendingAuthentication) SecurityContextHolder.getContext().getAuthentication();
        return accounts.findById(pending.accountId())
                .orElseThrow(() -> new IllegalStateException("The account signing in no longer exists"));
    }
}
