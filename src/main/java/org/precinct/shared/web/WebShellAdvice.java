package org.precinct.shared.web;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.Role;
import org.precinct.shared.StaffIdentity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return properties.demo().enabled();
    }

    @ModelAttribute("departmentName")
    String departmentName() {
        return properties.departmentName();
    }

    @ModelAttribute("nonEmergencyPhone")
    String nonEmergencyPhone() {
        return properties.nonEmergencyPhone();
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation() {
        Set<Role> held = heldRoles();
        if (held.isEmpty()) {
            return List.of();
        }
        return links.stream().filter(link -> link.visibleTo(held)).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("staffName")
    String staffName() {
        if (heldRoles().isEmpty()) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication.getPrincipal() instanceof StaffIdentity staff && staff.displayName() != null
                ? staff.displayName()
                : authentication.getName();
    }

    /** The navigation entry the page belongs to: the longest path the current one starts with. */
    @ModelAttribute("currentLink")
    String currentLink(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        return links.stream()
                .map(NavigationLink::path)
                .filter(candidate -> path.equals(candidate) || path.startsWith(candidate + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
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
