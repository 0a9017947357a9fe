package org.precinct.analysis.cluster;

import org.precinct.geography.GeoPoint;

/**
 * The space-time permutation model's test statistic (Kulldorff et al. 2005): the logarithm of the Poisson
 * generalised likelihood ratio of a cylinder with {@code observed} cases where {@code expected} were expected, out
 * of {@code total}. Only excesses count (a prospective scan looks for emerging clusters, not for quiet places), and
 * a cluster needs at least {@link #MIN_CASES} cases, SaTScan's default for this model.
 */
final class ScanStatistic {

    static final int MIN_CASES = 2;

    private ScanStatistic() {}

    static double logLikelihoodRatio(long observed, double expected, long total) {
        if (observed < MIN_CASES || observed <= expected) {
            return 0;
        }
        double ratio = observed * Math.log(observed / expected);
        long outside = total - observed;
        if (outside > 0) {
            ratio += outside * Math.log(outside / (total - expected));
        }
        return ratio;
    }

    /**
     * The largest expected count at which {@code observed} cases still reach {@code level} (the ratio falls as the
     * expected count grows towards the observed one), found by bisection; 0 when not even a tiny expected count
     * would reach it.
     */
    static double largestExpectedReaching(double level, long observed, long total) {
        if (observed < MIN_CASES) {
            return 0;
        }
        double low = 0;
        double high = observed;
        for (int i = 0; i < 100 && high - low > Math.ulp(high); i++) {
            double middle = (low + high) / 2;
            if (middle > 0 && logLikelihoodRatio(observed, middle, total) >= level) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Great-circle distance in metres. */
    static double meters(double latitude1, double longitude1, double latitude2, double longitude2) {
        return new GeoPoint(latitude1, longitude1).metresTo(new GeoPoint(latitude2, longitude2));
    }
}
