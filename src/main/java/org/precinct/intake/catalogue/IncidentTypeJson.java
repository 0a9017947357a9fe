package org.precinct.intake.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.QuestionChoice;
import org.precinct.intake.QuestionDatatype;

/** An incident type as the public API shows it: in one language, and only what a reporting form needs. */
@Schema(name = "IncidentType")
record IncidentTypeJson(
        @Schema(description = "Stable code, upper snake case", example = "THEFT_FROM_VEHICLE")
        String code,

        @Schema(description = "Name in the request's language", example = "Theft from a vehicle")
        String name,

        @Schema(
                description = "NIBRS 2019.1 offense code, or null for what is no crime",
                example = "23F",
                nullable = true)
        String nibrsOffenseCode,

        @Schema(description = "Whether residents may file it online")
        boolean onlineReportable,

        @Schema(description = "Whether it may be filed without the reporter's name and contact")
        boolean anonymousAllowed,

        @Schema(description = "What the reporter is asked, in order")
        List<Question> questions) {

    static IncidentTypeJson of(IncidentTypeView type, Locale locale) {
        return new IncidentTypeJson(
                type.code().value(),
                type.name(locale),
                type.nibrsOffenseCode() == null ? null : type.nibrsOffenseCode().value(),
                type.onlineReportable(),
                type.anonymousAllowed(),
                type.questions().stream()
                        .map(question -> Question.of(question, locale))
                        .toList());
    }

    /** A question: its answer goes under {@code code} in a report's {@code answers}. */
    @Schema(name = "IncidentQuestion")
    record Question(
            @Schema(description = "Key of the answer", example = "vehicleLocked")
            String code,

            @Schema(description = "The question in the request's language", example = "Was the vehicle locked?")
            String label,

            @Schema(
                    description = "TEXT, NUMBER (e.g. 2 or 3.5), BOOLEAN (true/false), DATE (2026-11-23),"
                            + " CHOICE (one of the choices' values) or MONEY (US dollars, e.g. 250.00)")
            QuestionDatatype datatype,

            @Schema(description = "Whether a report needs an answer")
            boolean required,

            @Schema(description = "The possible answers of a CHOICE question; empty otherwise")
            List<Choice> choices) {

        static Question of(IncidentQuestion question, Locale locale) {
            return new Question(
                    question.code(),
                    question.label(locale),
                    question.datatype(),
                    question.required(),
                    question.choices().stream()
                            .map(choice -> Choice.of(choice, locale))
                            .toList());
        }
    }

    /** A possible answer: send {@code value}, show {@code label}. */
    @Schema(name = "QuestionChoice")
    record Choice(
            @Schema(description = "What to send as the answer", example = "BROKEN_WINDOW")
            String value,

            @Schema(description = "What to show, in the request's language", example = "Broken window")
            String label) {

        static Choice of(QuestionChoice choice, Locale locale) {
            return new Choice(choice.value(), choice.label(locale));
        }
    }
}
