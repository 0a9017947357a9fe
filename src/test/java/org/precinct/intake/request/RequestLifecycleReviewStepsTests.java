package org.precinct.intake.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.precinct.intake.Priority;
import org.precinct.intake.ReportNumber;
import org.precinct.intake.RequestStatus;
import org.precinct.shared.RuleViolationException;

/** The review's own steps on a report: staff-only history steps, statistics only, and which state allows what. */
class RequestLifecycleReviewStepsTests {

    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aPriorityChangeIsAStaffOnlyStepThatKeepsTheStatus() {
        RequestLifecycle report = RequestLifecycle.received(t0, null);
        report.startReview(t0, "clerk");
        report.changePriority(Priority.THREAT_TO_PROPERTY, "  School next door  ", t0.plusSeconds(60), "clerk");

        RequestLifecycle.Step last = report.history().get(report.history().size() - 1);
        assertThat(report.status()).isEqualTo(RequestStatus.UNDER_REVIEW);
        assertThat(last.kind()).isEqualTo(RequestLifecycle.Kind.PRIORITY_CHANGED);
        assertThat(last.kind().staffOnly()).isTrue();
        assertThat(last.priority()).isEqualTo(2);
        assertThat(last.privateNote()).isEqualTo("School next door");
        assertThat(last.publicNote()).isNull();
        assertThatThrownBy(() -> report.changePriority(Priority.ROUTINE, " ", t0, "clerk"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecidedReportKeepsItsPriority() {
        RequestLifecycle report = RequestLifecycle.received(t0, null);
        report.reject("Civil matter", null, t0, "clerk");
        assertThatThrownBy(() -> report.changePriority(Priority.THREAT_TO_LIFE, "Why not", t0, "clerk"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void statisticsOnlyApprovesAReportInReviewOnTheWayAndDrawsANumberOnlyThen() {
        AtomicInteger drawn = new AtomicInteger();
        RequestLifecycle inReview = RequestLifecycle.received(t0, null);
        inReview.markStatisticsOnly(
                () -> ReportNumber.of(2026, drawn.incrementAndGet()), "Recorded for statistics", t0, "clerk");

        assertThat(inReview.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(inReview.reportNumber().value()).isEqualTo("26-000001");
        assertThat(inReview.history())
                .extracting(RequestLifecycle.Step::status, RequestLifecycle.Step::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RequestStatus.RECEIVED, RequestLifecycle.Kind.STATUS),
                        org.assertj.core.groups.Tuple.tuple(RequestStatus.APPROVED, RequestLifecycle.Kind.STATUS),
                        org.assertj.core.groups.Tuple.tuple(
                                RequestStatus.CLOSED, RequestLifecycle.Kind.STATISTICS_ONLY));

        RequestLifecycle approved = RequestLifecycle.received(t0, null);
        approved.approve(ReportNumber.of(2026, 7), t0, "clerk");
        approved.markStatisticsOnly(() -> ReportNumber.of(2026, drawn.incrementAndGet()), "Recorded", t0, "clerk");
        assertThat(approved.reportNumber().value()).isEqualTo("26-000007");
        assertThat(drawn).hasValue(1);

        assertThatThrownBy(() -> approved.markStatisticsOnly(() -> ReportNumber.of(2026, 9), "Again", t0, "clerk"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theSurvivingReportOfAMergeNotesItForStaffOnly() {
        RequestLifecycle merged = RequestLifecycle.received(t0, null);
        RequestLifecycle surviving = RequestLifecycle.received(t0, null);
        merged.mergeInto("W26-000100", "Same shelter", t0, "clerk");
        surviving.mergedIn("W26-000101", t0, "clerk");

        assertThat(merged.status()).isEqualTo(RequestStatus.MERGED);
        assertThat(merged.history().get(1).publicNote()).isEqualTo("W26-000100");
        assertThat(merged.history().get(1).privateNote()).isEqualTo("Same shelter");
        assertThat(surviving.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(surviving.history().get(1).kind()).isEqualTo(RequestLifecycle.Kind.MERGED_IN);
        assertThat(surviving.history().get(1).kind().staffOnly()).isTrue();
        assertThatThrownBy(() -> merged.mergedIn("W26-000102", t0, "clerk")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void eachActionNamesTheStatesThatAllowIt() {
        assertThat(RequestLifecycle.Action.START_REVIEW.allowedIn(RequestStatus.RECEIVED))
                .isTrue();
        assertThat(RequestLifecycle.Action.START_REVIEW.allowedIn(RequestStatus.UNDER_REVIEW))
                .isFalse();
        assertThat(RequestLifecycle.Action.ASK_REPORTER.allowedIn(RequestStatus.MORE_INFORMATION_NEEDED))
                .isFalse();
        assertThat(RequestLifecycle.Action.APPROVE.allowedIn(RequestStatus.MORE_INFORMATION_NEEDED))
                .isTrue();
        assertThat(RequestLifecycle.Action.ASSIGN.allowedIn(RequestStatus.UNDER_REVIEW))
                .isFalse();
        assertThat(RequestLifecycle.Action.ASSIGN.allowedIn(RequestStatus.ASSIGNED))
                .isTrue();
        assertThat(RequestLifecycle.Action.MARK_STATISTICS_ONLY.allowedIn(RequestStatus.ASSIGNED))
                .isFalse();
        assertThat(RequestLifecycle.Action.CLOSE.allowedIn(RequestStatus.RECEIVED))
                .isFalse();
        for (RequestLifecycle.Action action : RequestLifecycle.Action.values()) {
            for (RequestStatus closed : new RequestStatus[] {
                RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.MERGED, RequestStatus.REFERRED
            }) {
                assertThat(action.allowedIn(closed))
                        .as("%s in %s", action, closed)
                        .isFalse();
            }
        }
    }

    @Test
    void anAssignmentKeepsWhoTheOfficerIsForStaff() {
        RequestLifecycle report = RequestLifecycle.received(t0, null);
        report.approve(ReportNumber.of(2026, 3), t0, "clerk");
        report.assign("104233", "Ofc. Dana Lee (DSN 104233)", t0, "sergeant");
        assertThat(report.assignee()).isEqualTo("104233");
        assertThat(report.history().get(2).privateNote()).isEqualTo("Ofc. Dana Lee (DSN 104233)");
    }
}
