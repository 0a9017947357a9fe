package org.precinct.intake.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.precinct.intake.Channel;
import org.precinct.intake.ReportNumber;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingCode;
import org.precinct.intake.TrackingNumber;
import org.precinct.shared.RuleViolationException;

class RequestLifecycleTests {

    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aReportGoesFromReceiptThroughReviewToAnOfficerAndIsClosed() {
        RequestLifecycle report = RequestLifecycle.received(t0, null);
        report.startReview(t0.plusSeconds(60), "clerk");
        report.askReporter("What was the licence plate?", t0.plusSeconds(120), "clerk");
        assertThat(report.status()).isEqualTo(RequestStatus.MORE_INFORMATION_NEEDED);
        report.reporterAnswered(t0.plusSeconds(3600));
        report.approve(ReportNumber.of(2026, 4567), t0.plusSeconds(7200), "supervisor");
        report.assign("officer", t0.plusSeconds(7300), "supervisor");
        report.close("Property recovered and returned.", t0.plusSeconds(86_400), "officer");

        assertThat(report.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(report.reportNumber().value()).isEqualTo("26-004567");
        assertThat(report.assignee()).isEqualTo("officer");
        assertThat(report.history())
                .extracting(RequestLifecycle.Step::status)
                .containsExactly(
                        RequestStatus.RECEIVED,
                        RequestStatus.UNDER_REVIEW,
                        RequestStatus.MORE_INFORMATION_NEEDED,
                        RequestStatus.UNDER_REVIEW,
                        RequestStatus.APPROVED,
                        RequestStatus.ASSIGNED,
                        RequestStatus.CLOSED);
    }

    @Test
    void aDecidedReportCannotBeDecidedAgain() {
        RequestLifecycle report = RequestLifecycle.received(t0, null);
        report.reject("Civil matter", "Landlord dispute over a deposit", t0, "clerk");
        assertThatThrownBy(() -> report.approve(ReportNumber.of(2026, 1), t0, "clerk"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> report.mergeInto("W26-000001", t0, "clerk"))
                .isInstanceOf(RuleViolationException.class);
        assertThat(report.status().isOpen()).isFalse();
    }

    @Test
    void onlyAnApprovedReportGoesToAnOfficer() {
        RequestLifecycle report = RequestLifecycle.received(t0, null);
        assertThatThrownBy(() -> report.assign("officer", t0, "supervisor")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> report.close("done", t0, "supervisor")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theReporterCanAnswerOnlyAnOpenQuestion() {
        RequestLifecycle report = RequestLifecycle.received(t0, null);
        assertThatThrownBy(() -> report.reporterAnswered(t0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aRejectionNeedsAReasonAndKeepsThePrivateNoteApart() {
        RequestLifecycle report = RequestLifecycle.received(t0, null);
        assertThatThrownBy(() -> report.reject(" ", null, t0, "clerk")).isInstanceOf(IllegalArgumentException.class);
        report.reject("Not in our jurisdiction", "Caller lives in the county", t0, "clerk");
        var last = report.history().get(report.history().size() - 1);
        assertThat(last.publicNote()).isEqualTo("Not in our jurisdiction");
        assertThat(last.privateNote()).isEqualTo("Caller lives in the county");
    }

    @Test
    void trackingNumbersSayTheirChannelAndYear() {
        TrackingNumber online = TrackingNumber.of(Channel.ONLINE, 2026, 123);
        assertThat(online.value()).isEqualTo("W26-000123");
        assertThat(online.channel()).isEqualTo(Channel.ONLINE);
        assertThat(TrackingNumber.of(Channel.PHONE, 2026, 9).value()).isEqualTo("T26-000009");
        assertThat(new TrackingNumber(" w26-000123 ")).isEqualTo(online);
        assertThat(TrackingNumber.isWellFormed("W26-12")).isFalse();
        assertThatThrownBy(() -> new TrackingNumber("X26-000001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackingNumber("W26-000001'; drop table x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trackingCodesAreStoredHashedAndReadBackLeniently() {
        TrackingCode code = TrackingCode.generate();
        assertThat(code.value()).hasSize(10).matches("[A-HJKMNP-Z2-9]{10}");
        assertThat(code.display()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(code.hash()).hasSize(64).doesNotContain(code.value());
        assertThat(new TrackingCode(code.display().toLowerCase()).matches(code.hash()))
                .isTrue();
        assertThat(TrackingCode.generate().matches(code.hash())).isFalse();
        assertThat(code.matches(null)).isFalse();
    }
}
