package org.precinct.analysis.dashboard;

/**
 * Whether a count differs from what a baseline leads one to expect by more than chance: the exact conditional test
 * for two Poisson counts.
 *
 * <p>If this period's count {@code a} and the baseline's count {@code b} are Poisson with rates in the ratio of
 * their exposures (one period against {@code k} periods), then given their sum {@code n = a + b}, {@code a} is
 * binomial with {@code n} trials and success probability {@code 1 / (1 + k)}. The two-sided p-value is the
 * probability of every outcome no more likely than the observed one (as R's {@code binom.test} and
 * {@code poisson.test} compute it). A bare percent change says nothing about chance: 2 to 4 is +100 % and
 * unremarkable, 200 to 260 is +30 % and very unlikely to be chance.
 */
public final class PoissonComparison {

    /** Below this p-value a change is flagged. */
    public static final double SIGNIFICANCE = 0.05;

    /** Relative tolerance when comparing probabilities, as binom.test uses, so that ties in theory stay ties. */
    private static final double TIE = 1 + 1e-7;

    private PoissonComparison() {}

    /**
     * The two-sided p-value of {@code current} against a baseline of {@code baseline} incidents over
     * {@code baselinePeriods} periods of the same length.
     *
     * @param baselinePeriods how many periods the baseline spans, positive (1 for "the same period last year")
     * @return 1 when there is nothing to compare (both counts zero)
     */
    public static double pValue(long current, long baseline, double baselinePeriods) {
        if (current < 0 || baseline < 0 || !(baselinePeriods > 0)) {
            throw new IllegalArgumentException("Counts must not be negative and the baseline must span some time");
        }
        long n = current + baseline;
        if (n == 0) {
            return 1;
        }
        return binomialTwoSided(current, n, 1 / (1 + baselinePeriods));
    }

    /** Whether the change is unlikely to be chance at {@link #SIGNIFICANCE}. */
    public static boolean significant(long current, long baseline, double baselinePeriods) {
        return pValue(current, baseline, baselinePeriods) < SIGNIFICANCE;
    }

    /** The exact two-sided binomial p-value of {@code k} successes in {@code n} trials of probability {@code p}. */
    static double binomialTwoSided(long k, long n, double p) {
        double observed = logPmf(k, n, p);
        double total = 0;
        for (long i = 0; i <= n; i++) {
            double log = logPmf(i, n, p);
            if (log <= observed + Math.log(TIE)) {
                total += Math.exp(log);
            }
        }
        return Math.min(1, total);
    }

    private static double logPmf(long k, long n, double p) {
        if (p == 0) {
            return k == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return k == n ? 0 : Double.NEGATIVE_INFINITY;
        }
        return logGamma(n + 1.0)
                - logGamma(k + 1.0)
                - logGamma(n - k + 1.0)
                + k * Math.log(p)
                + (n - k) * Math.log1p(-p);
    }

    /** ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, nine terms), good to about 15 digits. */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] c = {
            0.99999999999980993,
            676.5203681218851,
            -1259.1392167224028,
            771.32342877765313,
            -176.61502916214059,
            12.507343278686905,
            -0.13857109526572012,
            9.9843695780195716e-6,
            1.5056327351493116e-7
        };
        double z = x - 1;
        double sum = c[0];
        for (int i = 1; i < c.length; i++) {
            sum += c[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
