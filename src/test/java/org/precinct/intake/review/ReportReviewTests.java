package org.precinct.intake.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precinct.intake.review.ReviewFixtures.asStaff;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.precinct.PrecinctTest;
import org.precinct.TestSmtp;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditEvent;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.Priority;
import org.precinct.intake.ReportStatusLookup;
import org.precinct.intake.ReportStatusView;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.request.RequestLifecycle;
import org.precinct.notifications.InAppNotification;
import org.precinct.notifications.InAppNotifications;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each step of the review through the service: what it changes, what the reporter is told (and never told), who may
 * take it, what the audit trail keeps, and how it refuses a step the state or a colleague's change does not allow.
 */
@PrecinctTest
class ReportReviewTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup()).withPerMethodLifecycle(false);

    private static final Set<Role> CLERK = Set.of(Role.RECORDS);
    private static final Set<Role> SUPERVISOR = Set.of(Role.SUPERVISOR);

    @Autowired
    ReportReview review;

    @Autowired
    ReviewQueue queue;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    ReportStatusLookup statusLookup;

    @Autowired
    AuditTrail audit;

    @Autowired
    InAppNotifications notifications;

    @Autowired
    JdbcClient jdbc;

    private final ReporterMailbox mailbox = new ReporterMailbox(smtp);
    private ReviewFixtures.Town town;
    private String clerk;

    @BeforeEach
    void town() {
        town = fixtures.town();
        clerk = "clerk" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void startingTheReviewTellsTheReporterAndIsAudited() {
        var reporter = ReviewFixtures.Reporter.english("Dana Reyes");
        var filed = fixtures.vandalism(town, reporter, "Graffiti on my garage door, found this morning");

        var outcome = asStaff(clerk, null, CLERK, () -> review.startReview(filed.number(), null));

        assertThat(outcome.status()).isEqualTo(RequestStatus.UNDER_REVIEW);
        var mails = mailbox.await(reporter.email(), 2);
        var update = mails.get(mails.size() - 1);
        assertThat(update.subject()).isEqualTo("Your report " + filed.value() + " is being reviewed");
        assertThat(update.text())
                .contains("Hello Dana Reyes,")
                .contains("reviewing your report " + filed.value() + " (Vandalism or property damage)")
                .contains("/report/status?number=" + filed.value());
        assertThat(update.language()).isEqualTo("en");
        assertThat(changes(clerk, filed.number(), AuditOutcome.SUCCESS)).hasSize(1);
        assertThat(history(filed.number()).get(1).actor()).isEqualTo(clerk);
    }

    @Test
    void aQuestionGoesToTheReporterWithTheStatusPageAndShowsOnIt() {
        var reporter = ReviewFixtures.Reporter.english("Lee Park");
        var filed = fixtures.vandalism(town, reporter, "Someone sprayed paint on my fence last night");

        asStaff(
                clerk,
                null,
                CLERK,
                () -> review.askReporter(
                        filed.number(),
                        "  Which side of the fence was painted, the street side or the yard side?  ",
                        null));

        assertThat(status(filed)).isEqualTo(RequestStatus.MORE_INFORMATION_NEEDED);
        var question = mailbox.await(reporter.email(), 2).get(1);
        assertThat(question.subject()).isEqualTo("We need more information about your report " + filed.value());
        assertThat(question.text())
                .contains("Which side of the fence was painted, the street side or the yard side?")
                .contains("Please answer on the status page: /report/status?number=" + filed.value());
        ReportStatusView view =
                statusLookup.find(filed.value(), filed.code().display()).orElseThrow();
        assertThat(view.history().get(view.history().size() - 1).note())
                .isEqualTo("Which side of the fence was painted, the street side or the yard side?");
        // Asked once, the question must be answered before another is asked.
        assertThatThrownBy(() -> asStaff(clerk, null, CLERK, () -> review.askReporter(filed.number(), "And?", null)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anApprovedReportHasAnOfficialNumberAndKeepsItsTrackingNumber() {
        var reporter = ReviewFixtures.Reporter.english("Kim Nguyen");
        var filed = fixtures.vandalism(town, reporter, "Scratched paint on my car door in the driveway");

        var outcome = asStaff(clerk, null, CLERK, () -> review.approve(filed.number(), null));

        assertThat(outcome.reportNumber()).matches("\\d{2}-\\d{6,9}");
        assertThat(outcome.status()).isEqualTo(RequestStatus.APPROVED);
        ReportStatusView view =
                statusLookup.find(filed.value(), filed.code().display()).orElseThrow();
        assertThat(view.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(view.reportNumber()).isEqualTo(outcome.reportNumber());
        var approval = mailbox.await(reporter.email(), 2).get(1);
        assertThat(approval.subject())
                .isEqualTo("Your report " + filed.value() + " was accepted: report number " + outcome.reportNumber());
        assertThat(approval.text()).contains("Report number: " + outcome.reportNumber());
        assertThatThrownBy(() -> asStaff(clerk, null, CLERK, () -> review.approve(filed.number(), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("intake.rule.not-in-review");
    }

    @Test
    void aRejectionTellsTheReasonInTheReportersLanguageAndNeverThePrivateNote() {
        var reporter = ReviewFixtures.Reporter.spanish("Rosa Díaz");
        var filed =
                fixtures.vandalism(town, reporter, "Mi vecino rompió la cerca que compartimos y no la quiere pagar");
        String privateNote = "Landlord and tenant dispute " + UUID.randomUUID();

        asStaff(clerk, null, CLERK, () -> review.reject(filed.number(), "CIVIL_MATTER", privateNote, null));

        assertThat(status(filed)).isEqualTo(RequestStatus.REJECTED);
        var rejection = mailbox.await(reporter.email(), 2).get(1);
        assertThat(rejection.subject()).isEqualTo("Su informe " + filed.value() + " no fue aceptado");
        assertThat(rejection.text()).contains("Hola Rosa Díaz:").contains("Motivo: Asunto civil");
        assertThat(rejection.language()).isEqualTo("es");
        for (var mail : mailbox.received(reporter.email())) {
            assertThat(mail.text()).doesNotContain(privateNote).doesNotContain("Landlord");
        }
        ReportStatusView view =
                statusLookup.find(filed.value(), filed.code().display()).orElseThrow();
        assertThat(view.history()).extracting(ReportStatusView.Entry::note).doesNotContain(privateNote);
        var last = history(filed.number()).get(history(filed.number()).size() - 1);
        assertThat(last.publicNote()).isEqualTo("Asunto civil");
        assertThat(last.privateNote()).isEqualTo(privateNote);
    }

    @Test
    void aRejectionNeedsAReasonInUse() {
        var filed = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Ann Lowe"), "Broken mailbox post");

        assertThatThrownBy(() -> asStaff(clerk, null, CLERK, () -> review.reject(filed.number(), " ", null, null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid ->
                                assertThat(invalid.problems()).containsEntry("reason", "intake.review.input.required"));
        assertThatThrownBy(() -> asStaff(
                        clerk,
                        null,
                        CLERK,
                        () -> review.reject(filed.number(), "NO_SUCH_REASON", "x".repeat(4001), null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("reason", "intake.review.reject.reason.unknown")
                                .containsEntry("privateNote", "intake.review.input.too-long.4000"));
        assertThat(status(filed)).isEqualTo(RequestStatus.RECEIVED);
    }

    @Test
    void withoutAKnownLanguageTheReporterHearsInEnglishAndSpanish() {
        var reporter = ReviewFixtures.Reporter.unknownLanguage("Alex Kim");
        var filed = fixtures.vandalism(town, reporter, "Eggs thrown at my front window overnight");

        asStaff(clerk, null, CLERK, () -> review.reject(filed.number(), "NO_CRIME_ELEMENTS", null, null));

        var rejection = mailbox.await(reporter.email(), 2).get(1);
        assertThat(rejection.subject())
                .isEqualTo("Your report " + filed.value() + " was not accepted / Su informe " + filed.value()
                        + " no fue aceptado");
        assertThat(rejection.text())
                .contains("Reason: No elements of a crime / No hay elementos de delito")
                .contains("Versión en español:")
                .contains("Motivo: No elements of a crime / No hay elementos de delito");
    }

    @Test
    void aMergedReportPointsToTheSurvivingOneAndBothHistoriesSaySo() {
        var first = ReviewFixtures.Reporter.english("Pat Quinn");
        var second = ReviewFixtures.Reporter.english("Jo Baker");
        var surviving = fixtures.vandalism(town, first, "Graffiti on the bus shelter on Elm Street");
        var merged = fixtures.vandalism(town, second, "Someone painted the Elm Street bus shelter");
        String note = "Same shelter, same night";

        var outcome = asStaff(clerk, null, CLERK, () -> review.merge(merged.number(), surviving.value(), note, null));

        assertThat(outcome.status()).isEqualTo(RequestStatus.MERGED);
        var mergedHistory = history(merged.number());
        assertThat(mergedHistory.get(mergedHistory.size() - 1).publicNote()).isEqualTo(surviving.value());
        var survivingHistory = history(surviving.number());
        var mergedIn = survivingHistory.get(survivingHistory.size() - 1);
        assertThat(mergedIn.kind()).isEqualTo(RequestLifecycle.Kind.MERGED_IN);
        assertThat(mergedIn.privateNote()).isEqualTo(merged.value());
        assertThat(status(surviving)).isEqualTo(RequestStatus.RECEIVED);
        assertThat(asStaff(clerk, null, CLERK, () -> queue.report(merged.number()))
                        .mergedInto())
                .isEqualTo(surviving.value());

        var told = mailbox.await(second.email(), 2).get(1);
        assertThat(told.subject()).isEqualTo("Your report " + merged.value() + " was joined to another report");
        assertThat(told.text())
                .contains("same incident as report " + surviving.value())
                .doesNotContain(note);
        // The surviving report's reporter learns nothing of it, on the status page or by mail.
        assertThat(statusLookup
                        .find(surviving.value(), surviving.code().display())
                        .orElseThrow()
                        .history())
                .hasSize(1);
        assertThat(changes(clerk, surviving.number(), AuditOutcome.SUCCESS)).hasSize(1);
        assertThat(changes(clerk, merged.number(), AuditOutcome.SUCCESS)).hasSize(1);
    }

    @Test
    void aReportMergesOnlyIntoAnotherOpenReport() {
        var reporter = ReviewFixtures.Reporter.english("Max Hill");
        var open = fixtures.vandalism(town, reporter, "Cracked window on my shed");
        var closed = fixtures.vandalism(town, reporter, "Cracked window on the shed behind my house");
        asStaff(clerk, null, CLERK, () -> review.reject(closed.number(), "DUPLICATE", null, null));

        assertThatThrownBy(
                        () -> asStaff(clerk, null, CLERK, () -> review.merge(open.number(), open.value(), null, null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid ->
                                assertThat(invalid.problems()).containsEntry("into", "intake.review.merge.into.same"));
        assertThatThrownBy(() ->
                        asStaff(clerk, null, CLERK, () -> review.merge(open.number(), closed.value(), null, null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("into", "intake.review.merge.into.closed"));
        assertThatThrownBy(() ->
                        asStaff(clerk, null, CLERK, () -> review.merge(open.number(), "W26-999999999", null, null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("into", "intake.review.merge.into.unknown"));
        assertThatThrownBy(
                        () -> asStaff(clerk, null, CLERK, () -> review.merge(open.number(), "yesterday's", null, null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("into", "intake.review.merge.into.format"));
        assertThat(status(open)).isEqualTo(RequestStatus.RECEIVED);
    }

    @Test
    void aSupervisorAssignsAnApprovedReportAndTheOfficerIsToldInTheConsole() {
        var reporter = ReviewFixtures.Reporter.english("Chris Webb");
        var filed = fixtures.hitAndRun(town, reporter, "A truck backed into my parked car and drove off yesterday");
        var officer =
                fixtures.officer("Dana", "Lee" + UUID.randomUUID().toString().substring(0, 4));
        String sergeant = "sgt" + UUID.randomUUID().toString().substring(0, 8);

        // Only an approved report goes to an officer, and a records clerk does not assign.
        assertThatThrownBy(() ->
                        asStaff(sergeant, null, SUPERVISOR, () -> review.assign(filed.number(), officer.dsn(), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("intake.rule.assign-needs-approval");
        var approved = asStaff(clerk, null, CLERK, () -> review.approve(filed.number(), null));
        assertThatThrownBy(() -> asStaff(clerk, null, CLERK, () -> review.assign(filed.number(), officer.dsn(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(changes(clerk, filed.number(), AuditOutcome.DENIED)).hasSize(1);
        assertThatThrownBy(() -> asStaff(sergeant, null, SUPERVISOR, () -> review.assign(filed.number(), "999", null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("officer", "intake.review.assign.officer.unknown"));

        var outcome = asStaff(sergeant, null, SUPERVISOR, () -> review.assign(filed.number(), officer.dsn(), null));

        assertThat(outcome.status()).isEqualTo(RequestStatus.ASSIGNED);
        List<InAppNotification> notices = notifications.unread(officer.username());
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("intake.review.notice.assigned");
            assertThat(notice.args()).containsExactly(filed.value(), approved.reportNumber());
            assertThat(notice.link()).isEqualTo("/staff/intake/queue/" + filed.value());
        });
        var assigned = mailbox.await(reporter.email(), 3).get(2);
        assertThat(assigned.subject()).isEqualTo("An officer will follow up your report " + filed.value());
        assertThat(assigned.text()).contains("(report number " + approved.reportNumber() + ")");
        assertThat(assigned.text()).doesNotContain(officer.dsn());
        var report = asStaff(sergeant, null, SUPERVISOR, () -> queue.report(filed.number()));
        assertThat(report.assignee()).isEqualTo(officer.dsn());
        assertThat(report.assigneeName()).isEqualTo(officer.displayName());
    }

    @Test
    void theAssignedOfficerReadsAndClosesTheReportAndNoOtherOfficerMay() {
        var reporter = ReviewFixtures.Reporter.english("Robin Fox");
        var filed = fixtures.hitAndRun(town, reporter, "My parked van was hit in the lot and the driver left");
        var officer =
                fixtures.officer("Sam", "Ruiz" + UUID.randomUUID().toString().substring(0, 4));
        var other =
                fixtures.officer("Ali", "Stone" + UUID.randomUUID().toString().substring(0, 4));
        asStaff(clerk, null, CLERK, () -> review.approve(filed.number(), null));
        asStaff("sgt", null, SUPERVISOR, () -> review.assign(filed.number(), officer.dsn(), null));

        assertThatThrownBy(() -> asStaff(
                        other.username(), other.dsn(), Set.of(Role.OFFICER), () -> queue.report(filed.number())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asStaff(
                        other.username(),
                        other.dsn(),
                        Set.of(Role.OFFICER),
                        () -> review.close(filed.number(), "Done", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.search(new AuditQuery(
                        other.username(),
                        AuditAction.VIEW,
                        ReportReview.OBJECT_TYPE,
                        filed.value(),
                        AuditOutcome.DENIED,
                        null,
                        null,
                        0)))
                .hasSize(1);

        var report =
                asStaff(officer.username(), officer.dsn(), Set.of(Role.OFFICER), () -> queue.report(filed.number()));
        assertThat(report.reporter().email()).isEqualTo(reporter.email());
        var outcome = asStaff(
                officer.username(),
                officer.dsn(),
                Set.of(Role.OFFICER),
                () -> review.close(filed.number(), "We found the other driver; your insurer can reach theirs.", null));

        assertThat(outcome.status()).isEqualTo(RequestStatus.CLOSED);
        var closed = mailbox.await(reporter.email(), 4).get(3);
        assertThat(closed.subject()).isEqualTo("Your report " + filed.value() + " was closed");
        assertThat(closed.text()).contains("We found the other driver; your insurer can reach theirs.");
    }

    @Test
    void aReportCountedForStatisticsOnlyIsApprovedAndClosedWithTheDepartmentsWording() {
        var reporter = ReviewFixtures.Reporter.english("Gale Ross");
        var filed = fixtures.vandalism(town, reporter, "Small tag on the stop sign at my corner");

        var outcome = asStaff(clerk, null, CLERK, () -> review.markStatisticsOnly(filed.number(), null));

        assertThat(outcome.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(outcome.reportNumber()).matches("\\d{2}-\\d{6,9}");
        assertThat(history(filed.number()))
                .extracting(RequestLifecycle.Step::status, RequestLifecycle.Step::kind)
                .endsWith(
                        org.assertj.core.groups.Tuple.tuple(RequestStatus.APPROVED, RequestLifecycle.Kind.STATUS),
                        org.assertj.core.groups.Tuple.tuple(
                                RequestStatus.CLOSED, RequestLifecycle.Kind.STATISTICS_ONLY));
        var recorded = mailbox.await(reporter.email(), 2).get(1);
        assertThat(recorded.subject())
                .isEqualTo("Your report " + filed.value() + " was recorded with the report number "
                        + outcome.reportNumber());
        assertThat(recorded.text()).contains("used for crime statistics and patrol planning");
    }

    @Test
    void aReferralTellsTheReporterWhereTheReportWent() {
        var reporter = ReviewFixtures.Reporter.english("Nico Hart");
        var filed = fixtures.vandalism(town, reporter, "Graffiti on the county park restroom");

        asStaff(
                clerk,
                null,
                CLERK,
                () -> review.refer(filed.number(), "St. Louis County Parks Rangers", "County land, not ours", null));

        assertThat(status(filed)).isEqualTo(RequestStatus.REFERRED);
        var referred = mailbox.await(reporter.email(), 2).get(1);
        assertThat(referred.text())
                .contains("was handed to: St. Louis County Parks Rangers")
                .doesNotContain("County land");
        assertThatThrownBy(
                        () -> asStaff(clerk, null, CLERK, () -> review.refer(filed.number(), "Elsewhere", null, null)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aNewPriorityNeedsAReasonThatOnlyStaffSee() {
        var reporter = ReviewFixtures.Reporter.english("Val Moss");
        var filed = fixtures.vandalism(town, reporter, "Broken window at the day care on Oak Street");

        assertThatThrownBy(() -> asStaff(clerk, null, CLERK, () -> review.changePriority(filed.number(), 2, " ", null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid ->
                                assertThat(invalid.problems()).containsEntry("reason", "intake.review.input.required"));
        assertThatThrownBy(
                        () -> asStaff(clerk, null, CLERK, () -> review.changePriority(filed.number(), 3, "Same", null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("priority", "intake.review.priority.unchanged"));
        assertThatThrownBy(() -> asStaff(clerk, null, CLERK, () -> review.changePriority(filed.number(), 7, "x", null)))
                .isInstanceOfSatisfying(
                        InvalidReviewInput.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("priority", "intake.review.priority.invalid"));

        var outcome = asStaff(
                clerk,
                null,
                CLERK,
                () -> review.changePriority(filed.number(), 2, "Children on site: glass must be cleared today", null));

        assertThat(outcome.priority()).isEqualTo(Priority.THREAT_TO_PROPERTY);
        assertThat(outcome.status()).isEqualTo(RequestStatus.RECEIVED);
        var last = history(filed.number()).get(history(filed.number()).size() - 1);
        assertThat(last.kind()).isEqualTo(RequestLifecycle.Kind.PRIORITY_CHANGED);
        assertThat(last.priority()).isEqualTo(2);
        assertThat(last.privateNote()).isEqualTo("Children on site: glass must be cleared today");
        assertThat(last.publicNote()).isNull();
        assertThat(statusLookup
                        .find(filed.value(), filed.code().display())
                        .orElseThrow()
                        .history())
                .hasSize(1);
        assertThat(mailbox.await(reporter.email(), 1)).hasSize(1);
    }

    @Test
    void staffWithoutAReviewRoleAreRefusedAndTheRefusalIsAudited() {
        var filed = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Ola Berg"), "Flower pots smashed");
        String analyst = "analyst" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(
                        () -> asStaff(analyst, null, Set.of(Role.ANALYST), () -> review.approve(filed.number(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        asStaff(analyst, null, Set.of(Role.OFFICER), () -> review.startReview(filed.number(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asStaff(analyst, null, Set.of(Role.ANALYST), () -> queue.report(filed.number())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        asStaff(analyst, null, Set.of(Role.ANALYST), () -> queue.search(QueueFilter.everything())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(changes(analyst, filed.number(), AuditOutcome.DENIED)).hasSize(2);
        assertThat(status(filed)).isEqualTo(RequestStatus.RECEIVED);
        assertThat(history(filed.number())).hasSize(1);
    }

    @Test
    void aDecisionMadeOnAStaleCopyIsRefused() {
        var filed = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Ivy Chen"), "Paint on my garage");
        int seen =
                asStaff(clerk, null, CLERK, () -> queue.report(filed.number())).version();
        asStaff("colleague", null, CLERK, () -> review.changePriority(filed.number(), 2, "School next door", null));

        assertThatThrownBy(() -> asStaff(
                        clerk, null, CLERK, () -> review.reject(filed.number(), "NO_CRIME_ELEMENTS", null, seen)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("intake.review.rule.changed-meanwhile");

        assertThat(status(filed)).isEqualTo(RequestStatus.RECEIVED);
        int now =
                asStaff(clerk, null, CLERK, () -> queue.report(filed.number())).version();
        assertThat(asStaff(clerk, null, CLERK, () -> review.reject(filed.number(), "NO_CRIME_ELEMENTS", null, now))
                        .status())
                .isEqualTo(RequestStatus.REJECTED);
    }

    @Test
    void twoReviewersDecidingAtOnceGetOneDecision() throws Exception {
        var filed = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Uma Hale"), "Tyres slashed in my drive");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> reviewers = new ArrayList<>();
            reviewers.add(() -> {
                start.await();
                return asStaff("first", null, CLERK, () -> review.approve(filed.number(), null))
                        .status()
                        .name();
            });
            reviewers.add(() -> {
                start.await();
                return asStaff("second", null, CLERK, () -> review.reject(filed.number(), "CIVIL_MATTER", null, null))
                        .status()
                        .name();
            });
            List<Future<String>> results = new ArrayList<>();
            reviewers.forEach(reviewer -> results.add(pool.submit(reviewer)));
            start.countDown();
            List<String> decided = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<String> result : results) {
                try {
                    decided.add(result.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            assertThat(decided).hasSize(1);
            assertThat(refused).singleElement().isInstanceOf(RuleViolationException.class);
            assertThat(history(filed.number())).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReporterWithoutAnEmailAddressIsNotWrittenTo() {
        var reporter = ReviewFixtures.Reporter.byPhoneOnly("Tom Vale");
        var filed = fixtures.vandalism(town, reporter, "Garden gnome statue broken");

        asStaff(clerk, null, CLERK, () -> review.approve(filed.number(), null));

        long id =
                asStaff(clerk, null, CLERK, () -> queue.report(filed.number())).id();
        assertThat(jdbc.sql("select count(*) from notifications.outbound_mail where reference like :r")
                        .param("r", "service-request:" + id + ":%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSupplementIsMarkedReadOnceByWhoeverReadItFirst() {
        var filed = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Bo Grant"), "Fence boards kicked in");
        long supplement = fixtures.supplement(filed.number(), "REPORTER", "I found a footprint by the gate.");
        var before = asStaff(clerk, null, CLERK, () -> queue.report(filed.number()));
        assertThat(before.unreadSupplements()).isEqualTo(1);

        asStaff(clerk, CLERK, () -> review.markSupplementRead(filed.number(), supplement));
        asStaff("someone-else", CLERK, () -> review.markSupplementRead(filed.number(), supplement));

        var after = asStaff(clerk, null, CLERK, () -> queue.report(filed.number()));
        assertThat(after.supplements()).singleElement().satisfies(read -> {
            assertThat(read.unread()).isFalse();
            assertThat(read.readBy()).isEqualTo(clerk);
        });
        assertThat(audit.search(new AuditQuery(
                        clerk,
                        AuditAction.CHANGE,
                        ReportReview.SUPPLEMENT_OBJECT_TYPE,
                        String.valueOf(supplement),
                        AuditOutcome.SUCCESS,
                        null,
                        null,
                        0)))
                .hasSize(1);
        var other = fixtures.vandalism(town, ReviewFixtures.Reporter.english("Cy Moor"), "Hedge cut down");
        assertThatThrownBy(() -> asStaff(clerk, CLERK, () -> review.markSupplementRead(other.number(), supplement)))
                .isInstanceOf(NoSuchRecordException.class);
    }

    @Test
    void readingAReportIsAuditedAndShowsEverythingInIt() {
        var reporter = ReviewFixtures.Reporter.english("Eve Stone");
        var filed = fixtures.hitAndRun(town, reporter, "Silver sedan clipped my mirror and left");

        var report = asStaff(clerk, null, CLERK, () -> queue.report(filed.number()));

        assertThat(report.description()).isEqualTo("Silver sedan clipped my mirror and left");
        assertThat(report.reporter().name()).isEqualTo("Eve Stone");
        assertThat(report.reporter().language()).isEqualTo("en");
        assertThat(report.callerPhone()).isEqualTo("(636) 555-0199");
        assertThat(report.people())
                .singleElement()
                .satisfies(person -> assertThat(person.name()).isEqualTo("Sam Ortiz"));
        assertThat(report.vehicles())
                .singleElement()
                .satisfies(vehicle -> assertThat(vehicle.plate()).isEqualTo("ABC1234"));
        assertThat(report.property())
                .singleElement()
                .satisfies(item -> assertThat(item.valueCents()).isEqualTo(45000L));
        assertThat(report.answerLines(java.util.Locale.ENGLISH, "Yes", "No"))
                .contains(new ReportUnderReview.AnswerLine("Was your vehicle parked with nobody in it?", "Yes"));
        assertThat(report.beat()).isEqualTo(town.beat());
        assertThat(report.priority()).isEqualTo(Priority.THREAT_TO_PROPERTY);
        assertThat(audit.search(new AuditQuery(
                        clerk,
                        AuditAction.VIEW,
                        ReportReview.OBJECT_TYPE,
                        filed.value(),
                        AuditOutcome.SUCCESS,
                        null,
                        null,
                        0)))
                .hasSize(1);
    }

    private List<AuditEvent> changes(String username, TrackingNumber number, AuditOutcome outcome) {
        return audit.search(new AuditQuery(
                username, AuditAction.CHANGE, ReportReview.OBJECT_TYPE, number.value(), outcome, null, null, 0));
    }

    private List<RequestLifecycle.Step> history(TrackingNumber number) {
        return asStaff("history-reader", null, CLERK, () -> queue.report(number))
                .history();
    }

    private RequestStatus status(ReviewFixtures.Filed filed) {
        return asStaff("status-reader", null, CLERK, () -> queue.report(filed.number()))
                .status();
    }
}
