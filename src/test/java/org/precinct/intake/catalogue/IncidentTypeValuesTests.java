package org.precinct.intake.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precinct.intake.DuplicateWindow;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.NibrsOffenseCode;
import org.precinct.intake.Priority;
import org.precinct.intake.QuestionChoice;
import org.precinct.intake.QuestionDatatype;

/** The catalogue's value types, and the form's reading of choice lines. */
class IncidentTypeValuesTests {

    @ParameterizedTest
    @ValueSource(strings = {"THEFT", "THEFT_FROM_VEHICLE", "HIT_AND_RUN", "CODE_2", "A1"})
    void acceptsUpperSnakeCaseCodes(String code) {
        assertThat(new IncidentTypeCode(code).value()).isEqualTo(code);
        assertThat(IncidentTypeCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "T",
                "theft",
                "Theft",
                "THEFT__FROM",
                "_THEFT",
                "THEFT_",
                "2THEFT",
                "THEFT FROM",
                "THEFT-FROM"
            })
    void refusesCodesThatAreNotUpperSnakeCase(String code) {
        assertThat(IncidentTypeCode.isValid(code)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentTypeCode(code));
    }

    @Test
    void refusesCodesLongerThanFortyCharacters() {
        assertThat(IncidentTypeCode.isValid("A".repeat(40))).isTrue();
        assertThat(IncidentTypeCode.isValid("A".repeat(41))).isFalse();
        assertThat(IncidentTypeCode.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23F", "290", "23H", "26A", "26F", "90Z", "09A", "35A", "720"})
    void acceptsOffenseCodesOfTheNibrsTable(String code) {
        assertThat(new NibrsOffenseCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "23", "23Z", "999", "23f", "90Y", "ABC", " 23F"})
    void refusesWhatIsNoNibrsOffenseCode(String code) {
        assertThat(NibrsOffenseCode.isValid(code)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new NibrsOffenseCode(code));
    }

    @Test
    void knowsTheNibrsGroupAndTheMessageKey() {
        assertThat(NibrsOffenseCode.CODES).hasSize(63);
        assertThat(new NibrsOffenseCode("23F").groupA()).isTrue();
        assertThat(new NibrsOffenseCode("90Z").groupA()).isFalse();
        assertThat(new NibrsOffenseCode("290").messageKey()).isEqualTo("intake.nibrs.290");
    }

    @Test
    void ordersPrioritiesThreatToLifeFirst() {
        assertThat(Priority.ofLevel(1)).isEqualTo(Priority.THREAT_TO_LIFE);
        assertThat(Priority.ofLevel(4)).isEqualTo(Priority.STATISTICS_ONLY);
        assertThat(Priority.THREAT_TO_LIFE.moreUrgentThan(Priority.THREAT_TO_PROPERTY))
                .isTrue();
        assertThat(Priority.ROUTINE.moreUrgentThan(Priority.THREAT_TO_PROPERTY)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Priority.ofLevel(0));
        assertThatIllegalArgumentException().isThrownBy(() -> Priority.ofLevel(5));
    }

    @Test
    void aDuplicateWindowIsWholeHoursWithinItsBounds() {
        assertThat(DuplicateWindow.of(100, 48).within()).isEqualTo(Duration.ofHours(48));
        assertThatIllegalArgumentException().isThrownBy(() -> DuplicateWindow.of(0, 24));
        assertThatIllegalArgumentException().isThrownBy(() -> DuplicateWindow.of(50_001, 24));
        assertThatIllegalArgumentException().isThrownBy(() -> DuplicateWindow.of(100, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> DuplicateWindow.of(100, 8_761));
        assertThatIllegalArgumentException().isThrownBy(() -> new DuplicateWindow(100, Duration.ofMinutes(90)));
    }

    @Test
    void aQuestionAcceptsWellFormedAnswersOfItsDatatype() {
        assertThat(question(QuestionDatatype.BOOLEAN, true).accepts("true")).isTrue();
        assertThat(question(QuestionDatatype.BOOLEAN, true).accepts("yes")).isFalse();
        assertThat(question(QuestionDatatype.NUMBER, true).accepts("2")).isTrue();
        assertThat(question(QuestionDatatype.NUMBER, true).accepts("-3.5")).isTrue();
        assertThat(question(QuestionDatatype.NUMBER, true).accepts("two")).isFalse();
        assertThat(question(QuestionDatatype.MONEY, true).accepts("1250")).isTrue();
        assertThat(question(QuestionDatatype.MONEY, true).accepts("19.99")).isTrue();
        assertThat(question(QuestionDatatype.MONEY, true).accepts("-5")).isFalse();
        assertThat(question(QuestionDatatype.MONEY, true).accepts("1.999")).isFalse();
        assertThat(question(QuestionDatatype.DATE, true).accepts("2026-11-23")).isTrue();
        assertThat(question(QuestionDatatype.DATE, true).accepts("2026-02-30")).isFalse();
        assertThat(question(QuestionDatatype.TEXT, true).accepts("Blue bicycle"))
                .isTrue();
        assertThat(question(QuestionDatatype.TEXT, true).accepts("x".repeat(QuestionDatatype.MAX_TEXT + 1)))
                .isFalse();
        IncidentQuestion choice = CatalogueFixtures.entryMethod();
        assertThat(choice.accepts("BROKEN_WINDOW")).isTrue();
        assertThat(choice.accepts("Broken window")).isFalse();
    }

    @Test
    void onlyAnOptionalQuestionMayGoUnanswered() {
        assertThat(question(QuestionDatatype.TEXT, true).accepts(null)).isFalse();
        assertThat(question(QuestionDatatype.TEXT, true).accepts(" ")).isFalse();
        assertThat(question(QuestionDatatype.TEXT, false).accepts(null)).isTrue();
        assertThat(question(QuestionDatatype.MONEY, false).accepts("")).isTrue();
    }

    @Test
    void speaksTheLanguageAskedForAndEnglishOtherwise() {
        IncidentQuestion question = CatalogueFixtures.entryMethod();
        assertThat(question.label(Locale.forLanguageTag("es-MX"))).isEqualTo("¿Cómo entraron?");
        assertThat(question.label(Locale.ENGLISH)).isEqualTo("How did they get in?");
        assertThat(question.label(Locale.FRENCH)).isEqualTo("How did they get in?");
        assertThat(question.choices().get(0).label(Locale.forLanguageTag("es"))).isEqualTo("Ventana rota");
    }

    @Test
    void readsChoiceLinesOfTheFormSkippingBlankLines() {
        QuestionForm form = new QuestionForm(
                "entryMethod",
                "How?",
                "¿Cómo?",
                "CHOICE",
                true,
                " BROKEN_WINDOW | Broken window | Ventana rota \r\n\nUNLOCKED|Unlocked\nODD | A | B | C");

        assertThat(form.parsedChoices())
                .containsExactly(
                        new QuestionChoice("BROKEN_WINDOW", "Broken window", "Ventana rota"),
                        new QuestionChoice("UNLOCKED", "Unlocked", ""),
                        new QuestionChoice("ODD", "A", "B | C"));
        assertThat(QuestionForm.of(form.toQuestion()).choices())
                .isEqualTo("BROKEN_WINDOW | Broken window | Ventana rota\nUNLOCKED | Unlocked | \nODD | A | B | C");
    }

    private static IncidentQuestion question(QuestionDatatype datatype, boolean required) {
        return new IncidentQuestion("answer", "Answer", "Respuesta", datatype, required, List.of());
    }
}
