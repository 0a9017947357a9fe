package org.precinct.intake.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precinct.intake.catalogue.CatalogueFixtures.definition;
import static org.precinct.intake.catalogue.CatalogueFixtures.entryMethod;
import static org.precinct.intake.catalogue.CatalogueFixtures.vehicleLocked;
import static org.precinct.intake.catalogue.CatalogueFixtures.withHandling;
import static org.precinct.intake.catalogue.CatalogueFixtures.withQuestions;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.Priority;
import org.precinct.intake.QuestionChoice;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.Routing;

class IncidentTypeRulesTests {

    private static final IncidentTypeCode CODE = new IncidentTypeCode("THEFT_FROM_VEHICLE");

    @Test
    void definesAnActiveTypeThatReadsBackAsDefined() {
        IncidentType type = IncidentType.define(CODE, definition("Theft from a vehicle"));

        IncidentTypeView view = type.view();
        assertThat(view.code()).isEqualTo(CODE);
        assertThat(view.active()).isTrue();
        assertThat(view.nibrsOffenseCode().value()).isEqualTo("23F");
        assertThat(view.reviewTarget()).isEqualTo(Duration.ofHours(24));
        assertThat(view.duplicateWindow().distanceMetres()).isEqualTo(50);
        assertThat(view.questions())
                .extracting(IncidentQuestion::code)
                .containsExactly("vehicleLocked", "entryMethod", "estimatedValue");
        assertThat(view.question("entryMethod").orElseThrow().choices())
                .extracting(QuestionChoice::value)
                .containsExactly("BROKEN_WINDOW", "UNLOCKED", "UNKNOWN");
    }

    @Test
    void aChoiceQuestionNeedsAtLeastTwoChoices() {
        IncidentQuestion oneChoice = new IncidentQuestion(
                "entryMethod",
                "How?",
                "¿Cómo?",
                QuestionDatatype.CHOICE,
                true,
                List.of(new QuestionChoice("UNKNOWN", "Unknown", "Se desconoce")));

        assertThat(problems(withQuestions(definition("Break-in"), List.of(oneChoice))))
                .containsExactly("questions[0].choices intake.catalogue.rule.choice-count");
    }

    @Test
    void onlyChoiceQuestionsHaveChoices() {
        IncidentQuestion booleanWithChoices = new IncidentQuestion(
                "vehicleLocked",
                "Locked?",
                "¿Cerrado?",
                QuestionDatatype.BOOLEAN,
                true,
                entryMethod().choices());

        assertThat(problems(withQuestions(definition("Break-in"), List.of(booleanWithChoices))))
                .containsExactly("questions[0].choices intake.catalogue.rule.choices-only-for-choice");
    }

    @Test
    void choiceValuesAreWellFormedDistinctAndLabelledInBothLanguages() {
        IncidentQuestion badChoices = new IncidentQuestion(
                "entryMethod",
                "How?",
                "¿Cómo?",
                QuestionDatatype.CHOICE,
                true,
                List.of(
                        new QuestionChoice("broken window", "Broken window", "Ventana rota"),
                        new QuestionChoice("UNLOCKED", "Unlocked", "Sin seguro"),
                        new QuestionChoice("UNLOCKED", "Open", "Abierto"),
                        new QuestionChoice("PRIED", "Pried", "")));

        assertThat(problems(withQuestions(definition("Break-in"), List.of(badChoices))))
                .containsExactly(
                        "questions[0].choices intake.catalogue.validation.choice-value",
                        "questions[0].choices intake.catalogue.rule.choice-value-taken",
                        "questions[0].choices intake.catalogue.validation.choice-label");
    }

    @Test
    void questionCodesAreWellFormedAndUniqueWithinTheType() {
        IncidentQuestion badCode = new IncidentQuestion(
                "Vehicle_Locked", "Locked?", "¿Cerrado?", QuestionDatatype.BOOLEAN, false, List.of());

        assertThat(problems(withQuestions(definition("Break-in"), List.of(vehicleLocked(), vehicleLocked(), badCode))))
                .containsExactly(
                        "questions[1].code intake.catalogue.rule.question-code-taken",
                        "questions[2].code intake.catalogue.validation.question-code");
    }

    @Test
    void asksAtMostTwelveQuestions() {
        List<IncidentQuestion> thirteen = java.util.stream.IntStream.range(0, 13)
                .mapToObj(i -> new IncidentQuestion(
                        "question" + i, "Question " + i, "Pregunta " + i, QuestionDatatype.TEXT, false, List.of()))
                .toList();

        assertThat(problems(withQuestions(definition("Many questions"), thirteen)))
                .containsExactly("null intake.catalogue.rule.too-many-questions");
        assertThat(problems(withQuestions(definition("Few questions"), Collections.emptyList())))
                .isEmpty();
    }

    @Test
    void aThreatToLifeIsNeverFiledOnline() {
        assertThat(problems(withHandling(
                        definition("Threat"), true, false, Priority.THREAT_TO_LIFE, Routing.OFFICER_FOLLOW_UP)))
                .containsExactly("onlineReportable intake.catalogue.rule.life-not-online");
        assertThat(problems(withHandling(
                        definition("Threat"), false, false, Priority.THREAT_TO_LIFE, Routing.OFFICER_FOLLOW_UP)))
                .isEmpty();
    }

