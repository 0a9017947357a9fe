package org.precinct.intake.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.TriageAnswers;
import org.precinct.intake.TriageReason;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.TriageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The emergency check as explainable rules, read from the phrase lists under {@code intake/triage/}: danger phrases
 * ({@code dangers.txt}), the words that cancel or date them ({@code cues.txt}), innocent look-alikes
 * ({@code masks.txt}) and misspellings ({@code typo-words.txt}). A danger phrase makes the description an emergency
 * unless it is negated ("no weapons"), a worry rather than a fact ("someone will get hurt"), or over by its own rule
 * (dated long enough ago, the suspect gone, the fire out); nothing else can clear it. Any safety answer "yes" is an
 * emergency on its own.
 */
@Component
class PhraseRuleTriage implements ReportTriage {

    static final String MESSAGE_PREFIX = "intake.triage.reason.";

    private static final Logger log = LoggerFactory.getLogger(PhraseRuleTriage.class);
    private static final String FOLDER = "intake/triage/";
    private static final int PHRASE_LENGTH = 160;
    /** How many words a negation reaches forward ("nobody in the other car was hurt"). */
    private static final int NEGATION_REACH = 7;
    /** How many words before a phrase may hold the verb that dates it ("he has a gun", "there's smoke"). */
    private static final int AUX_REACH = 3;
    /** How many words before a phrase may hold a worry ("someone is going to get hurt"). */
    private static final int WORRY_REACH = 5;

    private static final List<String> PAST_LEVELS = List.of("past-recent", "past-hours", "past-days", "past-long");

    private final TypoCorrections typos;
    private final List<PhraseBook.Section> masks;
    private final List<DangerRule> dangers;
    private final PhraseBook cues;
    private final IncidentTypeSuggester types;
    private final Set<String> resolutions = new LinkedHashSet<>();

    PhraseRuleTriage() {
        this(
                PhraseBook.load(FOLDER + "dangers.txt"),
                PhraseBook.load(FOLDER + "cues.txt"),
                PhraseBook.load(FOLDER + "masks.txt"),
                new TypoCorrections(words(FOLDER + "typo-words.txt"), words(FOLDER + "typo-real-words.txt")),
                new IncidentTypeSuggester(PhraseBook.load(FOLDER + "incident-types.txt")));
    }

    PhraseRuleTriage(
            PhraseBook dangers, PhraseBook cues, PhraseBook masks, TypoCorrections typos, IncidentTypeSuggester types) {
        this.dangers = dangers.sections().stream().map(DangerRule::of).toList();
        this.cues = cues;
        this.masks = masks.sections();
        this.typos = typos;
        this.types = types;
        for (DangerRule rule : this.dangers) {
            if (rule.resolvedBy() != null) {
                cues.section(rule.resolvedBy());
                resolutions.add(rule.resolvedBy());
            }
        }
    }

    @Override
    public TriageResult assess(TriageRequest request) {
        List<TriageReason> reasons = new ArrayList<>(answerReasons(request.answers()));
        String suggestion = null;
        try {
            TriageText text = TriageText.of(request.description(), TriageRequest.MAX_DESCRIPTION_LENGTH, typos);
            Reading reading = new Reading(text);
            reasons.addAll(reading.reasons());
            suggestion = types.suggest(reading.words);
        } catch (RuntimeException | StackOverflowError e) {
            // Safety first: a description the rules could not read is sent to 911 rather than let through.
            log.warn(
                    "The emergency check could not read a description of {} characters",
                    request.description().length(),
                    e);
            reasons.add(new TriageReason("unchecked", "", MESSAGE_PREFIX + "unchecked"));
        }
        return new TriageResult(!reasons.isEmpty(), reasons, suggestion);
    }

    private static List<TriageReason> answerReasons(TriageAnswers answers) {
        List<TriageReason> reasons = new ArrayList<>();
        if (answers.injured()) {
            reasons.add(answer("answer-injured", "injured"));
        }
        if (answers.happeningNow()) {
            reasons.add(answer("answer-happening-now", "happeningNow"));
        }
        if (answers.suspectPresent()) {
            reasons.add(answer("answer-suspect-present", "suspectPresent"));
        }
        if (answers.danger()) {
            reasons.add(answer("answer-danger", "danger"));
        }
        return reasons;
    }

    private static TriageReason answer(String code, String question) {
        return new TriageReason(code, question, MESSAGE_PREFIX + code);
    }

