package org.precinct.intake.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.QuestionChoice;
import org.precinct.intake.QuestionDatatype;

/**
 * One question row of the incident-type form; {@code required} is a checkbox, {@code null} when unchecked. Choices are typed one per line as {@code VALUE | English label |
 * Spanish label}, which keeps the form usable without scripts and quick to fill in.
 */
record QuestionForm(
        @NotBlank(message = "{intake.catalogue.validation.required}")
        @Pattern(regexp = IncidentQuestion.CODE_PATTERN, message = "{intake.catalogue.validation.question-code}")
        String code,

        @NotBlank(message = "{intake.catalogue.validation.required}")
        @Size(max = IncidentQuestion.MAX_LABEL, message = "{intake.catalogue.validation.too-long}")
        String labelEn,

        @NotBlank(message = "{intake.catalogue.validation.required}")
        @Size(max = IncidentQuestion.MAX_LABEL, message = "{intake.catalogue.validation.too-long}")
        String labelEs,

        @NotBlank(message = "{intake.catalogue.validation.choose}")
        @Pattern(regexp = DATATYPES, message = "{intake.catalogue.validation.choose}")
        String datatype,

        Boolean required,

        @Size(max = 8000, message = "{intake.catalogue.validation.too-long}")
        String choices) {

    static final String DATATYPES = "TEXT|NUMBER|BOOLEAN|DATE|CHOICE|MONEY";

    static QuestionForm blank() {
        return new QuestionForm("", "", "", QuestionDatatype.TEXT.name(), false, "");
    }

    static QuestionForm of(IncidentQuestion question) {
        return new QuestionForm(
                question.code(),
                question.labelEn(),
                question.labelEs(),
                question.datatype().name(),
                question.required(),
                question.choices().stream()
                        .map(choice -> choice.value() + " | " + choice.labelEn() + " | " + choice.labelEs())
                        .collect(Collectors.joining("\n")));
    }

    /** The question; call only once the form has passed validation. */
    IncidentQuestion toQuestion() {
        return new IncidentQuestion(
                code.strip(),
                labelEn.strip(),
                labelEs.strip(),
                QuestionDatatype.valueOf(datatype),
                Boolean.TRUE.equals(required),
                parsedChoices());
    }

    /**
     * The choice lines, blank lines skipped. A line short of its labels becomes a choice with blank labels, which the
     * catalogue's rules then refuse with the line's number.
     */
    List<QuestionChoice> parsedChoices() {
        List<QuestionChoice> parsed = new ArrayList<>();
        if (choices == null) {
            return parsed;
        }
        for (String line : choices.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            parsed.add(new QuestionChoice(
                    parts[0].strip(),
                    parts.length > 1 ? parts[1].strip() : "",
                    parts.length > 2 ? parts[2].strip() : ""));
        }
        return parsed;
    }
}
