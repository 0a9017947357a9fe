package org.precinct.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.account.AccountAdministration;
import org.precinct.identity.account.StaffAccount;
import org.precinct.identity.token.ApiTokens;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for staff accounts: list, open, roles, unlock, second factor, enable/disable. */
@Controller
@RequestMapping("/staff/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminWebController {

    private final AccountAdministration administration;
    private final ApiTokens tokens;
    private final AuditTrail audit;

    AccountAdminWebController(AccountAdministration administration, ApiTokens tokens, AuditTrail audit) {
        this.administration = administration;
        this.tokens = tokens;
        this.audit = audit;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        List<StaffAccount> found = administration.search(q);
        audit.success(AuditAction.SEARCH, "account", q.isBlank() ? "all" : "q=" + q);
        model.addAttribute("accounts", found);
        model.addAttribute("q", q);
        return htmx != null ? "identity/admin/accounts :: results" : "identity/admin/accounts";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", AccountForm.empty());
        model.addAttribute("problems", Map.of());
        return "identity/admin/account-new";
    }

    @PostMapping("/new")
    String open(@ModelAttribute("form") AccountForm form, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = administration.problems(form.toRequest());
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "identity/admin/account-new";
        }
        StaffAccount account = administration.open(form.toRequest());
        redirect.addFlashAttribute("notice", "identity.account.opened");
        return "redirect:/staff/admin/accounts/" + account.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        StaffAccount account = administration.find(id);
        audit.success(AuditAction.VIEW, "account", id);
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens.of(id));
        return "identity/admin/account";
    }

    @PostMapping("/{id}/roles")
    String roles(
            @PathVariable long id,
            @RequestParam(name = "roles", required = false) Set<Role> roles,
            Authentication actor,
            RedirectAttributes redirect) {
        Set<Role> chosen = roles == null ? EnumSet.noneOf(Role.class) : roles;
        return act(id, redirect, "identity.account.roles-changed", () -> {
            if (chosen.isEmpty()) {
                throw new RuleViolationException("identity.account.roles.required");
            }
            administration.replaceRoles(id, chosen, actor.getName());
        });
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "identity.account.unlocked", () -> administration.unlock(id));
    }

    @PostMapping("/{id}/reset-second-factor")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "identity.account.second-factor-reset", () -> administration.resetSecondFactor(id));
    }

    @PostMapping("/{id}/enabled")
    String enabled(
            @PathVariable long id, @RequestParam boolean enabled, Authentication actor, RedirectAttributes redirect) {
        return act(id, redirect, enabled ? "identity.account.enabled" : "identity.account.disabled", () -> {
            administration.setEnabled(id, enabled, actor.getName());
            if (!enabled) {
                tokens.revokeAll(id);
            }
        });
    }

    @PostMapping("/{id}/password")
    String password(
            @PathVariable long id, @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        List<String> problems = administration.setPassword(id, password);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("passwordProblem", problems.get(0));
        } else {
            redirect.addFlashAttribute("notice", "identity.account.password-set");
        }
        return "redirect:/staff/admin/accounts/" + id;
    }

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/staff/admin/accounts/" + id;
    }
}