    /** The reason codes the danger list can raise, for the message bundles' sake. */
    Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        dangers.forEach(rule -> codes.add(rule.code()));
        codes.addAll(List.of(
                "answer-injured", "answer-happening-now", "answer-suspect-present", "answer-danger", "unchecked"));
        return codes;
    }

    static Set<String> words(String resource) {
        InputStream in = PhraseRuleTriage.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Word list not found on the class path: " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>();
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(words::add);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Aspect {
        PRESENT,
        PAST,
        OPEN,
        UNKNOWN
    }

    /** One description read against the cues: which words negate, date, or join what. */
    private final class Reading {

        private final TriageText text;
        private final int size;
        private final int[] starts;
        private final PhraseBook.Words words;
        private final boolean[] clauseBreak;
        private final boolean[] listJoint;
        private final boolean[] clauseSubject;
        private final boolean[] breaker;
        private final boolean[] worry;
        private final boolean[] presentAux;
        private final boolean[] pastAux;
        private final boolean[] openAux;
        private final boolean[] negationAfter;
        private final List<int[]> negations;
        private final boolean[] now;
        private final boolean[] soon;
        private final boolean[] habitual;
        private final boolean[] afterTheFact;
        private final int[] past;
        private final boolean gone;
        private final Map<String, Boolean> resolved = new HashMap<>();

        Reading(TriageText text) {
            this.text = text;
            this.size = text.size();
            this.starts = text.wordStarts();
            this.words = PhraseBook.Words.of(text.canonical(), starts);
            clauseBreak = tokens("clause-break", false);
            listJoint = tokens("list-joint", false);
            clauseSubject = tokens("clause-subject", false);
            breaker = tokens("negation-breaker", true);
            worry = tokens("hypothetical", true);
            presentAux = tokens("present-aux", false);
            pastAux = tokens("past-aux", false);
            openAux = tokens("open-aux", false);
            negationAfter = tokens("negation-after", false);
            negations = spans("negation");
            int sentences = text.sentenceCount();
            now = sentences("present-now", sentences);
            soon = sentences("present-soon", sentences);
            habitual = sentences("habitual", sentences);
            afterTheFact = sentences("after-the-fact", sentences);
            past = pastLevels(sentences);
            gone = cues.section("gone").matchesAnywhere(words);
            for (String resolution : resolutions) {
                resolved.put(resolution, cues.section(resolution).matchesAnywhere(words));
            }
        }

        List<TriageReason> reasons() {
            if (size == 0) {
                return List.of();
            }
            String masked = mask(text.canonical());
            PhraseBook.Words maskedWords =
                    masked.equals(text.canonical()) ? words : PhraseBook.Words.of(masked, starts);
            List<Mention> found = new ArrayList<>();
            for (DangerRule rule : dangers) {
                for (int[] match : rule.phrases().matches(maskedWords)) {
                    Mention mention = new Mention(rule, text.firstToken(match[0]), text.lastToken(match[1]));
                    if (isEmergency(mention)) {
                        found.add(mention);
                        break;
                    }
                }
            }
            found.sort(Comparator.comparingInt(Mention::first));
            Set<String> codes = new HashSet<>();
            List<TriageReason> reasons = new ArrayList<>();
            for (Mention mention : found) {
                String code = mention.rule().code();
                if (codes.add(code)) {
                    reasons.add(new TriageReason(
                            code, text.quote(mention.first(), mention.last(), PHRASE_LENGTH), MESSAGE_PREFIX + code));
                }
            }
            return reasons;
        }

        private boolean isEmergency(Mention mention) {
            DangerRule rule = mention.rule();
            if (negated(mention)) {
                return false;
            }
            if (rule.clearedByWorry() && worried(mention.first())) {
                return false;
            }
            int sentence = text.sentenceOf(mention.first());
            Aspect aspect = aspect(mention);
            boolean present = aspect == Aspect.PRESENT;
            switch (rule.needs()) {
                case NOW -> {
                    if (!now[sentence]) {
                        return false;
                    }
                }
                case PRESENT -> {
                    if (!now[sentence] && !soon[sentence] && !present) {
                        return false;
                    }
                }
                case NOTHING -> {
                    // any tense may do
                }
            }
            if (now[sentence]) {
                return true;
            }
            if (rule.resolvedBy() != null
                    && resolved.get(rule.resolvedBy())
                    && (rule.resolvedEvenInPresent() || !present)) {
                return false;
            }
            if (rule.clearedByHabit() && habitual[sentence]) {
                return false;
            }
            if (present || soon[sentence]) {
                return true;
            }
            if (rule.clearedByPastAspect() && (aspect == Aspect.PAST || aspect == Aspect.OPEN)) {
                return false;
            }
            if (rule.clearedWhenGone() && gone) {
                return false;
            }
            if (rule.clearedAfterTheFact() && afterTheFact[sentence]) {
                return false;
            }
            return past[sentence] < rule.clearedAtPast();
        }

        private boolean negated(Mention mention) {
            int first = mention.first();
            for (int i = negations.size() - 1; i >= 0; i--) {
                int[] cue = negations.get(i);
                if (cue[1] >= first) {
                    continue;
                }
                if (first - cue[1] > NEGATION_REACH) {
                    break;
                }
                if (reaches(cue[1] + 1, first - 1)) {
                    return true;
                }
                break;
            }
            for (int t = mention.last() + 1; t <= Math.min(size - 1, mention.last() + 2); t++) {
                if (negationAfter[t]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a negation just before {@code from} reaches past the words up to {@code to}. */
        private boolean reaches(int from, int to) {
            boolean afterJoint = false;
            for (int t = from; t <= to; t++) {
                if (clauseBreak[t] || breaker[t]) {
                    return false;
                }
                if (listJoint[t]) {
                    afterJoint = true;
                } else if (afterJoint && clauseSubject[t]) {
                    return false;
                }
            }
            return true;
        }

        private boolean worried(int first) {
            for (int t = first - 1; t >= Math.max(0, first - WORRY_REACH); t--) {
                if (worry[t]) {
                    return true;
                }
                if (clauseBreak[t] || TriageText.isPunctuation(text.token(t))) {
                    return false;
                }
            }
            return false;
        }

        private Aspect aspect(Mention mention) {
            for (int t = mention.first(); t <= mention.last(); t++) {
                Aspect aspect = aspectOf(t);
                if (aspect != Aspect.UNKNOWN) {
                    return aspect;
                }
            }
            for (int t = mention.first() - 1; t >= Math.max(0, mention.first() - AUX_REACH); t--) {
                if (clauseBreak[t] || TriageText.isPunctuation(text.token(t))) {
                    break;
                }
                Aspect aspect = aspectOf(t);
                if (aspect != Aspect.UNKNOWN) {
                    return aspect;
                }
            }
            return Aspect.UNKNOWN;
        }

        private Aspect aspectOf(int token) {
            if (openAux[token]) {
                return Aspect.OPEN;
            }
            if (presentAux[token]) {
                // "has been stealing" is open, "has a gun" is present
                return token + 1 < size && openAux[token + 1] ? Aspect.OPEN : Aspect.PRESENT;
            }
            return pastAux[token] ? Aspect.PAST : Aspect.UNKNOWN;
        }

        private String mask(String canonical) {
            char[] chars = null;
            for (PhraseBook.Section mask : masks) {
                for (int[] match : mask.matches(words)) {
                    if (chars == null) {
                        chars = canonical.toCharArray();
                    }
                    for (int c = match[0]; c < match[1]; c++) {
                        if (chars[c] != ' ') {
                            chars[c] = '_';
                        }
                    }
                }
            }
            return chars == null ? canonical : new String(chars);
        }

        private boolean[] tokens(String section, boolean wholeSpan) {
            boolean[] marks = new boolean[size];
            for (int[] match : cues.section(section).matches(words)) {
                int first = text.firstToken(match[0]);
                int last = wholeSpan ? text.lastToken(match[1]) : first;
                for (int t = first; t <= last; t++) {
                    marks[t] = true;
                }
            }
            return marks;
        }

        private List<int[]> spans(String section) {
            List<int[]> spans = new ArrayList<>();
            for (int[] match : cues.section(section).matches(words)) {
                spans.add(new int[] {text.firstToken(match[0]), text.lastToken(match[1])});
            }
            return spans;
        }

        private boolean[] sentences(String section, int sentences) {
            boolean[] marks = new boolean[sentences];
            for (int[] match : cues.section(section).matches(words)) {
                marks[text.sentenceOf(text.firstToken(match[0]))] = true;
            }
            return marks;
        }

        /**
         * How long ago each sentence happened (0 unknown, 1 minutes ago ... 4 last week or before). A sentence with
         * no time of its own takes the one before it, unless it is about now; "It happened last night" also dates
         * the sentences before it.
         */
        private int[] pastLevels(int sentences) {
            int[] own = new int[sentences];
            for (int level = 1; level <= PAST_LEVELS.size(); level++) {
                for (int[] match : cues.section(PAST_LEVELS.get(level - 1)).matches(words)) {
                    int sentence = text.sentenceOf(text.firstToken(match[0]));
                    own[sentence] = Math.max(own[sentence], level);
                }
            }
            boolean[] refersBack = sentences("refers-back", sentences);
            int[] effective = new int[sentences];
            int carried = 0;
            for (int s = 0; s < sentences; s++) {
                if (own[s] > 0) {
                    carried = own[s];
                } else if (now[s] || soon[s]) {
                    carried = 0;
                }
                effective[s] = carried;
            }
            for (int s = sentences - 1; s > 0; s--) {
                if (refersBack[s] && own[s] > 0) {
                    for (int before = s - 1;
                            before >= 0 && own[before] == 0 && !now[before] && !soon[before];
                            before--) {
                        effective[before] = Math.max(effective[before], own[s]);
                    }
                }
            }
            return effective;
        }
    }
}
