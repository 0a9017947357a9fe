package org.precinct.records.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precinct.intake.review.ReviewFixtures.asStaff;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditEvent;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.notifications.InAppNotification;
import org.precinct.notifications.InAppNotifications;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportStatus;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Incident reports through the workflow service with the real database: each step, who is told, what the audit
 * trail keeps, how an approved report refuses to change, and who may know of sealed reports and juveniles.
 */
@PrecinctTest
class IncidentReportWorkflowTests {

    private static final Set<Role> OFFICER = Set.of(Role.OFFICER);
    private static final Set<Role> SUPERVISOR = Set.of(Role.SUPERVISOR);
    private static final Set<Role> CLERK = Set.of(Role.RECORDS);

    @Autowired
    IncidentReportWorkflow workflow;

    @Autowired
    IncidentReportQueries queries;

    @Autowired
    InAppNotifications notifications;

    @Autowired
    AuditTrail audit;

    private final String officer = "ofc-" + UUID.randomUUID().toString().substring(0, 8);
    private final String sergeant = "sgt-" + UUID.randomUUID().toString().substring(0, 8);
    private final String clerk = "clk-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aReportGoesFromTheOfficerThroughAReturnAndBothApprovalsAndTheAuthorIsToldEachTime() {
        String victim = ReportInputs.surname();
        String number = as(officer, OFFICER, () -> workflow.create(ReportInputs.vandalism(victim)))
                .reportNumber();
        assertThat(number).matches("\\d{2}-\\d{6,9}");
        as(officer, OFFICER, () -> workflow.submit(number, 0));
        assertThat(as(sergeant, SUPERVISOR, () -> queries.inbox().supervisorReview()))
                .extracting(InboxEntry::reportNumber)
                .contains(number);

        as(sergeant, SUPERVISOR, () -> workflow.startReview(number, null));
        as(sergeant, SUPERVISOR, () -> workflow.returnToAuthor(number, "Say which door: front or side?", null));
        ReportInbox returned = as(officer, OFFICER, queries::inbox);
        assertThat(returned.returned()).extracting(InboxEntry::reportNumber).containsExactly(number);
        assertThat(returned.returned().get(0).comments()).isEqualTo("Say which door: front or side?");
        assertThat(notices(officer)).contains("records.report.notice.returned");

        ReportView draft = as(officer, OFFICER, () -> queries.view(number));
        assertThat(draft.returnComments()).isEqualTo("Say which door: front or side?");
        assertThat(draft.can("EDIT")).isTrue();
        as(
                officer,
                OFFICER,
                () -> workflow.update(
                        number, ReportInputs.vandalism(victim), draft.report().version()));
        as(officer, OFFICER, () -> workflow.submit(number, null));
        as(sergeant, SUPERVISOR, () -> workflow.supervisorApprove(number, null));
        assertThat(as(clerk, CLERK, () -> queries.inbox().recordsReview()))
                .extracting(InboxEntry::reportNumber)
                .contains(number);
        as(clerk, CLERK, () -> workflow.recordsApprove(number, null));

