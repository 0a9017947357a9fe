package org.precinct.identity.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, with the system use notification every user must see before signing in. */
@Controller
class LoginWebController {

    private final SingleSignOnHandlers singleSignOn;

    LoginWebController(SingleSignOnHandlers singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/login")
    String login(Model model) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getPrincipal() instanceof StaffPrincipal) {
            return "redirect:/staff";
        }
        model.addAttribute("providers", singleSignOn.registrations());
        return "identity/login";
    }
}
