package org.precinct.intake.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.TriageRequest;

/**
 * The emergency check against labelled descriptions: the project's public examples and a larger set written for
 * Precinct (English and Spanish, negations, past tense, misspellings). A missed emergency fails the build; false
 * alarms are counted and must stay under 5%.
 */
class ReportTriageExamplesTests {

    private static final ReportTriage triage = new PhraseRuleTriage();

    @Test
    void readsThePublicExamplesRight() {
        LabelledDescriptions examples = LabelledDescriptions.load("intake/triage/examples.tsv");

        assertThat(examples.rows()).hasSize(24);
        assertThat(misread(examples)).as("misread public examples").isEmpty();
    }

    @Test
    void missesNoEmergencyInTheLabelledSetAndRaisesFewFalseAlarms() {
        LabelledDescriptions labelled = LabelledDescriptions.load("intake/triage/labelled.tsv");
        List<String> missed = labelled.rows().stream()
                .filter(LabelledDescriptions.Row::emergency)
                .filter(row -> !triage.assess(TriageRequest.of(row.text())).emergency())
                .map(LabelledDescriptions.Row::text)
                .toList();
        List<String> falseAlarms = labelled.rows().stream()
                .filter(row -> !row.emergency())
                .filter(row -> triage.assess(TriageRequest.of(row.text())).emergency())
                .map(row -> row.text() + " "
                        + triage.assess(TriageRequest.of(row.text())).reasons())
                .toList();
        long routine = labelled.rows().size() - labelled.emergencies();

        assertThat(labelled.rows()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(labelled.emergencies()).isGreaterThanOrEqualTo(50);
        assertThat(routine).isGreaterThanOrEqualTo(50);
        assertThat(missed).as("missed emergencies").isEmpty();
        assertThat(falseAlarms.size() * 100.0 / routine)
                .as("false alarms (%d of %d routine reports): %s", falseAlarms.size(), routine, falseAlarms)
                .isLessThan(5.0);
    }

    private static List<String> misread(LabelledDescriptions set) {
        return set.rows().stream()
                .filter(row -> triage.assess(TriageRequest.of(row.text())).emergency() != row.emergency())
                .map(row -> (row.emergency() ? "missed: " : "false alarm: ") + row.text())
                .toList();
    }
}
