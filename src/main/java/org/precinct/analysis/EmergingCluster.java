package org.precinct.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * A space-time cluster found by the prospective scan: more incidents inside a circle during the days ending on the
 * analysis day than the study period's margins lead one to expect.
 *
 * @param radiusMeters distance from the centre to the farthest location in the cluster (0 for one location)
 * @param observed incidents inside the circle and window
 * @param expected incidents expected there from the margins (location total × day total / grand total, summed)
 * @param relativeRisk observed / expected
 * @param logLikelihoodRatio the Poisson generalised likelihood ratio's logarithm, the scan's test statistic
 * @param pValue Monte Carlo p-value: (1 + replications with a maximum at least as large) / (1 + replications)
 * @param recurrenceIntervalDays how often a cluster this unusual arises by chance when the scan runs daily: 1 / p
 * @param incidentIds the incidents inside the circle and window, ascending
 */
public record EmergingCluster(
        double centerLatitude,
        double centerLongitude,
        double radiusMeters,
        LocalDate windowStart,
        LocalDate windowEnd,
        long observed,
        double expected,
        double relativeRisk,
        double logLikelihoodRatio,
        double pValue,
        double recurrenceIntervalDays,
        List<Long> incidentIds) {

    public EmergingCluster {
        incidentIds = List.copyOf(incidentIds);
    }
}
