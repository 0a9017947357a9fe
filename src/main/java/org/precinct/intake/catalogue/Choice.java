package org.precinct.intake.catalogue;

import org.precinct.intake.QuestionChoice;
import org.springframework.data.relational.core.mapping.Table;

/** One answer a choice question offers; part of the {@link IncidentType} aggregate. */
@Table(schema = "intake", name = "incident_question_choice")
class Choice {

    private final String value;
    private final String labelEn;
    private final String labelEs;

    Choice(String value, String labelEn, String labelEs) {
        this.value = value;
        this.labelEn = labelEn;
        this.labelEs = labelEs;
    }

    static Choice of(QuestionChoice choice) {
        return new Choice(choice.value(), choice.labelEn(), choice.labelEs());
    }

    QuestionChoice view() {
        return new QuestionChoice(value, labelEn, labelEs);
    }
}
