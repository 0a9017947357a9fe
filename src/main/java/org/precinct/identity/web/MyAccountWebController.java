package org.precinct.identity.web;

import java.util.List;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.account.AccountAdministration;
import org.precinct.identity.account.StaffAccount;
import org.precinct.identity.security.StaffPrincipal;
import org.precinct.identity.token.ApiTokens;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's own account: password, second factor status and API tokens. */
@Controller
@RequestMapping("/staff/account")
class MyAccountWebController {

    private final AccountAdministration administration;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    MyAccountWebController(
            AccountAdministration administration, ApiTokens tokens, PasswordEncoder passwords, AuditTrail audit) {
        this.administration = administration;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
    }

    @GetMapping
    String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("account", administration.find(me.accountId()));
        model.addAttribute("tokens", tokens.of(me.accountId()));
        return "identity/my-account";
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            Model model) {
        StaffAccount account = administration.find(me.accountId());
        String problem = null;
        String field = "password";
        if (account.passwordHash() == null || !passwords.matches(current, account.passwordHash())) {
            problem = "identity.password.current-wrong";
            field = "current";
        } else if (!password.equals(confirmation)) {
            problem = "identity.password.mismatch";
            field = "confirmation";
        } else if (passwords.matches(password, account.passwordHash())) {
            problem = "identity.password.unchanged";
        } else {
            List<String> broken = administration.setPassword(me.accountId(), password);
            problem = broken.isEmpty() ? null : broken.get(0);
        }
        if (problem != null) {
            model.addAttribute("passwordProblem", problem);
            model.addAttribute("passwordField", field);
            return show(me, model);
        }
        model.addAttribute("notice", "identity.password.changed");
        return show(me, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        if (tokens.revoke(id, me.accountId())) {
            audit.success(AuditAction.TOKEN_REVOKED, "token", id);
            redirect.addFlashAttribute("notice", "identity.token.revoked");
        }
        return "redirect:/staff/account";
    }
}
