package org.precinct.audit;

/** What was done. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    LOCKOUT,
    UNLOCK,
    MFA_ENROLLED,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    VIEW,
    SEARCH,
    CREATE,
    CHANGE,
    DELETE,
    EXPORT,
    PERMISSION_CHANGE,
    VERIFY
}
