package org.precinct.intake.review;

import java.util.EnumSet;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.Role;
import org.precinct.shared.StaffIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff member on whose behalf a step is taken: their account name (written into the history), their DSN (to
 * recognise the officer a report is assigned to) and their roles.
 */
record SignedInStaff(String username, String dsn, Set<Role> roles) {

    static SignedInStaff current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new SignedInStaff(null, null, roles);
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        String dsn = authentication.getPrincipal() instanceof StaffIdentity staff ? staff.dsn() : null;
        return new SignedInStaff(authentication.getName(), dsn, roles);
    }

    boolean holdsAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    /** Whether this is the officer a report with {@code assignee} (a DSN) is assigned to. */
    boolean isAssignee(String assignee) {
        return assignee != null && dsn != null && roles.contains(Role.OFFICER) && assignee.equals(dsn);
    }

    /**
     * Refuses, and records the refusal, unless the staff member holds one of {@code wanted}.
     *
     * @throws AccessDeniedException when they hold none
     */
    SignedInStaff require(Set<Role> wanted, AuditTrail audit, AuditAction action, String objectType, Object objectId) {
        if (!holdsAny(wanted)) {
            throw refused(audit, action, objectType, objectId);
        }
        return this;
    }

    static AccessDeniedException refused(AuditTrail audit, AuditAction action, String objectType, Object objectId) {
        audit.denied(action, objectType, objectId);
        return new AccessDeniedException("Not allowed to " + action.name().toLowerCase() + " " + objectType);
    }
}
