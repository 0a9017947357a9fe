package org.precinct.records.check;

import java.time.LocalDate;
import java.util.List;

/**
 * What the state's files said.
 *
 * @param status whether the state answered
 * @param source the system that answered, as officers read it on screen
 * @param standIn {@code true} when the answer did not come from a state system (the demo's stand-in)
 * @param licences the licences found
 * @param wants wants and warrants found; empty when none
 */
public record StateLookupAnswer(
        Status status, String source, boolean standIn, List<Licence> licences, List<Want> wants) {

    public StateLookupAnswer {
        licences = List.copyOf(licences);
        wants = List.copyOf(wants);
    }

    public enum Status {
        ANSWERED,
        UNAVAILABLE
    }

    /**
     * A driver's licence.
     *
     * @param status VALID, SUSPENDED, REVOKED or EXPIRED
     */
    public record Licence(
            String number,
            String state,
            String lastName,
            String firstName,
            LocalDate dateOfBirth,
            String status,
            LocalDate expires) {}

    /**
     * A want or warrant.
     *
     * @param offense what for, as the state words it
     * @param agency who holds it
     */
    public record Want(String offense, String agency, LocalDate issued) {}

    public static StateLookupAnswer unavailable(String source, boolean standIn) {
        return new StateLookupAnswer(Status.UNAVAILABLE, source, standIn, List.of(), List.of());
    }

    public boolean wanted() {
        return !wants.isEmpty();
    }
}
