package org.precinct.intake;

import java.util.List;

/**
 * Finds open reports that may describe the same incident as another: the same or a related type (theft and theft
 * from a vehicle, say), within the type's distance and time window, scored by distance, time and how alike the
 * descriptions read. A type without a duplicate window is never compared, and neither are related types without
 * one. Runs on every submission, so one index answers it however many reports are stored.
 */
public interface DuplicateCandidates {

    /** The most candidates {@link #find} answers with. */
    int MAX_CANDIDATES = 5;

    /** The most a filed report keeps for the review queue. */
    int MAX_RECORDED = 3;

    /**
     * The likeliest duplicates, best first, at most {@value #MAX_CANDIDATES}; empty for an unknown type or one never
     * compared.
     */
    List<DuplicateCandidate> find(DuplicateQuery query);

    /**
     * Finds the likely duplicates of a report just stored, the report itself aside, and keeps the best
     * {@value #MAX_RECORDED} for the review queue. Joins the filing transaction, so a report and its links are
     * stored together or not at all.
     *
     * @param newReport the report just stored in this transaction
     * @param query the report's type, place, time and words
     */
    void recordFor(TrackingNumber newReport, DuplicateQuery query);

    /** The likely duplicates kept for a report, both those it may repeat and those that may repeat it, best first. */
    List<RecordedDuplicate> recordedFor(TrackingNumber report);
}
