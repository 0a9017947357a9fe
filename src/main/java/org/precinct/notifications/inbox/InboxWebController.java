package org.precinct.notifications.inbox;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.precinct.notifications.InAppNotifications;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in staff member's notifications. One fragment, two ways in: the page includes the list, and an htmx
 * request (loading it elsewhere, marking read) gets the list alone. Without JavaScript the forms post and the
 * page reloads.
 */
@Controller
@RequestMapping(InboxWebController.PATH)
@PreAuthorize("isAuthenticated()")
class InboxWebController {

    static final String PATH = "/staff/notifications";
    static final int SHOWN = 50;

    private static final String PAGE = "notifications/inbox";
    private static final String FRAGMENT = "notifications/fragments/inbox :: inbox";

    private final InAppNotifications notifications;
    private final PrecinctProperties properties;

    InboxWebController(InAppNotifications notifications, PrecinctProperties properties) {
        this.notifications = notifications;
        this.properties = properties;
    }

    @GetMapping
    String inbox(
            Authentication authentication,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model,
            HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return show(authentication.getName(), htmx != null && historyRestore == null, model);
    }

    @PostMapping("/{id}/read")
    String markRead(
            @PathVariable long id,
            Authentication authentication,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        try {
            notifications.markRead(authentication.getName(), id);
        } catch (NoSuchRecordException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return htmx != null ? show(authentication.getName(), true, model) : "redirect:" + PATH;
    }

    @PostMapping("/read-all")
    String markAllRead(
            Authentication authentication,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        notifications.markAllRead(authentication.getName());
        return htmx != null ? show(authentication.getName(), true, model) : "redirect:" + PATH;
    }

    private String show(String username, boolean fragmentOnly, Model model) {
        model.addAttribute("notifications", notifications.recent(username, SHOWN));
        model.addAttribute("unreadCount", notifications.unreadCount(username));
        model.addAttribute("zone", properties.timeZone());
        return fragmentOnly ? FRAGMENT : PAGE;
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        /** Every staff member has notifications, so the entry names no role. */
        @Bean
        NavigationLink inboxNavigationLink() {
            return new NavigationLink("nav.notifications.inbox", PATH, Set.of(), 950);
        }
    }
}
