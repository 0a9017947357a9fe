package org.precinct.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a near-repeat (Knox) test looks at: the incidents from {@code from} to {@code to}, pairs of them sorted into
 * distance bands of {@code distanceBandMeters} ({@code distanceBands} of them, after "same location" and before
 * "farther") and time bands of {@code timeBandDays} ({@code timeBands} of them, before "later"), compared with
 * {@code replications} random permutations of the dates seeded with {@code seed}.
 */
public record NearRepeatSettings(
        LocalDate from,
        LocalDate to,
        double distanceBandMeters,
        int distanceBands,
        int timeBandDays,
        int timeBands,
        int replications,
        long seed) {

    public static final int MAX_DAYS = 1_096;
    public static final double MAX_DISTANCE_METERS = 5_000;
    public static final int MAX_BANDS = 20;
    public static final int MAX_REPLICATIONS = 9_999;

    public NearRepeatSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        String problem = check(from, to, distanceBandMeters, distanceBands, timeBandDays, timeBands, replications);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The first field whose value the test refuses, or null when all are sound. */
    public static String check(
            LocalDate from,
            LocalDate to,
            double distanceBandMeters,
            int distanceBands,
            int timeBandDays,
            int timeBands,
            int replications) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days < 2 || days > MAX_DAYS) {
            return "to";
        }
        if (!(distanceBandMeters >= 1) || distanceBands < 1 || distanceBands > MAX_BANDS) {
            return "distanceBands";
        }
        if (distanceBandMeters * distanceBands > MAX_DISTANCE_METERS) {
            return "distanceBandMeters";
        }
        if (timeBandDays < 1 || timeBands < 1 || timeBands > MAX_BANDS || (long) timeBandDays * timeBands >= days) {
            return "timeBands";
        }
        if (replications < 9 || replications > MAX_REPLICATIONS) {
            return "replications";
        }
        return null;
    }
}
