package org.precinct.records.nibrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.records.NibrsEdits;
import org.precinct.records.NibrsSubmission;
import org.precinct.records.NibrsSubmissions;
import org.precinct.records.NibrsViolation;
import org.springframework.beans.factory.annotation.Autowired;

/** The NIBRS services as the application builds them: the configured ORI and the application's messages. */
@PrecinctTest
class NibrsWiringTests {

    @Autowired
    private NibrsSubmissions submissions;

    @Autowired
    private NibrsEdits edits;

    @Test
    void theApplicationSubmitsUnderItsConfiguredOri() {
        NibrsSubmission submission = submissions.submission(YearMonth.of(2026, 10), List.of(), List.of());

        assertThat(submission.ori().value()).isEqualTo("MO0950100");
        assertThat(submission.isZeroReport()).isTrue();
        assertThatCode(() -> NibrsSchema.validate(submission.documents().get(0).xml()))
                .doesNotThrowAnyException();
    }

    @Test
    void theApplicationPutsViolationsIntoWords() {
        NibrsTestIncidents.Draft draft = NibrsTestIncidents.complete();
        draft.number = "26 004567";

        List<NibrsViolation> violations = edits.check(draft.build(), NibrsTestIncidents.NOVEMBER);

        assertThat(violations)
                .extracting(NibrsViolation::english)
                .containsExactly(
                        "Incident: the incident number 26 004567 must be at most 12 capital letters, digits or hyphens.");
        assertThat(violations)
                .extracting(NibrsViolation::spanish)
                .containsExactly(
                        "Incidente: el número de incidente 26 004567 debe tener como máximo 12 letras mayúsculas, dígitos o guiones.");
    }
}
