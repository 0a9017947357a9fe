package org.precinct.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.Role;
import org.precinct.shared.StaffIdentity;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** Puts what every page frame needs into the model: department, demo banner, the staff navigation. */
@ControllerAdvice(annotations = Controller.class)
class WebShellAdvice {

    private final PrecinctProperties properties;
    private final List<NavigationLink> links;

    WebShellAdvice(PrecinctProperties properties, List<NavigationLink> links) {
        this.properties = properties;
        this.links = links.stream()
                .sorted(Comparator.comparingInt(NavigationLink::order))
                .toList();
    }

    /**
     * One method rather than one per attribute, and nothing for handlers that answer with a body instead of a page
     * (the JSON API): the advice runs before every handler of a controller, and each attribute method costs a
     * reflective call on every request.
     */
    @ModelAttribute
    void pageFrame(Model model, HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && answersWithBody(handler)) {
            return;
        }
        model.addAttribute("demoMode", properties.demo().enabled());
        model.addAttribute("departmentName", properties.departmentName());
        model.addAttribute("nonEmergencyPhone", properties.nonEmergencyPhone());
        Set<Role> held = heldRoles();
        model.addAttribute(
                "navigation",
                held.isEmpty()
                        ? List.of()
                        : links.stream().filter(link -> link.visibleTo(held)).toList());
        String path = request.getRequestURI();
        model.addAttribute("currentPath", path);
        model.addAttribute("staffName", held.isEmpty() ? null : staffName());
        // The navigation entry the page belongs to: the longest path the current one starts with.
        model.addAttribute(
                "currentLink",
                links.stream()
                        .map(NavigationLink::path)
                        .filter(candidate -> path.equals(candidate) || path.startsWith(candidate + "/"))
                        .max(Comparator.comparingInt(String::length))
                        .orElse(null));
    }

    private static boolean answersWithBody(HandlerMethod handler) {
        return handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
    }

    private static String staffName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication.getPrincipal() instanceof StaffIdentity staff && staff.displayName() != null
                ? staff.displayName()
                : authentication.getName();
    }

    static Set<Role> heldRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> held = EnumSet.noneOf(Role.class);
        if (authentication == null || !authentication.isAuthenticated()) {
            return held;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    held.add(role);
                }
            }
        }
        return held;
    }
}
