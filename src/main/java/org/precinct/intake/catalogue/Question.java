package org.precinct.intake.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.QuestionDatatype;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A question of an incident type, with its choices; part of the {@link IncidentType} aggregate. */
@Table(schema = "intake", name = "incident_question")
class Question {

    private final String code;
    private final String labelEn;
    private final String labelEs;
    private final QuestionDatatype datatype;
    private final boolean required;

    @MappedCollection(idColumn = "incident_type_id", keyColumn = "choice_position")
    private final List<Choice> choices;

    @PersistenceCreator
    Question(
            String code,
            String labelEn,
            String labelEs,
            QuestionDatatype datatype,
            boolean required,
            List<Choice> choices) {
        this.code = code;
        this.labelEn = labelEn;
        this.labelEs = labelEs;
        this.datatype = datatype;
        this.required = required;
        this.choices = new ArrayList<>(choices == null ? List.of() : choices);
    }

    static Question of(IncidentQuestion question) {
        return new Question(
                question.code(),
                question.labelEn(),
                question.labelEs(),
                question.datatype(),
                question.required(),
                question.choices().stream().map(Choice::of).toList());
    }

    IncidentQuestion view() {
        return new IncidentQuestion(
                code,
                labelEn,
                labelEs,
                datatype,
                required,
                choices.stream().map(Choice::view).toList());
    }
}
