package org.precinct.intake.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A description reduced to the form the phrase lists are written against: lower case, Spanish accents folded
 * ({@code resultó} reads as {@code resulto}), HTML tags and entities and every symbol dropped, words and sentence
 * punctuation as tokens separated by single spaces. Each token remembers where it came from, so a reason can quote
 * the reporter's own words.
 */
final class TriageText {

    static final String SENTENCE_END = ".";

    /** Words after which a full stop abbreviates rather than ends a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "ave", "blvd", "rd", "ln", "jr", "sr", "apt", "approx", "etc", "vs", "sra",
            "dra", "hwy", "mt", "ft", "lt", "sgt", "ofc", "det", "capt", "av");

    private final String original;
    private final List<String> tokens;
    private final int[] originalStart;
    private final int[] originalEnd;
    private final int[] sentence;
    private final String canonical;
    private final int[] canonicalStart;
    private final int[] tokenAtChar;

    private TriageText(String original, List<String> tokens, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.tokens = tokens;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
        this.sentence = new int[tokens.size()];
        this.canonicalStart = new int[tokens.size()];
        StringBuilder text = new StringBuilder();
        int current = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            canonicalStart[i] = text.length();
            text.append(tokens.get(i));
            sentence[i] = current;
            if (isSentenceEnd(tokens.get(i))) {
                current++;
            }
        }
        this.canonical = text.toString();
        this.tokenAtChar = new int[canonical.length() + 1];
        int token = 0;
        for (int c = 0; c <= canonical.length(); c++) {
            while (token + 1 < tokens.size() && canonicalStart[token + 1] <= c) {
                token++;
            }
            tokenAtChar[c] = token;
        }
    }

    /**
     * Reads at most {@code limit} characters of {@code text}, correcting misspelt danger words on the way.
     *
     * @param text any text, {@code null} reads as empty
     */
    static TriageText of(String text, int limit, TypoCorrections typos) {
        String original = text == null ? "" : text;
        if (original.length() > limit) {
            int end = limit;
            if (Character.isHighSurrogate(original.charAt(end - 1))) {
                end--;
            }
            original = original.substring(0, end);
        }
        List<String> tokens = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int wordStart = -1;
        int length = original.length();
        for (int i = 0; i < length; i++) {
            char c = original.charAt(i);
            if (c == '<' && i + 1 < length && isTagStart(original.charAt(i + 1))) {
                int close = original.indexOf('>', i + 1);
                if (close > 0 && close - i <= 300) {
                    wordStart = flush(word, wordStart, i, tokens, spans, typos);
                    i = close;
                    continue;
                }
            }
            if (c == '&') {
                int semicolon = entityEnd(original, i);
                if (semicolon > 0) {
                    wordStart = flush(word, wordStart, i, tokens, spans, typos);
                    i = semicolon;
                    continue;
                }
            }
            if (Character.isLetterOrDigit(c)) {
                if (word.isEmpty()) {
                    wordStart = i;
                }
                word.append(fold(c));
                continue;
            }
            if (isApostrophe(c) && !word.isEmpty() && i + 1 < length && Character.isLetter(original.charAt(i + 1))) {
                word.append('\'');
                continue;
            }
            String previousWord = word.toString();
            wordStart = flush(word, wordStart, i, tokens, spans, typos);
            switch (c) {
                case '.' -> {
                    boolean decimal = i + 1 < length
                            && Character.isDigit(original.charAt(i + 1))
                            && !previousWord.isEmpty()
                            && Character.isDigit(previousWord.charAt(previousWord.length() - 1));
                    boolean abbreviation = previousWord.length() == 1 || ABBREVIATIONS.contains(previousWord);
                    if (!decimal && !abbreviation) {
                        punctuation(SENTENCE_END, i, tokens, spans);
                    }
                }
                case '!', '?', ';' -> punctuation(String.valueOf(c), i, tokens, spans);
                case '\n', '\r' -> punctuation(SENTENCE_END, i, tokens, spans);
                case ',', '(', ')' -> punctuation(",", i, tokens, spans);
                case ':' -> {
                    boolean clock = i + 1 < length
                            && Character.isDigit(original.charAt(i + 1))
                            && !previousWord.isEmpty()
                            && Character.isDigit(previousWord.charAt(previousWord.length() - 1));
                    if (!clock) {
                        punctuation(":", i, tokens, spans);
                    }
                }
                default -> {
                    // every other character separates words and means nothing more
                }
            }
        }
        flush(word, wordStart, length, tokens, spans, typos);
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
        }
        return new TriageText(original, List.copyOf(tokens), starts, ends);
    }

    private static int flush(
            StringBuilder word, int wordStart, int end, List<String> tokens, List<int[]> spans, TypoCorrections typos) {
        if (!word.isEmpty()) {
            tokens.add(typos.correct(word.toString()));
            spans.add(new int[] {wordStart, end});
            word.setLength(0);
        }
        return -1;
    }

    private static void punctuation(String mark, int at, List<String> tokens, List<int[]> spans) {
        if (tokens.isEmpty()) {
            return;
        }
        String last = tokens.get(tokens.size() - 1);
        if (isPunctuation(last)) {
            // "!!!", "?!" and ", ." collapse into the stronger of the two marks
            if (isSentenceEnd(mark) && !isSentenceEnd(last)) {
                tokens.set(tokens.size() - 1, mark);
            }
            return;
        }
        tokens.add(mark);
        spans.add(new int[] {at, at + 1});
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!';
    }

    private static int entityEnd(String text, int ampersand) {
        int limit = Math.min(text.length(), ampersand + 10);
        for (int i = ampersand + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i > ampersand + 1 ? i : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }

    static boolean isPunctuation(String token) {
        return token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0));
    }

    static boolean isSentenceEnd(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?") || token.equals(";");
    }

    static char fold(char c) {
        char lower = Character.toLowerCase(c);
        return switch (lower) {
            case 'à', 'á', 'â', 'ã', 'ä', 'å' -> 'a';
            case 'è', 'é', 'ê', 'ë' -> 'e';
            case 'ì', 'í', 'î', 'ï' -> 'i';
            case 'ò', 'ó', 'ô', 'õ', 'ö' -> 'o';
            case 'ù', 'ú', 'û', 'ü' -> 'u';
            case 'ñ' -> 'n';
            case 'ç' -> 'c';
            case 'ý', 'ÿ' -> 'y';
            default -> lower;
        };
    }

    String canonical() {
        return canonical;
    }

    /** Where each token begins in {@link #canonical()}. */
    int[] wordStarts() {
        return canonicalStart;
    }

    int size() {
        return tokens.size();
    }

    String token(int index) {
        return tokens.get(index);
    }

    int sentenceOf(int token) {
        return sentence[token];
    }

    int sentenceCount() {
        return tokens.isEmpty() ? 0 : sentence[tokens.size() - 1] + 1;
    }

    /** The token a character of {@link #canonical()} belongs to (a space belongs to the token after it). */
    int tokenAt(int canonicalChar) {
        if (tokens.isEmpty()) {
            return -1;
        }
        return tokenAtChar[Math.max(0, Math.min(canonicalChar, canonical.length()))];
    }

    /** The first token of a match starting at {@code start}. */
    int firstToken(int start) {
        return tokenAt(start);
    }

    /** The last token of a match ending (exclusively) at {@code end}. */
    int lastToken(int end) {
        return tokenAt(Math.max(0, end - 1));
    }

    /** The reporter's own words from token {@code first} to token {@code last}, at most {@code max} characters. */
    String quote(int first, int last, int max) {
        int from = originalStart[first];
        int to = originalEnd[last];
        String words = original.substring(from, to).replaceAll("\\s+", " ").strip();
        return words.length() <= max ? words : words.substring(0, max).strip() + "\u2026";
    }
}
