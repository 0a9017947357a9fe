package org.precinct.personnel;

import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may change personnel records: administrators and human resources. Every staff member may read them.
 *
 * <p>The services check this themselves as well as through {@link PersonnelEditorsOnly}, so the rule holds (and a
 * refusal is audited) whether or not method security is switched on.
 */
public final class PersonnelAccess {

    /** The expression behind {@link PersonnelEditorsOnly}. */
    public static final String EDITORS = "hasAnyRole('ADMIN','HR')";

    private static final Set<String> EDITOR_AUTHORITIES = Set.of("ROLE_ADMIN", "ROLE_HR");

    private PersonnelAccess() {}

    /** Whether the signed-in user may change the org chart and employee records. */
    public static boolean signedInUserMayEdit() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(EDITOR_AUTHORITIES::contains);
    }

    /**
     * Records and refuses an attempted change by someone who may not make it.
     *
     * @throws AccessDeniedException unless the signed-in user may edit
     */
    public static void requireEditor(AuditTrail audit, AuditAction action, String objectType, Object objectId) {
        if (!signedInUserMayEdit()) {
            audit.denied(action, objectType, objectId);
            throw new AccessDeniedException("Only administrators and human resources change personnel records");
        }
    }
}
