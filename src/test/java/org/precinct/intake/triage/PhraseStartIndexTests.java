package org.precinct.intake.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The phrase lists find exactly what trying every phrase at every word would find, the first listed phrase winning,
 * while they skip the phrases that cannot begin with the word found there: on the labelled descriptions, reading
 * each twice (the second time from the remembered words), and on text no phrase list was written for.
 */
class PhraseStartIndexTests {

    private static final List<String> BOOKS = List.of("dangers", "cues", "masks", "incident-types");

    private final TypoCorrections typos = new TypoCorrections(
            PhraseRuleTriage.words("intake/triage/typo-words.txt"),
            PhraseRuleTriage.words("intake/triage/typo-real-words.txt"));

    @Test
    void everySectionFindsWhatTryingEveryPhraseEverywhereFinds() {
        List<String> texts = new ArrayList<>();
        Stream.of("intake/triage/labelled.tsv", "intake/triage/examples.tsv")
                .map(LabelledDescriptions::load)
                .flatMap(set -> set.rows().stream())
                .forEach(row -> texts.add(row.text()));
        texts.add("zzz qqq xyzzy 12345 ... !!! nobody was hurt , the suspect is long gone");
        texts.add("Él tenía un arma, ya se fue. Nadie resultó herido");
        texts.add("");
        for (String book : BOOKS) {
            for (PhraseBook.Section section :
                    PhraseBook.load("intake/triage/" + book + ".txt").sections()) {
                for (int reading = 0; reading < 2; reading++) {
                    for (String description : texts) {
                        TriageText text = TriageText.of(description, 10_000, typos);
                        PhraseBook.Words words = PhraseBook.Words.of(text.canonical(), text.wordStarts());
                        assertThat(section.matches(words))
                                .as("[%s] in %s on \"%s\"", section.name(), book, description)
                                .usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
                                .containsExactlyElementsOf(everyPhraseEverywhere(section, words));
                    }
                }
            }
        }
    }

    /** The matches as the section's contract states them, without any skipping. */
    private static List<int[]> everyPhraseEverywhere(PhraseBook.Section section, PhraseBook.Words words) {
        String text = words.text();
        List<int[]> found = new ArrayList<>();
        int after = 0;
        for (int word = 0; word < words.count(); word++) {
            int start = words.start(word);
            if (start < after) {
                continue;
            }
            for (PhraseBook.Phrase phrase : section.phrases()) {
                Matcher matcher = phrase.pattern()
                        .matcher(text)
                        .useTransparentBounds(true)
                        .useAnchoringBounds(false)
                        .region(start, text.length());
                if (matcher.lookingAt() && matcher.end() > start) {
                    found.add(new int[] {start, matcher.end()});
                    after = matcher.end();
                    break;
                }
            }
        }
        return found;
    }
}
