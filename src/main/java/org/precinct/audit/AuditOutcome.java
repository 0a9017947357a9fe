package org.precinct.audit;

/** How the attempt ended: done, refused for lack of permission, or failed (bad credentials, bad input). */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILED
}
