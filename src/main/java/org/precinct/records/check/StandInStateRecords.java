package org.precinct.records.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A local stand-in for the state's files, for demonstrations and tests: it makes up a plausible answer from the
 * question itself, the same every time, and marks every answer as not from the state. It knows no real licence and
 * no real want. A licence number ending in 0 reads as suspended; a surname ending in "want" (such as "Testwant")
 * has a want, so that a demonstration can show one.
 */
@Component
@ConditionalOnProperty(
        prefix = "precinct.records.state-lookup",
        name = "adapter",
        havingValue = "stand-in",
        matchIfMissing = true)
class StandInStateRecords implements StateRecordsLookup {

    static final String SOURCE = "Local stand-in";

    private final Clock clock;

    StandInStateRecords(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StateLookupAnswer byLicence(String licenceNumber, String state) {
        String number = licenceNumber.toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock);
        String status = number.endsWith("0") ? "SUSPENDED" : "VALID";
        return new StateLookupAnswer(
                StateLookupAnswer.Status.ANSWERED,
                SOURCE,
                true,
                List.of(new StateLookupAnswer.Licence(
                        number, state == null ? "MO" : state, null, null, null, status, today.plusYears(2))),
                List.of());
    }

    @Override
    public StateLookupAnswer byNameAndBirthDate(String lastName, String firstName, LocalDate dateOfBirth) {
        String last = lastName.toLowerCase(Locale.ROOT);
        List<StateLookupAnswer.Want> wants = last.endsWith("want")
                ? List.of(new StateLookupAnswer.Want(
                        "Failure to appear (stand-in)",
                        "Stand-in county court",
                        LocalDate.now(clock).minusMonths(2)))
                : List.of();
        return new StateLookupAnswer(StateLookupAnswer.Status.ANSWERED, SOURCE, true, List.of(), wants);
    }
}
