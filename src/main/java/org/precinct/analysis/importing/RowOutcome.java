package org.precinct.analysis.importing;

import org.precinct.analysis.AnalysisIncident;

/**
 * What became of one row: an incident to store, a row of a kind analysis does not count (a traffic stop, a
 * parking complaint), or a malformed row refused with a reason.
 *
 * @param incident the incident, or {@code null} when the row was skipped or refused
 * @param reasonKey the reason's message key when skipped or refused
 * @param arguments the reason's arguments
 * @param sourceCode for a skipped row, the source's code that maps to no offense
 */
record RowOutcome(AnalysisIncident incident, String reasonKey, Object[] arguments, String sourceCode) {

    static RowOutcome imported(AnalysisIncident incident) {
        return new RowOutcome(incident, null, new Object[0], null);
    }

    /** A row of a kind that maps to no NIBRS offense: not an error, just not counted. */
    static RowOutcome skipped(String sourceCode) {
        return new RowOutcome(null, null, new Object[0], sourceCode);
    }

    static RowOutcome rejected(String reasonKey, Object... arguments) {
        return new RowOutcome(null, reasonKey, arguments, null);
    }

    boolean isImported() {
        return incident != null;
    }

    boolean isSkipped() {
        return incident == null && reasonKey == null;
    }
}