        ReportView approved = as(officer, OFFICER, () -> queries.view(number));
        assertThat(approved.report().status()).isEqualTo(IncidentReportStatus.APPROVED);
        assertThat(approved.report().approvedAt()).isNotNull();
        assertThat(approved.history())
                .extracting(ReportStep::kind)
                .containsExactly(
                        ReportStep.Kind.CREATED,
                        ReportStep.Kind.SUBMITTED,
                        ReportStep.Kind.REVIEW_STARTED,
                        ReportStep.Kind.RETURNED,
                        ReportStep.Kind.SUBMITTED,
                        ReportStep.Kind.SUPERVISOR_APPROVED,
                        ReportStep.Kind.RECORDS_APPROVED);
        assertThat(notices(officer))
                .contains("records.report.notice.supervisor-approved", "records.report.notice.approved");
        assertThat(as(officer, OFFICER, queries::inbox).inReview())
                .extracting(InboxEntry::reportNumber)
                .doesNotContain(number);
        assertThat(audited(number, AuditAction.CHANGE, AuditOutcome.SUCCESS)).hasSizeGreaterThanOrEqualTo(7);
        assertThat(audited(number, AuditAction.CREATE, AuditOutcome.SUCCESS)).hasSize(1);
    }

    @Test
    void anApprovedReportEditedInPlaceIsRefusedAndUnchangedButTakesSupplementsAndAnAuditedCorrection() {
        String victim = ReportInputs.surname();
        String number = approvedReport(ReportInputs.vandalism(victim));
        ReportInput changed = ReportInputs.vandalism(victim + "X");

        assertThatThrownBy(() -> as(officer, OFFICER, () -> workflow.update(number, changed, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("records.report.rule.approved-locked");
        assertThatThrownBy(() -> as(clerk, CLERK, () -> workflow.update(number, changed, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("records.report.rule.approved-locked");
        assertThat(as(clerk, CLERK, () -> queries.view(number)).report().people())
                .extracting(IncidentReportDetails.Person::lastName)
                .containsExactly(victim);

        as(officer, OFFICER, () -> workflow.addSupplement(number, "The owner found a second tag on the fence."));
        as(sergeant, SUPERVISOR, () -> workflow.addSupplement(number, "Patrol will pass by nightly this week."));
        assertThat(as(officer, OFFICER, () -> queries.view(number)).report().supplements())
                .extracting(IncidentReportDetails.Supplement::author)
                .containsExactly(officer, sergeant);

        assertThatThrownBy(() -> as(officer, OFFICER, () -> workflow.correct(number, changed, "typo", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited(number, AuditAction.CHANGE, AuditOutcome.DENIED)).isNotEmpty();
        as(clerk, CLERK, () -> workflow.correct(number, changed, "Victim's surname misspelt", null));
        ReportView corrected = as(clerk, CLERK, () -> queries.view(number));
        assertThat(corrected.report().people())
                .extracting(IncidentReportDetails.Person::lastName)
                .containsExactly(victim + "X");
        assertThat(corrected.history().get(corrected.history().size() - 1).comment())
                .isEqualTo("Victim's surname misspelt");
    }

    @Test
    void anIncompleteReportIsNotSubmittedAndTheProblemsSayWhatIsMissing() {
        ReportInput bare = new ReportInput(
                "OFFICER_INITIATED",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Short.",
                null,
                null,
                null);
        String number = as(officer, OFFICER, () -> workflow.create(bare)).reportNumber();

        assertThatThrownBy(() -> as(officer, OFFICER, () -> workflow.submit(number, null)))
                .isInstanceOf(IncompleteReportException.class)
                .satisfies(thrown -> assertThat(((IncompleteReportException) thrown).problems())
                        .extracting(problem -> problem.messageKey())
                        .contains(
                                "records.report.missing.occurred",
                                "records.report.missing.place",
                                "records.report.missing.offense",
                                "records.report.missing.narrative"));
        assertThat(as(officer, OFFICER, () -> queries.view(number)).report().status())
                .isEqualTo(IncidentReportStatus.DRAFT);
    }

    @Test
    void aStepDecidedOnAnOldCopyIsRefused() {
        String number = as(officer, OFFICER, () -> workflow.create(ReportInputs.vandalism(ReportInputs.surname())))
                .reportNumber();
        as(officer, OFFICER, () -> workflow.update(number, ReportInputs.vandalism(ReportInputs.surname()), 0));
        assertThatThrownBy(() -> as(officer, OFFICER, () -> workflow.submit(number, 0)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("records.report.rule.changed-meanwhile");
    }

    @Test
    void aDraftIsTheAuthorsAndNoOtherOfficerMayKnowOfItOrWriteInIt() {
        String number = as(officer, OFFICER, () -> workflow.create(ReportInputs.vandalism(ReportInputs.surname())))
                .reportNumber();
        assertThatThrownBy(() -> as("other-" + officer, OFFICER, () -> queries.view(number)))
                .isInstanceOf(NoSuchRecordException.class);
        assertThatThrownBy(() -> as(
                        "other-" + officer,
                        OFFICER,
                        () -> workflow.update(number, ReportInputs.vandalism("Nobody"), null)))
                .isInstanceOf(NoSuchRecordException.class);
        assertThatThrownBy(() -> as(officer, Set.of(Role.PIO), () -> workflow.create(ReportInputs.vandalism("X"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSealedReportDoesNotExistForAnyoneButRecordsStaff() {
        String number = approvedReport(ReportInputs.vandalism(ReportInputs.surname()));
        as(clerk, CLERK, () -> workflow.seal(number, true, "Court order 26-JU-0118", null));

        assertThatThrownBy(() -> as(officer, OFFICER, () -> queries.view(number)))
                .isInstanceOf(NoSuchRecordException.class);
        assertThatThrownBy(() -> as(sergeant, SUPERVISOR, () -> workflow.addSupplement(number, "More.")))
                .isInstanceOf(NoSuchRecordException.class);
        assertThat(as(clerk, CLERK, () -> queries.view(number)).report().sealed())
                .isTrue();
        assertThat(audited(number, AuditAction.VIEW, AuditOutcome.DENIED)).isNotEmpty();
    }

    @Test
    void juvenilesAreShownOnlyToRecordsStaffAndStayOnTheReportWhenOthersEditIt() {
        String victim = ReportInputs.surname();
        String minor = ReportInputs.surname();
        String number = as(
                        officer,
                        OFFICER,
                        () -> workflow.create(
                                ReportInputs.vandalism(victim, List.of(ReportInputs.juvenileSuspect(minor)))))
                .reportNumber();

        ReportView asAuthor = as(officer, OFFICER, () -> queries.view(number));
        assertThat(asAuthor.report().people())
                .extracting(IncidentReportDetails.Person::lastName)
                .containsExactly(victim);
        assertThat(as(clerk, CLERK, () -> queries.view(number)).report().people())
                .extracting(IncidentReportDetails.Person::lastName, IncidentReportDetails.Person::juvenile)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(victim, false),
                        org.assertj.core.groups.Tuple.tuple(minor, true));

        as(officer, OFFICER, () -> workflow.update(number, ReportInputs.vandalism(victim), null));
        assertThat(as(clerk, CLERK, () -> queries.view(number)).report().people())
                .extracting(IncidentReportDetails.Person::lastName)
                .containsExactly(victim, minor);
    }

    private String approvedReport(ReportInput input) {
        String number = as(officer, OFFICER, () -> workflow.create(input)).reportNumber();
        as(officer, OFFICER, () -> workflow.submit(number, null));
        as(sergeant, SUPERVISOR, () -> workflow.supervisorApprove(number, null));
        as(clerk, CLERK, () -> workflow.recordsApprove(number, null));
        return number;
    }

    private List<String> notices(String username) {
        return notifications.unread(username).stream()
                .map(InAppNotification::messageKey)
                .toList();
    }

    private List<AuditEvent> audited(String number, AuditAction action, AuditOutcome outcome) {
        return audit.search(
                new AuditQuery(null, action, IncidentReportWorkflow.OBJECT_TYPE, number, outcome, null, null, 0));
    }

    private static <T> T as(String username, Set<Role> roles, java.util.function.Supplier<T> work) {
        return asStaff(username, null, roles, work);
    }
}
