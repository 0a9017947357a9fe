package org.precinct.intake.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;
import org.precinct.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may work the review of reports. Records clerks, supervisors and administrators review: they see the queue and
 * every report in it, and take every step but one. Assigning an officer is for supervisors and administrators. The
 * officer a report is assigned to may read it, mark its supplements read and close it. Supervisors and
 * administrators keep the list of rejection reasons.
 *
 * <p>The services check these rules themselves (and audit a refusal) whatever the caller; the annotations below are
 * the same rules for pages and API endpoints, refusing before any work is done.
 */
public final class ReviewAccess {

    public static final Set<Role> REVIEWERS = EnumSet.of(Role.RECORDS, Role.SUPERVISOR, Role.ADMIN);
    public static final Set<Role> ASSIGNERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    public static final Set<Role> LIST_KEEPERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

    static final String REVIEWER_EXPRESSION = "hasAnyRole('RECORDS','SUPERVISOR','ADMIN')";
    static final String READER_EXPRESSION = "hasAnyRole('RECORDS','SUPERVISOR','ADMIN','OFFICER')";
    static final String LIST_KEEPER_EXPRESSION = "hasAnyRole('SUPERVISOR','ADMIN')";

    private ReviewAccess() {}

    /** Whether the signed-in staff member holds any of {@code roles}. */
    public static boolean signedInStaffHolds(Set<Role> roles) {
        return SignedInStaff.current().holdsAny(roles);
    }

    /** Whether the signed-in staff member is the officer a report with this assignee (a DSN) is assigned to. */
    public static boolean signedInStaffIsAssignee(String assignee) {
        return SignedInStaff.current().isAssignee(assignee);
    }

    /** The queue and the steps only reviewers take. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize(REVIEWER_EXPRESSION)
    public @interface ReviewersOnly {}

    /**
     * A report and the steps its assigned officer may take as well; the service decides whether an officer is the one
     * it is assigned to.
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize(READER_EXPRESSION)
    public @interface ReviewersAndOfficers {}

    /** The list of rejection reasons. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize(LIST_KEEPER_EXPRESSION)
    public @interface ListKeepersOnly {}
}
