package org.precinct.intake.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A phrase list shipped under {@code intake/triage/}: named sections of phrases, each phrase a regular expression
 * over the text as {@link TriageText} reduces it (lower case, no accents, single spaces, punctuation as its own
 * word). A section's phrases are compiled once into one pattern that matches whole words only.
 *
 * <pre>
 * # a comment
 * &#64;VERB = (?:hit|hits|hitting)       a named part, used below as {VERB}
 * [violence harm past=2]               a section: its name, then its options
 * {VERB} (?:me|him|her)
 * </pre>
 *
 * {@code {W}} stands for any one word (a blanked-out innocent phrase still counts as words).
 */
final class PhraseBook {

    // Reduced text holds only lower-case letters, digits, apostrophes and underscores in words: a plain range is
    // far faster to test than the Unicode letter classes.
    private static final String WORD = "[a-z0-9'_\\u00AA-\\uFFFF]";
    private static final Pattern PART = Pattern.compile("\\{([A-Z_]+)}");
    private static final Pattern HEADER = Pattern.compile("\\[([A-Za-z][\\w-]*)((?:\\s+[^\\]\\s]+)*)\\s*]");

    private final String resource;
    private final Map<String, Section> sections;

    private PhraseBook(String resource, Map<String, Section> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /**
     * A section: its phrases as one pattern, and the options written after its name ({@code key=value} or a bare
     * flag).
     */
    record Section(String name, Map<String, String> options, List<Phrase> phrases, StartIndex starts) {

        Section(String name, Map<String, String> options, List<Phrase> phrases) {
            this(name, options, phrases, new StartIndex(phrases));
        }

        boolean flag(String option) {
            return options.containsKey(option);
        }

        String option(String option, String otherwise) {
            return options.getOrDefault(option, otherwise);
        }

        /**
         * Every match in the text, left to right and not overlapping; where several phrases match at the same place,
         * the one listed first. Phrases are tried only where a word begins, and only those that can begin with the
         * word found there (see {@link StartIndex}), which keeps a long list fast.
         *
         * @return the matches as {start, end} offsets
         */
        List<int[]> matches(Words words) {
            List<int[]> found = new ArrayList<>();
            int after = 0;
            for (int word = 0; word < words.count(); word++) {
                int start = words.start(word);
                if (start < after) {
                    continue;
                }
                int end = matchAt(words, word);
                if (end > start) {
                    found.add(new int[] {start, end});
                    after = end;
                }
            }
            return found;
        }

        boolean matchesAnywhere(Words words) {
            for (int word = 0; word < words.count(); word++) {
                if (matchAt(words, word) > words.start(word)) {
                    return true;
                }
            }
            return false;
        }

        private int matchAt(Words words, int word) {
            String text = words.text();
            int start = words.start(word);
            for (int candidate : starts.candidates(words, word, phrases)) {
                Matcher matcher = phrases.get(candidate).matcher(text).region(start, text.length());
                if (matcher.lookingAt() && matcher.end() > start) {
                    return matcher.end();
                }
            }
            return -1;
        }
    }

    /**
     * A text the phrases are matched against, with the offsets where its words begin and each word with the space
     * after it, cut out and numbered once: every section asks about the same words, by number.
     */
    static final class Words {

        private final String text;
        private final int[] starts;
        private final String[] words;
        private final String[] twoWords;
        private final int[] wordNumbers;
        private final int[] twoWordNumbers;

        private Words(String text, int[] starts) {
            this.text = text;
            this.starts = starts;
            this.words = new String[starts.length];
            this.twoWords = new String[starts.length];
            this.wordNumbers = new int[starts.length];
            this.twoWordNumbers = new int[starts.length];
            for (int i = 0; i < starts.length; i++) {
                int space = text.indexOf(' ', starts[i]);
                words[i] = text.substring(starts[i], space < 0 ? text.length() : space + 1);
                wordNumbers[i] = Vocabulary.WORDS.number(words[i]);
                twoWordNumbers[i] = Vocabulary.NONE;
                if (i + 1 < starts.length) {
                    int next = text.indexOf(' ', starts[i + 1]);
                    twoWords[i] = text.substring(starts[i], next < 0 ? text.length() : next + 1);
                    twoWordNumbers[i] = Vocabulary.TWO_WORDS.number(twoWords[i]);
                }
            }
        }

        /** @param starts the offsets in {@code text} where words begin, in order */
        static Words of(String text, int[] starts) {
            return new Words(text, starts);
        }

        String text() {
            return text;
        }

        int count() {
            return starts.length;
        }

        int start(int word) {
            return starts[word];
        }

        /** The word that begins at the {@code word}th start, with the space after it unless it ends the text. */
        String word(int word) {
            return words[word];
        }

        /** That word's number in {@link Vocabulary#WORDS}, or {@link Vocabulary#NONE}. */
        int wordNumber(int word) {
            return wordNumbers[word];
        }

        /** That word and the next one, with what follows each, or {@code null} for the last word. */
        String twoWords(int word) {
            return twoWords[word];
        }

        /** Those two words' number in {@link Vocabulary#TWO_WORDS}, or {@link Vocabulary#NONE}. */
        int twoWordsNumber(int word) {
            return twoWordNumbers[word];
        }
    }

    /**
     * Numbers for the words (and pairs of words) that texts are made of, handed out as they are first seen, up to
     * a limit. A text's words are numbered once, when it is cut into words; then each of the many sections asks
     * about a word by its number, an index into an array, instead of hashing and comparing the text in a map of its
     * own. Words seen after the limit is reached get no number and are asked about each time.
     */
    static final class Vocabulary {

        static final int NONE = -1;
        /** Enough for the common words of the reports. */
        static final Vocabulary WORDS = new Vocabulary(4096);
        /** Pairs of words are many more; the common ones get a number. */
        static final Vocabulary TWO_WORDS = new Vocabulary(4096);

        private final int limit;
        private final Map<String, Integer> numbers = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger handedOut =
                new java.util.concurrent.atomic.AtomicInteger();

        private Vocabulary(int limit) {
            this.limit = limit;
        }

        int limit() {
            return limit;
        }

        int number(String word) {
            Integer known = numbers.get(word);
            if (known != null) {
                return known;
            }
            if (handedOut.get() >= limit) {
                return NONE;
            }
            Integer given = numbers.computeIfAbsent(word, unseen -> {
                int next = handedOut.getAndIncrement();
                return next < limit ? next : null;
            });
            return given == null ? NONE : given;
        }
    }

    /**
     * A section's phrases by how a text can go on where a word begins: first by the pair of characters there (the
     * phrases whose {@link StartTable} lets it through), then by the whole word and the space after it, then by that
     * word and the next one, each asked of the phrases themselves the first time it is seen and remembered. A phrase
     * that fails on the beginning of a text without reading past it fails on any text that begins so, so the phrases
     * left out could not have matched; the rest are tried in list order, which keeps "the one listed first" the one
     * found. Remembering is what makes a long list cheap: most words and pairs of words of a description are common
     * ones, and for most of them no phrase of a section can begin there.
     */
    static final class StartIndex {

        private final int[][] candidatesByPair;
        // Filled as words are first met by any request thread; an atomic array so that a thread sees a remembered
        // list whole.
        private final AtomicReferenceArray<int[]> candidatesByWord =
                new AtomicReferenceArray<>(Vocabulary.WORDS.limit());
        private final AtomicReferenceArray<int[]> candidatesByTwoWords =
                new AtomicReferenceArray<>(Vocabulary.TWO_WORDS.limit());

        StartIndex(List<Phrase> phrases) {
            candidatesByPair = new int[StartTable.PAIRS][];
            for (int pair = 0; pair < StartTable.PAIRS; pair++) {
                List<Integer> candidates = new ArrayList<>();
                for (int position = 0; position < phrases.size(); position++) {
                    if (phrases.get(position).starts().allows(pair)) {
                        candidates.add(position);
                    }
                }
                candidatesByPair[pair] =
                        candidates.stream().mapToInt(Integer::intValue).toArray();
            }
        }

        /** The positions of the phrases that can begin where the {@code word}th word begins, in list order. */
        int[] candidates(Words words, int word, List<Phrase> phrases) {
            int[] byPair = candidatesByPair[StartTable.pair(words.text(), words.start(word))];
            if (byPair.length == 0) {
                return byPair;
            }
            int wordNumber = words.wordNumber(word);
            int[] byWord = wordNumber == Vocabulary.NONE ? null : candidatesByWord.get(wordNumber);
            if (byWord == null) {
                String beginning = words.word(word);
                byWord = Arrays.stream(byPair)
                        .filter(candidate -> canBegin(phrases.get(candidate).pattern(), beginning))
                        .toArray();
                if (wordNumber != Vocabulary.NONE) {
                    candidatesByWord.set(wordNumber, byWord);
                }
            }
            String twoWords = words.twoWords(word);
            if (byWord.length == 0 || twoWords == null) {
                return byWord;
            }
            int twoWordsNumber = words.twoWordsNumber(word);
            int[] byTwoWords = twoWordsNumber == Vocabulary.NONE ? null : candidatesByTwoWords.get(twoWordsNumber);
            if (byTwoWords == null) {
                byTwoWords = Arrays.stream(byWord)
                        .filter(candidate -> canBegin(phrases.get(candidate).pattern(), twoWords))
                        .toArray();
                if (twoWordsNumber != Vocabulary.NONE) {
                    candidatesByTwoWords.set(twoWordsNumber, byTwoWords);
                }
            }
            return byTwoWords;
        }

        /** Whether a text that begins with {@code word} can begin with a match of {@code pattern}. */
        private static boolean canBegin(Pattern pattern, String word) {
            Matcher matcher = pattern.matcher(word);
            return matcher.lookingAt() || matcher.hitEnd();
        }
    }

    /**
     * One phrase line, compiled to match whole words only, with the pairs of characters it can begin with. Each
     * thread keeps its own matcher per phrase, because making a matcher for a long pattern costs more than using it.
     */
    static final class Phrase {

        private final Pattern pattern;
        private final StartTable starts;
        private final ThreadLocal<Matching> matching;

        Phrase(Pattern pattern) {
            this.pattern = pattern;
            this.starts = new StartTable(pattern);
            this.matching = ThreadLocal.withInitial(() ->
                    new Matching(pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false)));
        }

        Pattern pattern() {
            return pattern;
        }

        StartTable starts() {
            return starts;
        }

        /** This thread's matcher, set to {@code text} (it is set once per text, not once per try). */
        Matcher matcher(String text) {
            Matching current = matching.get();
            if (current.text != text) {
                current.matcher.reset(text);
                current.text = text;
            }
            return current.matcher;
        }

        private static final class Matching {

            private final Matcher matcher;
            private String text;

            Matching(Matcher matcher) {
                this.matcher = matcher;
            }
        }
    }

