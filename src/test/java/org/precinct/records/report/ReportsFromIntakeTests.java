package org.precinct.records.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precinct.intake.review.ReviewFixtures.asStaff;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.precinct.PrecinctTest;
import org.precinct.TestSmtp;
import org.precinct.intake.review.ReportReview;
import org.precinct.intake.review.ReviewFixtures;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportStatus;
import org.precinct.records.IncidentReports;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report a resident files and a reviewer approves in intake opens an incident report in records, with what intake
 * knows, waiting in the records review inbox.
 */
@PrecinctTest
class ReportsFromIntakeTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup()).withPerMethodLifecycle(false);

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    ReportReview review;

    @Autowired
    IncidentReports reports;

    @Autowired
    IncidentReportQueries queries;

    @Test
    void anApprovedIntakeReportOpensAnIncidentReportInRecordsReview() {
        var town = fixtures.town();
        var filed = fixtures.vandalism(
                town, ReviewFixtures.Reporter.english("Mia Lopez"), "Graffiti across my garage door, found at dawn");
        fixtures.attachment(
                filed.number(), "garage.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 7});
        String reviewer = "clk-" + UUID.randomUUID().toString().substring(0, 8);
        ReportReview.StepOutcome approved =
                asStaff(reviewer, null, Set.of(Role.RECORDS), () -> review.approve(filed.number(), null));

        IncidentReportDetails report = await(approved.reportNumber());
        assertThat(report.trackingNumber()).isEqualTo(filed.value());
        assertThat(report.status()).isEqualTo(IncidentReportStatus.RECORDS_REVIEW);
        assertThat(report.howReceived()).isEqualTo(IncidentReportDetails.HowReceived.ONLINE);
        assertThat(report.author()).isEqualTo(reviewer);
        assertThat(report.offenses())
                .extracting(IncidentReportDetails.Offense::code)
                .containsExactly("290");
        assertThat(report.narrative()).startsWith("Graffiti across my garage door, found at dawn");
        assertThat(report.beatCode()).isEqualTo(town.beat());
        assertThat(report.occurredFrom()).isNotNull();
        assertThat(report.people())
                .extracting(IncidentReportDetails.Person::role, IncidentReportDetails.Person::lastName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IncidentReportDetails.PersonRole.REPORTING_PARTY, "Lopez"),
                        org.assertj.core.groups.Tuple.tuple(IncidentReportDetails.PersonRole.WITNESS, "Ortiz"));
        assertThat(report.vehicles())
                .extracting(IncidentReportDetails.Vehicle::plate)
                .containsExactly("ABC1234");
        assertThat(report.property())
                .extracting(
                        IncidentReportDetails.PropertyItem::description, IncidentReportDetails.PropertyItem::valueCents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Garage door", 45000L));

        assertThat(asStaff(
                        "clk2-" + reviewer,
                        null,
                        Set.of(Role.RECORDS),
                        () -> queries.inbox().recordsReview()))
                .extracting(InboxEntry::reportNumber)
                .contains(approved.reportNumber());
    }

    private IncidentReportDetails await(String reportNumber) {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(until)) {
            Optional<IncidentReportDetails> found = reports.find(reportNumber);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No incident report " + reportNumber + " was opened from intake");
    }
}
