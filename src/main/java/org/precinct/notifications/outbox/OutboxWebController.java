package org.precinct.notifications.outbox;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox page for administrators: the queue by status, and a retry for mails that were given up. The queue
 * is one fragment with two ways in: the page includes it, an htmx request (filtering, paging) gets it alone.
 */
@Controller
@RequestMapping("/staff/notifications/outbox")
@PreAuthorize("hasRole('ADMIN')")
class OutboxWebController {

    static final String PATH = "/staff/notifications/outbox";

    private final OutboxAdministration administration;
    private final PrecinctProperties properties;
    private final AuditTrail audit;

    OutboxWebController(OutboxAdministration administration, PrecinctProperties properties, AuditTrail audit) {
        this.administration = administration;
        this.properties = properties;
        this.audit = audit;
    }

    @GetMapping
    String queue(
            @RequestParam(required = false) MailStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model,
            HttpServletResponse response) {
        // The queue shows recipients' addresses: personal data, so every look at it is recorded.
        audit.success(
                AuditAction.SEARCH, "outbound-mail", "status=" + (status == null ? "any" : status) + " page=" + page);
        model.addAttribute("counts", administration.counts());
        model.addAttribute("queue", administration.list(status, page));
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("zone", properties.timeZone());
        response.addHeader("Vary", "HX-Request");
        // htmx asks for the whole page when it restores one from history.
        return htmx != null && historyRestore == null
                ? "notifications/fragments/outbox :: queue"
                : "notifications/outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        try {
            administration.retry(id);
            audit.success(AuditAction.CHANGE, "outbound-mail", id + " retry");
            redirect.addFlashAttribute("successKey", "notifications.outbox.retried");
        } catch (NoSuchRecordException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        redirect.addAttribute("status", MailStatus.FAILED);
        return "redirect:" + PATH;
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationLink outboxNavigationLink() {
            return new NavigationLink("nav.notifications.outbox", PATH, Set.of(Role.ADMIN), 960);
        }
    }
}