    /**
     * Which pairs of first characters a section's phrases can begin with, worked out once by asking the pattern
     * itself: a two-character probe that matches, or that runs out of input while matching, can begin a phrase.
     * Characters outside a-z, 0-9, space, apostrophe and underscore are always let through.
     */
    static final class StartTable {

        private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 '_.,!?;:";
        private static final int OTHER = ALPHABET.length();
        /** How many pairs of first characters there are, "other" included. */
        static final int PAIRS = (OTHER + 1) * (OTHER + 1);
        /** A character's place in the alphabet, for the ASCII range; everything else is "other". */
        private static final int[] INDEX = new int[128];

        static {
            Arrays.fill(INDEX, OTHER);
            for (int i = 0; i < ALPHABET.length(); i++) {
                INDEX[ALPHABET.charAt(i)] = i;
            }
        }

        private final boolean[][] allowed = new boolean[ALPHABET.length() + 1][ALPHABET.length() + 1];

        StartTable(Pattern pattern) {
            int other = ALPHABET.length();
            for (int first = 0; first <= other; first++) {
                for (int second = 0; second <= other; second++) {
                    if (first == other || second == other) {
                        allowed[first][second] = true;
                        continue;
                    }
                    String probe = "" + ALPHABET.charAt(first) + ALPHABET.charAt(second);
                    Matcher matcher = pattern.matcher(probe);
                    allowed[first][second] = matcher.lookingAt() || matcher.hitEnd();
                }
            }
        }

