package org.precinct.intake;

/**
 * The emergency check every contact passes first, from every channel: does this belong with 911? It reads the
 * reporter's words (English or Spanish) with explainable rules (danger phrases, negation, tense and time) and the
 * safety answers, and when in doubt it says emergency.
 */
public interface ReportTriage {

    /**
     * Never throws on any text, however odd or long; only the first {@link TriageRequest#MAX_DESCRIPTION_LENGTH}
     * characters are read.
     */
    TriageResult assess(TriageRequest request);
}
