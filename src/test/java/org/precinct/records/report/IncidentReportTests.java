package org.precinct.records.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportProblem;
import org.precinct.records.IncidentReportStatus;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;

/** The review rules of an incident report, without Spring: who may take which step, and in which state. */
class IncidentReportTests {

    private static final Instant AT = Instant.parse("2026-11-20T15:00:00Z");
    private static final ReportActor AUTHOR = new ReportActor("dlee", "Ofc. Dana Lee", "4411", Set.of(Role.OFFICER));
    private static final ReportActor OTHER_OFFICER =
            new ReportActor("bkim", "Ofc. Bo Kim", "4412", Set.of(Role.OFFICER));
    private static final ReportActor SERGEANT =
            new ReportActor("aruiz", "Sgt. Ana Ruiz", "3100", Set.of(Role.SUPERVISOR));
    private static final ReportActor CLERK = new ReportActor("mgray", "Mia Gray", null, Set.of(Role.RECORDS));
    private static final ReportActor ANALYST = new ReportActor("tpark", "Tom Park", null, Set.of(Role.ANALYST));
    private static final List<IncidentReportProblem> NOTHING_MISSING = List.of();

    @Test
    void aReportGoesFromDraftThroughBothReviewsToApprovedAndClosed() {
        IncidentReport report = IncidentReport.draft("26-000101", content("Window smashed"), AUTHOR, AT);
        assertThat(report.status()).isEqualTo(IncidentReportStatus.DRAFT);

        report.submit(NOTHING_MISSING, AUTHOR, AT.plusSeconds(60));
        assertThat(report.status()).isEqualTo(IncidentReportStatus.SUBMITTED);
        report.startReview(SERGEANT, AT.plusSeconds(120));
        assertThat(report.status()).isEqualTo(IncidentReportStatus.SUPERVISOR_REVIEW);
        assertThat(report.reviewer()).isEqualTo("aruiz");
        report.supervisorApprove(NOTHING_MISSING, SERGEANT, AT.plusSeconds(180));
        assertThat(report.status()).isEqualTo(IncidentReportStatus.RECORDS_REVIEW);
        report.recordsApprove(NOTHING_MISSING, CLERK, AT.plusSeconds(240));
        assertThat(report.status()).isEqualTo(IncidentReportStatus.APPROVED);
        assertThat(report.approvedAt()).isEqualTo(AT.plusSeconds(240));
        report.close(CLERK, AT.plusSeconds(300));

        assertThat(report.status()).isEqualTo(IncidentReportStatus.CLOSED);
        assertThat(report.history())
                .extracting(ReportStep::kind)
                .containsExactly(
                        ReportStep.Kind.CREATED,
                        ReportStep.Kind.SUBMITTED,
                        ReportStep.Kind.REVIEW_STARTED,
                        ReportStep.Kind.SUPERVISOR_APPROVED,
                        ReportStep.Kind.RECORDS_APPROVED,
                        ReportStep.Kind.CLOSED);
    }

    @Test
    void aReturnedReportIsADraftAgainWithTheCommentsTheAuthorReadsUntilItIsSubmittedAgain() {
        IncidentReport report = submitted();
        report.returnToAuthor("  Add the laptop's serial number.  ", SERGEANT, AT.plusSeconds(100));

        assertThat(report.status()).isEqualTo(IncidentReportStatus.DRAFT);
        assertThat(report.returnComments()).isEqualTo("Add the laptop's serial number.");
        assertThat(report.mayTake(IncidentReport.Action.EDIT, AUTHOR)).isTrue();

        report.edit(content("Window smashed; laptop serial XK-55 taken"));
        report.submit(NOTHING_MISSING, AUTHOR, AT.plusSeconds(200));
        assertThat(report.returnComments()).isNull();
        assertThat(report.history()).extracting(ReportStep::comment).contains("Add the laptop's serial number.");
    }

    @Test
    void aReturnNeedsComments() {
        IncidentReport report = submitted();
        assertThatThrownBy(() -> report.returnToAuthor("  ", SERGEANT, AT))
                .isInstanceOf(InvalidReportInput.class)
                .satisfies(thrown -> assertThat(((InvalidReportInput) thrown).problems())
                        .containsEntry("comments", "records.report.input.required"));
        assertThat(report.status()).isEqualTo(IncidentReportStatus.SUBMITTED);
    }

