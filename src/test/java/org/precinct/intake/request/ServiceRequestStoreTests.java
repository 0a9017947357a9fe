package org.precinct.intake.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.intake.Channel;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingCode;
import org.precinct.intake.TrackingNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

@PrecinctTest
class ServiceRequestStoreTests {

    @Autowired
    ServiceRequestStore store;

    @Autowired
    RequestNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void numbersAreNeverHandedOutTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            assertThat(seen.add(numbers.nextTrackingNumber(Channel.ONLINE).value()))
                    .isTrue();
            assertThat(seen.add(numbers.nextTrackingNumber(Channel.PHONE).value()))
                    .isTrue();
            assertThat(seen.add(numbers.nextReportNumber().value())).isTrue();
        }
        assertThat(numbers.nextTrackingNumber(Channel.PHONE).value()).startsWith("T");
    }

    @Test
    void aReportIsStoredWholeWithItsHistoryAndFoundByItsNumber() {
        TrackingCode code = TrackingCode.generate();
        TrackingNumber number = numbers.nextTrackingNumber(Channel.ONLINE);
        String key = UUID.randomUUID().toString();
        ReportDraft draft = new ReportDraft(
                "THEFT_FROM_VEHICLE",
                "My car was broken into last night, they took my sunglasses",
                Instant.now().minus(1, ChronoUnit.DAYS),
                null,
                "100 Clarkson Rd",
                38.66,
                -90.57,
                Map.of("vehicleLocked", true),
                new ReportDraft.Reporter("Dana Reyes", "dana@example.org", null),
                List.of(new ReportDraft.PersonInvolved("WITNESS", "Sam", "neighbour")),
                List.of(new ReportDraft.VehicleInvolved("Honda", "Civic", "blue", "ABC123", "MO")),
                List.of(new ReportDraft.PropertyInvolved("Sunglasses", 12000L, null)));
        transactions.executeWithoutResult(status -> store.insert(new ServiceRequestStore.NewRequest(
                number,
                code.hash(),
                Channel.ONLINE,
                draft,
                3,
                new ServiceRequestStore.Location("100 Clarkson Rd", 38.66, -90.57, "B11", "CHESTERFIELD"),
                null,
                null,
                key,
                Instant.now(),
                Instant.now().plus(3, ChronoUnit.DAYS))));

        var stored = store.findByTrackingNumber(number).orElseThrow();
        assertThat(stored.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(code.matches(stored.trackingCodeHash())).isTrue();
        assertThat(stored.history()).extracting(RequestLifecycle.Step::status).containsExactly(RequestStatus.RECEIVED);
        assertThat(store.findByIdempotencyKey(key))
                .map(found -> found.trackingNumber())
                .contains(number);

        // The same idempotency key can never make a second report.
        assertThatThrownBy(() ->
                        transactions.executeWithoutResult(status -> store.insert(new ServiceRequestStore.NewRequest(
                                numbers.nextTrackingNumber(Channel.ONLINE),
                                code.hash(),
                                Channel.ONLINE,
                                draft,
                                3,
                                new ServiceRequestStore.Location(null, null, null, null, null),
                                null,
                                null,
                                key,
                                Instant.now(),
                                Instant.now().plus(3, ChronoUnit.DAYS)))))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void writesOutsideATransactionAreRefused() {
        assertThatThrownBy(() -> store.insert(null)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aStepOnALockedReportIsStoredWithItsHistoryAndAStaleCopyIsRefused() {
        TrackingNumber number = numbers.nextTrackingNumber(Channel.ONLINE);
        transactions.executeWithoutResult(status -> store.insert(new ServiceRequestStore.NewRequest(
                number,
                TrackingCode.generate().hash(),
                Channel.ONLINE,
                new ReportDraft(
                        "VANDALISM",
                        "Graffiti on my fence",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                3,
                new ServiceRequestStore.Location("100 Clarkson Rd", 38.66, -90.56, null, null),
                null,
                null,
                null,
                Instant.now(),
                Instant.now().plus(3, ChronoUnit.DAYS))));
        var stale = transactions.execute(status -> store.lockForProgress(number).orElseThrow());
        transactions.executeWithoutResult(status -> {
            var tracked = store.lockForProgress(number).orElseThrow();
            tracked.lifecycle().startReview(Instant.now(), "records1");
            tracked.lifecycle().askReporter("Which fence?", Instant.now(), "records1");
            store.saveProgress(tracked, 2, Instant.now());
        });
        var stored = store.findByTrackingNumber(number).orElseThrow();
        assertThat(stored.status()).isEqualTo(RequestStatus.MORE_INFORMATION_NEEDED);
        assertThat(stored.priority()).isEqualTo(2);
        assertThat(stored.history())
                .extracting(RequestLifecycle.Step::status)
                .containsExactly(
                        RequestStatus.RECEIVED, RequestStatus.UNDER_REVIEW, RequestStatus.MORE_INFORMATION_NEEDED);
        stale.lifecycle().startReview(Instant.now(), "records2");
        assertThatThrownBy(
                        () -> transactions.executeWithoutResult(status -> store.saveProgress(stale, 3, Instant.now())))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }
}
