package org.precinct.intake;

/** Where a report of a type goes once it has been taken. */
public enum Routing {
    /** Records staff check and approve it; no one is sent. */
    RECORDS_REVIEW,
    /** An officer follows it up. */
    OFFICER_FOLLOW_UP,
    /** The code enforcement unit opens a property case. */
    CODE_ENFORCEMENT,
    /** Community affairs answer it. */
    COMMUNITY_AFFAIRS,
    /** The Office of Professional Responsibility takes it as a complaint, behind its confidentiality wall. */
    INTERNAL_AFFAIRS,
    /** It is counted for crime statistics and trends; no follow-up. */
    STATISTICS_ONLY;

    public String messageKey() {
        return "intake.routing." + name();
    }
}
