package org.precinct.analysis.cluster;

import java.util.SplittableRandom;

/**
 * The random reshuffle of one Monte Carlo replication: the study's days (latest first) dealt out to the cases in
 * a Fisher–Yates order. Each replication has its own generator derived from the seed and its number, so that
 * replications can run in any order or in parallel and still give the same result. The first {@code steps} swaps
 * decide which cases receive the {@code steps} latest days, so a scan that only counts recent days may stop there
 * and deal exactly the same recent days as a full shuffle.
 */
public final class DatePermutation {

    private DatePermutation() {}

    /**
     * Shuffles {@code caseOrder} (which must hold 0..n-1 in order) so that case {@code caseOrder[i]} receives the
     * day {@code daysLatestFirst[i]} for every {@code i < steps}.
     */
    public static void deal(int[] caseOrder, long seed, int replication, int steps) {
        SplittableRandom random = new SplittableRandom(mix(seed + 0x9E3779B97F4A7C15L * (replication + 1L)));
        int n = caseOrder.length;
        for (int i = 0; i < steps && i < n - 1; i++) {
            int j = i + random.nextInt(n - i);
            int swap = caseOrder[i];
            caseOrder[i] = caseOrder[j];
            caseOrder[j] = swap;
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
