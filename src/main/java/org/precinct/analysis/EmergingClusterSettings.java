package org.precinct.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a prospective space-time permutation scan looks at: the study period of {@code studyDays} days ending on
 * {@code asOf} (the analysis day), time windows ending on {@code asOf} of 1 to {@code maxWindowDays} days,
 * circles of up to {@code maxRadiusMeters} around each location, {@code replications} random permutations of the
 * dates seeded with {@code seed} (the same seed gives the same p-values), and at most {@code maxClusters} clusters
 * reported. The constructor refuses values outside {@link #check}'s limits.
 */
public record EmergingClusterSettings(
        LocalDate asOf,
        int studyDays,
        int maxWindowDays,
        double maxRadiusMeters,
        int replications,
        long seed,
        int maxClusters) {

    public static final int MAX_STUDY_DAYS = 1_096;
    public static final int MAX_WINDOW_DAYS = 180;
    public static final double MAX_RADIUS_METERS = 10_000;
    public static final int MAX_REPLICATIONS = 9_999;
    public static final int MAX_CLUSTERS = 100;

    public EmergingClusterSettings {
        Objects.requireNonNull(asOf, "asOf");
        String problem = check(studyDays, maxWindowDays, maxRadiusMeters, replications, maxClusters);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * The first field whose value the scan refuses, or null when all are sound. SaTScan's own rule applies to the
     * window: at most half the study period, so that the expected counts still come from mostly ordinary days.
     */
    public static String check(
            int studyDays, int maxWindowDays, double maxRadiusMeters, int replications, int maxClusters) {
        if (studyDays < 14 || studyDays > MAX_STUDY_DAYS) {
            return "studyDays";
        }
        if (maxWindowDays < 1 || maxWindowDays > MAX_WINDOW_DAYS || maxWindowDays > studyDays / 2) {
            return "maxWindowDays";
        }
        if (!(maxRadiusMeters >= 1 && maxRadiusMeters <= MAX_RADIUS_METERS)) {
            return "maxRadiusMeters";
        }
        if (replications < 9 || replications > MAX_REPLICATIONS) {
            return "replications";
        }
        if (maxClusters < 1 || maxClusters > MAX_CLUSTERS) {
            return "maxClusters";
        }
        return null;
    }

    /** The first day of the study period. */
    public LocalDate studyStart() {
        return asOf.minusDays(studyDays - 1L);
    }
}
