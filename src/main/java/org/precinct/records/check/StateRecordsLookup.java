package org.precinct.records.check;

import java.time.LocalDate;

/**
 * The state's driver-licence and wanted-person files, asked during a record check. Precinct ships a local stand-in
 * ({@link StandInStateRecords}); a department connects its state's switch (the message switch of its state's
 * criminal justice information system, usually reached through NLETS-format messages) by writing an adapter.
 *
 * <p>Contract for an adapter:
 *
 * <ul>
 *   <li>It is a Spring bean implementing this interface; setting {@code precinct.records.state-lookup.adapter} to
 *       anything but {@code stand-in} turns the stand-in off, so exactly one adapter is present.
 *   <li>Each method answers within {@link #TIMEOUT_MILLIS} ms, from the calling thread, and never throws: a state
 *       system that is down, slow or refusing answers {@link StateLookupAnswer#unavailable}. The officer then sees
 *       that the state was not checked, never an error page.
 *   <li>Inputs are as typed by the officer and already checked: a licence number of letters and digits, a
 *       two-letter state or {@code null} (the department's own state), names in any case.
 *   <li>It keeps nothing it receives: the record check is logged and audited by Precinct, with the reason given.
 *   <li>{@link StateLookupAnswer#source()} names the system that answered as officers should read it on screen,
 *       and {@link StateLookupAnswer#standIn()} is {@code true} only for answers that did not come from the state.
 * </ul>
 */
public interface StateRecordsLookup {

    long TIMEOUT_MILLIS = 2_000;

    /** The licence with this number, its status, and any want on its holder. */
    StateLookupAnswer byLicence(String licenceNumber, String state);

    /** Licences and wants for a person by name and date of birth. */
    StateLookupAnswer byNameAndBirthDate(String lastName, String firstName, LocalDate dateOfBirth);
}
