package org.precinct.records.report;

import java.util.EnumSet;
import java.util.Set;
import org.precinct.shared.Role;
import org.precinct.shared.StaffIdentity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff member taking a step on a report: their account name (kept in the history), the name the console shows,
 * their DSN and their roles.
 */
public record ReportActor(String username, String displayName, String dsn, Set<Role> roles) {

    public ReportActor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    /** The signed-in staff member; one with no account name and no roles when no one is signed in. */
    public static ReportActor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new ReportActor("", "", null, roles);
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        if (authentication.getPrincipal() instanceof StaffIdentity staff) {
            return new ReportActor(authentication.getName(), staff.displayName(), staff.dsn(), roles);
        }
        return new ReportActor(authentication.getName(), authentication.getName(), null, roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** Whether the staff member holds any of the roles. */
    public boolean holdsAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    /** Records staff see sealed reports and juvenile persons, approve reports for the Bureau and correct them. */
    public boolean recordsStaff() {
        return roles.contains(Role.RECORDS);
    }
}