    @Test
    void whatGoesToStatisticsOnlyHasTheStatisticsPriority() {
        assertThat(problems(
                        withHandling(definition("Counted"), true, false, Priority.ROUTINE, Routing.STATISTICS_ONLY)))
                .containsExactly("defaultPriority intake.catalogue.rule.statistics-priority");
        assertThat(problems(withHandling(
                        definition("Counted"), true, false, Priority.STATISTICS_ONLY, Routing.STATISTICS_ONLY)))
                .isEmpty();
    }

    @Test
    void complaintsAboutOfficersAreAlwaysTakenAnonymously() {
        assertThat(problems(
                        withHandling(definition("Complaint"), true, false, Priority.ROUTINE, Routing.INTERNAL_AFFAIRS)))
                .containsExactly("anonymousAllowed intake.catalogue.rule.complaints-anonymous");
    }

    @Test
    void anonymityDoesNotDependOnOnlineReporting() {
        assertThat(problems(withHandling(
                        definition("Phone tip"), false, true, Priority.ROUTINE, Routing.OFFICER_FOLLOW_UP)))
                .isEmpty();
    }

    @Test
    void namesDescriptionsAndReviewTargetAreChecked() {
        IncidentTypeDefinition bad = new IncidentTypeDefinition(
                " ",
                "x".repeat(IncidentType.MAX_NAME + 1),
                "Covers this.",
                "",
                null,
                true,
                false,
                Priority.ROUTINE,
                Duration.ofMinutes(90),
                null,
                Routing.RECORDS_REVIEW,
                List.of());

        assertThat(problems(bad))
                .containsExactly(
                        "nameEn intake.catalogue.validation.required",
                        "nameEs intake.catalogue.rule.too-long",
                        "descriptionEs intake.catalogue.validation.required",
                        "reviewTargetHours intake.catalogue.validation.review-target");
    }

    @Test
    void aRefusedRedefinitionLeavesTheTypeAsItWas() {
        IncidentType type = IncidentType.define(CODE, definition("Theft from a vehicle"));
        IncidentTypeDefinition broken =
                withHandling(definition("Renamed"), true, false, Priority.ROUTINE, Routing.INTERNAL_AFFAIRS);

        assertThatThrownBy(() -> type.redefine(broken))
                .isInstanceOf(CatalogueRuleViolation.class)
                .hasMessage("intake.catalogue.rule.complaints-anonymous");
        assertThat(type.view().nameEn()).isEqualTo("Theft from a vehicle");
        assertThat(type.view().routing()).isEqualTo(Routing.RECORDS_REVIEW);
    }

    @Test
    void redefiningReplacesTheQuestionsButKeepsTheCode() {
        IncidentType type = IncidentType.define(CODE, definition("Theft from a vehicle"));

        type.redefine(withQuestions(definition("Vehicle break-in"), List.of(entryMethod())));

        assertThat(type.view().code()).isEqualTo(CODE);
        assertThat(type.view().nameEn()).isEqualTo("Vehicle break-in");
        assertThat(type.view().questions()).extracting(IncidentQuestion::code).containsExactly("entryMethod");
    }

    @Test
    void deactivatesAndReactivatesOnlyOnce() {
        IncidentType type = IncidentType.define(CODE, definition("Theft from a vehicle"));

        type.deactivate();
        assertThat(type.view().active()).isFalse();
        assertThat(type.view().fileableOnline()).isFalse();
        assertThatThrownBy(type::deactivate).hasMessage("intake.catalogue.rule.already-inactive");

        type.reactivate();
        assertThat(type.view().active()).isTrue();
        assertThatThrownBy(type::reactivate).hasMessage("intake.catalogue.rule.already-active");
    }

    @Test
    void collectsEveryProblemOfADefinitionAtOnce() {
        IncidentQuestion badQuestion =
                new IncidentQuestion("x", "", "Pregunta", QuestionDatatype.CHOICE, true, List.of());
        IncidentTypeDefinition bad = withHandling(
                withQuestions(definition(""), List.of(badQuestion)),
                true,
                false,
                Priority.THREAT_TO_LIFE,
                Routing.INTERNAL_AFFAIRS);

        assertThatThrownBy(() -> IncidentType.define(CODE, bad))
                .isInstanceOfSatisfying(
                        CatalogueRuleViolation.class,
                        violation -> assertThat(violation.problems())
                                .extracting(CatalogueProblem::field)
                                .containsExactly(
                                        "nameEn",
                                        "onlineReportable",
                                        "anonymousAllowed",
                                        "questions[0].code",
                                        "questions[0].labelEn",
                                        "questions[0].choices"));
    }

    private static List<String> problems(IncidentTypeDefinition definition) {
        return IncidentType.problemsWith(definition).stream()
                .map(problem -> problem.field() + " " + problem.messageKey())
                .toList();
    }
}