        boolean allowsAny(String text, int[] wordStarts) {
            for (int start : wordStarts) {
                if (allows(text, start)) {
                    return true;
                }
            }
            return false;
        }

        boolean allows(String text, int at) {
            return allows(pair(text, at));
        }

        /** Whether a phrase can begin with the pair numbered {@code pair} (see {@link #pair}). */
        boolean allows(int pair) {
            return allowed[pair / (OTHER + 1)][pair % (OTHER + 1)];
        }

        /** The number of the pair of characters at {@code at}, a space standing in after the end of the text. */
        static int pair(String text, int at) {
            int first = index(text.charAt(at));
            int second = at + 1 < text.length() ? index(text.charAt(at + 1)) : index(' ');
            return first * (OTHER + 1) + second;
        }

        private static int index(char c) {
            return c < INDEX.length ? INDEX[c] : OTHER;
        }
    }

    static PhraseBook load(String resource) {
        InputStream in = PhraseBook.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Phrase list not found on the class path: " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PhraseBook parse(String resource, List<String> lines) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("W", WORD + "+");
        Map<String, Section> sections = new LinkedHashMap<>();
        String name = null;
        Map<String, String> options = Map.of();
        List<String> phrases = new ArrayList<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                int equals = line.indexOf('=');
                if (equals < 0) {
                    throw new IllegalStateException(resource + ":" + number + ": a named part needs '='");
                }
                parts.put(
                        line.substring(1, equals).strip(),
                        expand(resource, number, line.substring(equals + 1).strip(), parts));
            } else if (HEADER.matcher(line).matches()) {
                if (name != null) {
                    sections.put(name, compile(resource, name, options, phrases));
                }
                String[] words =
                        line.substring(1, line.lastIndexOf(']')).strip().split("\\s+");
                name = words[0];
                options = new LinkedHashMap<>();
                for (int i = 1; i < words.length; i++) {
                    int equals = words[i].indexOf('=');
                    if (equals < 0) {
                        options.put(words[i], "");
                    } else {
                        options.put(words[i].substring(0, equals), words[i].substring(equals + 1));
                    }
                }
                phrases = new ArrayList<>();
            } else {
                if (name == null) {
                    throw new IllegalStateException(resource + ":" + number + ": a phrase outside any section");
                }
                String phrase = expand(resource, number, line, parts);
                try {
                    Pattern.compile(phrase);
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(resource + ":" + number + ": not a valid phrase: " + line, e);
                }
                phrases.add(phrase);
            }
        }
        if (name != null) {
            sections.put(name, compile(resource, name, options, phrases));
        }
        return new PhraseBook(resource, sections);
    }

    private static String expand(String resource, int number, String phrase, Map<String, String> parts) {
        Matcher matcher = PART.matcher(phrase);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String part = parts.get(matcher.group(1));
            if (part == null) {
                throw new IllegalStateException(resource + ":" + number + ": unknown part {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(expanded, Matcher.quoteReplacement("(?:" + part + ")"));
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }

    private static Section compile(String resource, String name, Map<String, String> options, List<String> lines) {
        if (lines.isEmpty()) {
            throw new IllegalStateException(resource + ": section [" + name + "] has no phrases");
        }
        List<Phrase> phrases = lines.stream()
                .map(line -> Pattern.compile("(?<!" + WORD + ")(?:" + line + ")(?!" + WORD + ")"))
                .map(Phrase::new)
                .toList();
        return new Section(name, Map.copyOf(options), phrases);
    }

    Section section(String name) {
        Section section = sections.get(name);
        if (section == null) {
            throw new IllegalStateException(resource + " has no section [" + name + "]");
        }
        return section;
    }

    List<Section> sections() {
        return List.copyOf(sections.values());
    }
}