    @Test
    void anApprovedReportIsLockedAndOnlyARecordsCorrectionWithAReasonChangesIt() {
        IncidentReport report = approved();

        assertThatThrownBy(() -> report.edit(content("Changed afterwards")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("records.report.rule.approved-locked");
        assertThat(report.content().narrative()).isEqualTo("Window smashed");
        assertThat(report.mayTake(IncidentReport.Action.CORRECT, AUTHOR)).isFalse();
        assertThat(report.mayTake(IncidentReport.Action.CORRECT, CLERK)).isTrue();

        assertThatThrownBy(() -> report.correct(content("Corrected"), " ", CLERK, AT))
                .isInstanceOf(InvalidReportInput.class);
        report.correct(content("Window smashed at the rear"), "Officer's supplement of 21 Nov", CLERK, AT);
        assertThat(report.content().narrative()).isEqualTo("Window smashed at the rear");
        assertThat(report.status()).isEqualTo(IncidentReportStatus.APPROVED);
        ReportStep last = report.history().get(report.history().size() - 1);
        assertThat(last.kind()).isEqualTo(ReportStep.Kind.CORRECTED);
        assertThat(last.comment()).isEqualTo("Officer's supplement of 21 Nov");
    }

    @Test
    void aReportInReviewCannotBeEditedOrSubmittedAgain() {
        IncidentReport report = submitted();
        assertThatThrownBy(() -> report.edit(content("x")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("records.report.rule.in-review");
        assertThatThrownBy(() -> report.submit(NOTHING_MISSING, AUTHOR, AT))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("records.report.rule.not-a-draft");
        assertThatThrownBy(() -> report.recordsApprove(NOTHING_MISSING, CLERK, AT))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("records.report.rule.not-in-records-review");
    }

    @Test
    void aBlockingProblemStopsSubmissionButAWarningDoesNot() {
        IncidentReport report = IncidentReport.draft("26-000102", content("x"), AUTHOR, AT);
        List<IncidentReportProblem> missing =
                List.of(IncidentReportProblem.missing("narrative", "records.report.missing.narrative", 30));
        assertThatThrownBy(() -> report.submit(missing, AUTHOR, AT))
                .isInstanceOf(IncompleteReportException.class)
                .satisfies(thrown -> assertThat(((IncompleteReportException) thrown).problems())
                        .isEqualTo(missing));
        assertThat(report.status()).isEqualTo(IncidentReportStatus.DRAFT);

        report.submit(List.of(IncidentReportProblem.warning("address", "records.report.warning.outside")), AUTHOR, AT);
        assertThat(report.status()).isEqualTo(IncidentReportStatus.SUBMITTED);
    }

    @Test
    void noSupervisorReviewsTheirOwnReport() {
        ReportActor writingSergeant = new ReportActor("aruiz", "Sgt. Ana Ruiz", "3100", Set.of(Role.SUPERVISOR));
        IncidentReport report = IncidentReport.draft("26-000103", content("x"), writingSergeant, AT);
        report.submit(NOTHING_MISSING, writingSergeant, AT);
        assertThatThrownBy(() -> report.supervisorApprove(NOTHING_MISSING, writingSergeant, AT))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("records.report.rule.own-report");
        assertThat(report.status()).isEqualTo(IncidentReportStatus.SUBMITTED);
    }

    @Test
    void eachStepIsForItsRole() {
        IncidentReport draft = IncidentReport.draft("26-000104", content("x"), AUTHOR, AT);
        assertThat(draft.mayTake(IncidentReport.Action.EDIT, AUTHOR)).isTrue();
        assertThat(draft.mayTake(IncidentReport.Action.EDIT, OTHER_OFFICER)).isFalse();
        assertThat(draft.mayTake(IncidentReport.Action.SUBMIT, CLERK)).isFalse();
        assertThat(draft.mayTake(IncidentReport.Action.SUPERVISOR_APPROVE, OTHER_OFFICER))
                .isFalse();
        assertThat(draft.mayTake(IncidentReport.Action.SUPERVISOR_APPROVE, SERGEANT))
                .isTrue();
        assertThat(draft.mayTake(IncidentReport.Action.RECORDS_APPROVE, SERGEANT))
                .isFalse();
        assertThat(draft.mayTake(IncidentReport.Action.SUPPLEMENT, ANALYST)).isFalse();

        IncidentReport inRecords = submitted();
        inRecords.supervisorApprove(NOTHING_MISSING, SERGEANT, AT);
        // In the Bureau's review, records staff complete the report and send it back; supervisors no longer do.
        assertThat(inRecords.mayTake(IncidentReport.Action.EDIT, CLERK)).isTrue();
        assertThat(inRecords.mayTake(IncidentReport.Action.EDIT, AUTHOR)).isFalse();
        assertThat(inRecords.mayTake(IncidentReport.Action.RETURN, CLERK)).isTrue();
        assertThat(inRecords.mayTake(IncidentReport.Action.RETURN, SERGEANT)).isFalse();
    }

    @Test
    void aSealedReportExistsOnlyForRecordsStaffAndADraftOnlyForItsAuthorSupervisorsAndRecords() {
        IncidentReport draft = IncidentReport.draft("26-000105", content("x"), AUTHOR, AT);
        assertThat(draft.visibleTo(AUTHOR)).isTrue();
        assertThat(draft.visibleTo(OTHER_OFFICER)).isFalse();
        assertThat(draft.visibleTo(SERGEANT)).isTrue();
        assertThat(draft.visibleTo(ANALYST)).isFalse();

        IncidentReport report = approved();
        assertThat(report.visibleTo(OTHER_OFFICER)).isTrue();
        assertThat(report.visibleTo(ANALYST)).isTrue();
        report.seal(true, "Court order 26-JU-118", CLERK, AT);
        assertThat(report.visibleTo(AUTHOR)).isFalse();
        assertThat(report.visibleTo(SERGEANT)).isFalse();
        assertThat(report.visibleTo(CLERK)).isTrue();
        report.seal(false, "Order vacated", CLERK, AT);
        assertThat(report.visibleTo(AUTHOR)).isTrue();
    }

    @Test
    void anIntakeReportWaitsForTheBureauOfRecordsWithItsTrackingNumber() {
        IncidentReport report = IncidentReport.fromIntake(
                "26-000106",
                "W26-000777",
                content("Graffiti on the garage"),
                new ReportActor("clerk", null, null, Set.of()),
                AT);
        assertThat(report.status()).isEqualTo(IncidentReportStatus.RECORDS_REVIEW);
        assertThat(report.trackingNumber()).isEqualTo("W26-000777");
        assertThat(report.history().get(0).kind()).isEqualTo(ReportStep.Kind.FROM_INTAKE);
        assertThat(report.mayTake(IncidentReport.Action.RECORDS_APPROVE, CLERK)).isTrue();
    }

    @Test
    void aDraftTakesNoSupplements() {
        IncidentReport draft = IncidentReport.draft("26-000107", content("x"), AUTHOR, AT);
        assertThatThrownBy(draft::requireSupplementAllowed)
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("records.report.rule.draft-no-supplements");
        approved().requireSupplementAllowed();
    }

    private static IncidentReport submitted() {
        IncidentReport report = IncidentReport.draft("26-000100", content("Window smashed"), AUTHOR, AT);
        report.submit(NOTHING_MISSING, AUTHOR, AT);
        return report;
    }

    private static IncidentReport approved() {
        IncidentReport report = submitted();
        report.supervisorApprove(NOTHING_MISSING, SERGEANT, AT);
        report.recordsApprove(NOTHING_MISSING, CLERK, AT);
        return report;
    }

    static ReportContent content(String narrative) {
        return new ReportContent(
                IncidentReportDetails.HowReceived.OFFICER_INITIATED,
                "100 Main St",
                null,
                null,
                "CHESTERFIELD",
                "B11",
                AT.minusSeconds(3600),
                null,
                AT,
                List.of(new IncidentReportDetails.Offense("290", false, "20", null, "NONE")),
                List.of(new IncidentReportDetails.Person(
                        null,
                        IncidentReportDetails.PersonRole.VICTIM,
                        false,
                        "Lopez",
                        "Mia",
                        LocalDate.of(1980, 5, 1),
                        "F",
                        "W",
                        false,
                        null,
                        null,
                        null)),
                List.of(),
                List.of(),
                narrative,
                IncidentReportDetails.Clearance.OPEN,
                null,
                null);
    }
}
