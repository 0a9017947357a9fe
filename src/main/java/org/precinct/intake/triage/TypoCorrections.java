package org.precinct.intake.triage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a misspelt danger word as the word meant ("unconcious", "bleading", "sangrndo"): one letter missing, extra,
 * wrong or swapped with its neighbour. Real words that happen to lie one letter away from a danger word ("breeding"
 * beside "bleeding", "hunting" beside "hurting") are listed and left alone, and short words are never touched,
 * because a one-letter change turns too many short words into others.
 */
final class TypoCorrections {

    static final int SHORTEST = 6;

    private final Set<String> keywords;
    private final Set<String> realWords;
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    TypoCorrections(Set<String> keywords, Set<String> realWords) {
        this.keywords = Set.copyOf(keywords);
        this.realWords = Set.copyOf(realWords);
        for (String keyword : this.keywords) {
            if (keyword.length() < SHORTEST) {
                continue;
            }
            for (String variant : deletions(keyword)) {
                byDeletion
                        .computeIfAbsent(variant, key -> new java.util.ArrayList<>())
                        .add(keyword);
            }
        }
    }

    static TypoCorrections none() {
        return new TypoCorrections(Set.of(), Set.of());
    }

    /** The danger word {@code word} is a slip for, or {@code word} itself. */
    String correct(String word) {
        if (keywords.contains(word) || realWords.contains(word)) {
            return word;
        }
        // A doubled letter is the one slip short words ("gunn", "gass", "shott") are read through.
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1)) {
                String single = word.substring(0, i) + word.substring(i + 1);
                if (keywords.contains(single)) {
                    return single;
                }
            }
        }
        if (word.length() < SHORTEST - 1) {
            return word;
        }
        for (String variant : deletions(word)) {
            List<String> candidates = byDeletion.get(variant);
            if (candidates == null) {
                continue;
            }
            for (String candidate : candidates) {
                if (Math.abs(candidate.length() - word.length()) <= 1 && withinOneEdit(word, candidate)) {
                    return candidate;
                }
            }
        }
        return word;
    }

    private static Set<String> deletions(String word) {
        Set<String> variants = new HashSet<>(word.length() + 1);
        variants.add(word);
        for (int i = 0; i < word.length(); i++) {
            variants.add(word.substring(0, i) + word.substring(i + 1));
        }
        return variants;
    }

    /** One insertion, deletion, substitution or swap of neighbours (optimal string alignment distance 1). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }
}
