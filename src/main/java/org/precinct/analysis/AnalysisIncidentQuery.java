package org.precinct.analysis;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.precinct.records.NibrsUcrOffense;

/**
 * Which incidents to count: those that occurred in {@code [from, to)}, of the given offenses (every offense when
 * empty), in the given jurisdiction and beat (anywhere when {@code null}).
 *
 * @throws IllegalArgumentException when the period ends before it starts
 */
public record AnalysisIncidentQuery(
        Set<NibrsUcrOffense> offenses, Instant from, Instant to, String jurisdictionCode, String beatCode) {

    public AnalysisIncidentQuery {
        offenses = offenses == null ? Set.of() : Set.copyOf(offenses);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        jurisdictionCode = jurisdictionCode == null || jurisdictionCode.isBlank() ? null : jurisdictionCode;
        beatCode = beatCode == null || beatCode.isBlank() ? null : beatCode;
    }

    /** Every incident of the period. */
    public static AnalysisIncidentQuery period(Instant from, Instant to) {
        return new AnalysisIncidentQuery(Set.of(), from, to, null, null);
    }

    /** The same offenses and area over another period. */
    public AnalysisIncidentQuery during(Instant otherFrom, Instant otherTo) {
        return new AnalysisIncidentQuery(offenses, otherFrom, otherTo, jurisdictionCode, beatCode);
    }
}
