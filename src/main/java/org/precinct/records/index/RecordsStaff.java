package org.precinct.records.index;

import java.util.EnumSet;
import java.util.Set;
import org.precinct.shared.Role;
import org.precinct.shared.StaffIdentity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff member a master index change or a record check is done for: the account name kept with merges,
 * cautions and checks, and the roles that decide whether sealed and juvenile records exist for them.
 */
public record RecordsStaff(String username, String dsn, Set<Role> roles) {

    public RecordsStaff {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The signed-in staff member, or one with no name and no roles. */
    public static RecordsStaff current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new RecordsStaff(null, null, roles);
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        String dsn = authentication.getPrincipal() instanceof StaffIdentity staff ? staff.dsn() : null;
        return new RecordsStaff(authentication.getName(), dsn, roles);
    }

    /**
     * Whether sealed records and juveniles' records exist for this staff member: records clerks only. To everyone
     * else a search behaves as if they did not.
     */
    public boolean seesRestricted() {
        return roles.contains(Role.RECORDS);
    }
}
