package org.precinct.intake.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code {W}} stands for any one word.
 */
final class PhraseBook {

    private static final String WORD = "[\\p{L}\\p{N}'_]";
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
    record Section(String name, Map<String, String> options, Pattern pattern, int phrases) {

        boolean flag(String option) {
            return options.containsKey(option);
        }

        String option(String option, String otherwise) {
            return options.getOrDefault(option, otherwise);
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
        parts.put("W", "[\\p{L}\\p{N}']+");
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

    private static Section compile(String resource, String name, Map<String, String> options, List<String> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalStateException(resource + ": section [" + name + "] has no phrases");
        }
        String alternatives =
                String.join("|", phrases.stream().map(p -> "(?:" + p + ")").toList());
        Pattern pattern = Pattern.compile("(?<!" + WORD + ")(?:" + alternatives + ")(?!" + WORD + ")");
        return new Section(name, Map.copyOf(options), pattern, phrases.size());
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
