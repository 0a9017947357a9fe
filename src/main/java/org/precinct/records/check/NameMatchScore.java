package org.precinct.records.check;

import java.util.Set;
import org.precinct.records.index.GivenNameVariants;

/**
 * How well a stored name matches a name as typed, from 0 to 1: the surname counts a little more than the given
 * name. A name that sounds the same (same double-metaphone code) scores at least 0.9 for the surname and 0.88 for
 * the given name; a nickname or other form of the given name (Bob for Robert) 0.95; an initial that fits 0.85.
 * An alias, one part of a longer surname, or a reading with the words swapped scores a little lower than the
 * same match on the record's own name in the order typed.
 */
final class NameMatchScore {

    /** Below this a name is not shown as a match. */
    static final double THRESHOLD = 0.72;

    /**
     * A stored name with its phonetic codes.
     *
     * @param source NAME, ALIAS or PART
     * @param lastCodes the surname's double-metaphone codes (primary and alternate)
     * @param firstCode the given name's double-metaphone code, possibly empty
     */
    record Candidate(
            String source, String last, String first, String middle, Set<String> lastCodes, String firstCode) {}

    /**
     * The typed name's phonetic codes.
     *
     * @param lastCodes codes of the surname
     * @param firstCodes codes of the given name and of every name that stands for it
     */
    record QueryCodes(Set<String> lastCodes, Set<String> firstCodes) {}

    private final GivenNameVariants variants;

    NameMatchScore(GivenNameVariants variants) {
        this.variants = variants;
    }

    double score(NameQuery query, QueryCodes codes, Candidate candidate) {
        double last = lastSimilarity(query.last(), codes.lastCodes(), candidate);
        double first = firstSimilarity(query.first(), codes.firstCodes(), candidate);
        double score = 0.55 * last + 0.45 * first + middleAdjustment(query.middle(), candidate.middle());
        switch (candidate.source()) {
            case "ALIAS":
                score *= 0.97;
                break;
            case "PART":
                score *= 0.93;
                break;
            default:
                break;
        }
        if (query.swapped()) {
            score *= 0.96;
        }
        return Math.max(0.0, Math.min(1.0, score));
    }

    private static double lastSimilarity(String typed, Set<String> typedCodes, Candidate candidate) {
        if (typed.equals(candidate.last())) {
            return 1.0;
        }
        double similarity = JaroWinkler.similarity(typed, candidate.last());
        boolean soundsAlike =
                candidate.lastCodes().stream().anyMatch(code -> !code.isEmpty() && typedCodes.contains(code));
        return soundsAlike ? Math.max(similarity, 0.90) : similarity;
    }

    private double firstSimilarity(String typed, Set<String> typedCodes, Candidate candidate) {
        String stored = candidate.first();
        if (typed.isEmpty()) {
            return 0.75;
        }
        if (stored.isEmpty()) {
            return 0.5;
        }
        if (typed.equals(stored)) {
            return 1.0;
        }
        if (variants.sameName(typed, stored)) {
            return 0.95;
        }
        if (typed.length() == 1 || stored.length() == 1) {
            return typed.charAt(0) == stored.charAt(0) ? 0.85 : 0.2;
        }
        double similarity = JaroWinkler.similarity(typed, stored);
        boolean soundsAlike = !candidate.firstCode().isEmpty() && typedCodes.contains(candidate.firstCode());
        return soundsAlike ? Math.max(similarity, 0.88) : similarity;
    }

    private static double middleAdjustment(String typed, String stored) {
        if (typed.isEmpty() || stored.isEmpty()) {
            return 0.0;
        }
        return typed.charAt(0) == stored.charAt(0) ? 0.03 : -0.03;
    }
}
