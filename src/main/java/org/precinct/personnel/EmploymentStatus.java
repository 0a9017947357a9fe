package org.precinct.personnel;

/** Whether an employee currently serves: active, inactive (left, on long leave) or in the reserve. */
public enum EmploymentStatus {
    ACTIVE,
    INACTIVE,
    RESERVE;

    /** Whether an employee with this status counts as a member of their unit. */
    public boolean serving() {
        return this != INACTIVE;
    }

    /** The message key of the status's display name. */
    public String messageKey() {
        return "personnel.status." + name();
    }
}
