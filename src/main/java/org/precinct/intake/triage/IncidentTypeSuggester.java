package org.precinct.intake.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests the incident type a description reads most like, from the phrases of {@code incident-types.txt}: each
 * section names a type ({@code type=}) and a weight ({@code weight=}); every phrase found adds the weight to its
 * type, at most {@value #MAX_HITS} times per section. The highest total wins, the type listed first on a tie; no
 * phrase found, no suggestion.
 */
final class IncidentTypeSuggester {

    static final int MAX_HITS = 3;

    private final List<Scorer> scorers = new ArrayList<>();

    private record Scorer(String type, int weight, PhraseBook.Section phrases) {}

    IncidentTypeSuggester(PhraseBook book) {
        for (PhraseBook.Section section : book.sections()) {
            scorers.add(new Scorer(
                    section.option("type", section.name()), Integer.parseInt(section.option("weight", "1")), section));
        }
    }

    /** The suggested type code for a reduced description, or {@code null}. */
    String suggest(PhraseBook.Words canonical) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Scorer scorer : scorers) {
            scores.putIfAbsent(scorer.type(), 0);
            int hits = Math.min(MAX_HITS, scorer.phrases().matches(canonical).size());
            scores.merge(scorer.type(), hits * scorer.weight(), Integer::sum);
        }
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            if (score.getValue() > bestScore) {
                best = score.getKey();
                bestScore = score.getValue();
            }
        }
        return best;
    }

    List<String> types() {
        return scorers.stream().map(Scorer::type).distinct().toList();
    }
}
