package org.precinct.shared;

/** What a staff member may do in Precinct. An account holds one or more roles. */
public enum Role {
    ADMIN,
    COMMAND,
    SUPERVISOR,
    OFFICER,
    /** Call-takers and records clerks. */
    RECORDS,
    ANALYST,
    INTERNAL_AFFAIRS,
    CODE_ENFORCEMENT,
    PROPERTY,
    FLEET,
    TRAINING,
    HR,
    COMMUNITY,
    SRO,
    PIO;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
