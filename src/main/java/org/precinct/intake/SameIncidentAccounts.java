package org.precinct.intake;

import java.util.Map;

/**
 * Another person's account of an incident that is already reported, added to the open report instead of filing a
 * second one ("this is my incident"). The person learns nothing about the report; staff find the account among the
 * report's supplements.
 */
public interface SameIncidentAccounts {

    int MAX_TEXT = 10_000;

    /** Who gives the account. */
    enum Source {
        /** The person who filed the report, calling back with more. */
        REPORTER,
        /** Someone else who saw or suffered the same incident. */
        OTHER_REPORTER
    }

    /**
     * An account and how to reach its author.
     *
     * @param text what happened, in the author's words
     * @param name the author's name; may be {@code null}
     * @param email for questions; may be {@code null}
     * @param phone for questions; may be {@code null}
     */
    record Account(String text, String name, String email, String phone) {}

    /** What became of an account. */
    sealed interface Outcome {

        /** Added to the report. */
        record Added(TrackingNumber trackingNumber) implements Outcome {}

        /** Nothing was added: there is no such open report (or, from the public, none like the incident told). */
        record NoSuchReport() implements Outcome {}

        /** Nothing was added: the account reads as an emergency and the person must call 911. */
        record Emergency(TriageResult triage) implements Outcome {}

        /** Nothing was added: field name → message key of what is wrong with it. */
        record Invalid(Map<String, String> problems) implements Outcome {}
    }

    /**
     * Adds a resident's account as {@link Source#OTHER_REPORTER}, only to an open report that is a likely duplicate
     * of the incident the resident describes: so numbers cannot simply be tried one after another.
     *
     * @param report the report the resident chose
     * @param incident the resident's incident, as given to the duplicate check
     */
    Outcome addFromResident(String report, DuplicateQuery incident, Account account);

    /** Adds a caller's account, taken by the signed-in call-taker, to any open report. */
    Outcome addFromCaller(String report, Source source, Account account);
}
