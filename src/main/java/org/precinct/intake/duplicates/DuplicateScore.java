package org.precinct.intake.duplicates;

import java.time.Duration;

/**
 * How likely two reports describe one incident, from how far apart they are in place and time within the type's
 * window, how alike their words read and whether their types are the same.
 *
 * <p>Place weighs most (two reports of the same type on the same spot in the same hours are nearly always one
 * incident), then time and words equally. A related type scores lower than the same type. Distances count in
 * steps of {@value #DISTANCE_STEP_METRES} metres, so that scores asked for from points close together cannot be
 * used to work out a report's exact place.
 */
final class DuplicateScore {

    static final double PLACE_WEIGHT = 0.4;
    static final double TIME_WEIGHT = 0.3;
    static final double WORDS_WEIGHT = 0.3;
    static final double RELATED_TYPE_FACTOR = 0.85;
    static final int DISTANCE_STEP_METRES = 25;

    /**
     * Two people describing one incident rarely share more than half their letter triples (they choose different
     * words, and one writes more than the other), so half counts as fully alike.
     */
    static final double ALIKE_SIMILARITY = 0.5;

    private DuplicateScore() {}

    /**
     * @param distanceMetres how far apart, at most the window's distance
     * @param windowMetres the window's distance
     * @param apart how far apart in time (zero when the periods overlap), at most the window's
     * @param window the window's time
     * @param textSimilarity trigram similarity of the descriptions, 0 to 1
     * @param sameType whether the types are the same rather than related
     * @return 0 to 1, in steps of 0.01
     */
    static double of(
            double distanceMetres,
            int windowMetres,
            Duration apart,
            Duration window,
            double textSimilarity,
            boolean sameType) {
        double steppedDistance = Math.floor(distanceMetres / DISTANCE_STEP_METRES) * DISTANCE_STEP_METRES;
        double place = 1 - clamp(steppedDistance / windowMetres);
        double time = 1 - clamp((double) apart.toSeconds() / Math.max(1, window.toSeconds()));
        double words = clamp(textSimilarity / ALIKE_SIMILARITY);
        double score = PLACE_WEIGHT * place + TIME_WEIGHT * time + WORDS_WEIGHT * words;
        if (!sameType) {
            score *= RELATED_TYPE_FACTOR;
        }
        return Math.round(score * 100) / 100.0;
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
