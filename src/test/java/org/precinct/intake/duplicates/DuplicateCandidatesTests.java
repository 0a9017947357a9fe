package org.precinct.intake.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.intake.DuplicateCandidate;
import org.precinct.intake.DuplicateCandidates;
import org.precinct.intake.DuplicateQuery;
import org.precinct.intake.RecordedDuplicate;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.duplicates.DuplicateFixtures.StoredReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duplicate check against stored reports: the type's window in place and time, related types, open reports
 * only, the order of the scores, and the links kept when a report is filed.
 */
@PrecinctTest
class DuplicateCandidatesTests {

    /** THEFT compares reports within 100 m and 48 hours; THEFT_FROM_VEHICLE (related) within 50 m and 24 hours. */
    private static final Instant WHEN = Instant.parse("2026-03-14T21:00:00Z");

    @Autowired
    DuplicateCandidates duplicates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Boundaries boundaries;

    @Autowired
    MockMvc mvc;

    private DuplicateFixtures place;

    @BeforeEach
    void somewhere() {
        place = DuplicateFixtures.somewhere(jdbc);
    }

    private StoredReport theft(GeoPoint point, Instant occurred, String description) {
        return new StoredReport(
                "THEFT", "RECEIVED", point, occurred, occurred.plus(Duration.ofHours(2)), description, null);
    }

    private DuplicateQuery theftQuery(String description) {
        return new DuplicateQuery(
                "THEFT", place.centre().latitude(), place.centre().longitude(), WHEN, null, description);
    }

    private List<String> numbers(List<DuplicateCandidate> candidates) {
        return candidates.stream().map(c -> c.trackingNumber().value()).toList();
    }

    @Test
    void findsReportsOfTheTypeWithinItsDistanceAndTimeWindowOnly() {
        String near = place.store(theft(place.at(60, 0), WHEN.minus(Duration.ofHours(30)), "bike stolen"));
        String tooFar = place.store(theft(place.at(0, 130), WHEN, "bike stolen"));
        String tooEarly = place.store(theft(place.at(10, 10), WHEN.minus(Duration.ofHours(50)), "bike stolen"));
        String tooLate = place.store(theft(place.at(10, 10), WHEN.plus(Duration.ofHours(49)), "bike stolen"));

        List<String> found = numbers(duplicates.find(theftQuery("my bike was stolen")));

        assertThat(found).contains(near).doesNotContain(tooFar, tooEarly, tooLate);
    }

    @Test
    void aReportWithoutAnOccurrenceTimeIsComparedByWhenItWasReceived() {
        String receivedInWindow = place.store(new StoredReport(
                "THEFT", "RECEIVED", place.at(5, 5), null, WHEN.plus(Duration.ofHours(40)), "tools taken", null));
        String receivedTooLate = place.store(new StoredReport(
                "THEFT", "RECEIVED", place.at(5, 5), null, WHEN.plus(Duration.ofHours(60)), "tools taken", null));

        List<String> found = numbers(duplicates.find(theftQuery("tools taken from my yard")));

        assertThat(found).contains(receivedInWindow).doesNotContain(receivedTooLate);
    }

    @Test
    void aPeriodThatOverlapsTheWindowCounts() {
        String weekLong = place.store(theft(place.at(0, 0), WHEN.minus(Duration.ofDays(7)), "package taken"));
        jdbc.sql("update intake.service_request set occurred_to = :to where tracking_number = :n")
                .param("to", Timestamp.from(WHEN.minus(Duration.ofHours(47))))
                .param("n", weekLong)
                .update();
        assertThat(numbers(duplicates.find(theftQuery("package taken")))).contains(weekLong);
    }

    @Test
    void relatedTypesAreFoundAndScoreBelowTheSameTypeAndUnrelatedOnesAreNot() {
        StoredReport base = theft(place.at(10, 0), WHEN, "laptop bag taken from my car on the street");
        String sameType = place.store(base);
        String related = place.store(
                new StoredReport("THEFT_FROM_VEHICLE", "RECEIVED", base.point(), WHEN, WHEN, base.description(), null));
        String unrelated =
                place.store(new StoredReport("NOISE", "RECEIVED", base.point(), WHEN, WHEN, base.description(), null));

        List<DuplicateCandidate> found = duplicates.find(theftQuery("laptop bag taken from my car"));

        assertThat(numbers(found)).containsExactly(sameType, related).doesNotContain(unrelated);
        assertThat(found.get(0).sameType()).isTrue();
        assertThat(found.get(1).sameType()).isFalse();
        assertThat(found.get(1).incidentType()).isEqualTo("THEFT_FROM_VEHICLE");
        assertThat(found.get(1).score()).isLessThan(found.get(0).score());
    }

    @Test
    void relatednessWorksBothWaysAndUsesTheReportedTypesWindow() {
        String theft = place.store(theft(place.at(30, 0), WHEN, "wallet taken from the car"));
        DuplicateQuery fromVehicle = new DuplicateQuery(
                "THEFT_FROM_VEHICLE", place.centre().latitude(), place.centre().longitude(), WHEN, null, "wallet");
        assertThat(numbers(duplicates.find(fromVehicle))).contains(theft);
        String sixtyMetresAway = place.store(theft(place.at(60, 0), WHEN, "wallet taken from the car"));
        assertThat(numbers(duplicates.find(fromVehicle))).doesNotContain(sixtyMetresAway);
    }

    @Test
    void closedAndOtherwiseFinishedReportsAreNotCandidates() {
        StoredReport open = theft(place.at(0, 0), WHEN, "scooter stolen");
        String received = place.store(open);
        String approved = place.store(open.withStatus("APPROVED"));
        String closed = place.store(open.withStatus("CLOSED"));
        String rejected = place.store(open.withStatus("REJECTED"));
        String merged = place.store(open.withStatus("MERGED"));

        assertThat(numbers(duplicates.find(theftQuery("scooter"))))
                .contains(received, approved)
                .doesNotContain(closed, rejected, merged);
    }

    @Test
    void aTypeNeverComparedHasNoCandidates() {
        place.store(new StoredReport("LOST_PROPERTY", "RECEIVED", place.centre(), WHEN, WHEN, "lost keys", null));
        DuplicateQuery lost = new DuplicateQuery(
                "LOST_PROPERTY", place.centre().latitude(), place.centre().longitude(), WHEN, null, "lost keys");
        assertThat(duplicates.find(lost)).isEmpty();
        assertThat(duplicates.find(new DuplicateQuery("NO_SUCH_TYPE", 1, 1, WHEN, null, "x")))
                .isEmpty();
    }

    @Test
    void candidatesComeBestFirstNearerAndSoonerFirst() {
        String farAndLate = place.store(theft(place.at(90, 0), WHEN.minus(Duration.ofHours(40)), "bicycle stolen"));
        String nearAndNow = place.store(theft(place.at(5, 0), WHEN, "bicycle stolen"));
        String middle = place.store(theft(place.at(45, 0), WHEN.minus(Duration.ofHours(12)), "bicycle stolen"));

        List<DuplicateCandidate> found = duplicates.find(theftQuery("bicycle stolen"));

        assertThat(numbers(found)).containsExactly(nearAndNow, middle, farAndLate);
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
        assertThat(found.get(1).score()).isGreaterThan(found.get(2).score());
    }

    @Test
    void descriptionsThatReadAlikeScoreHigher() {
        String alike = place.store(
                theft(place.at(20, 0), WHEN, "Someone stole my red mountain bike from the front porch last night"));
        String unlike = place.store(theft(place.at(20, 0), WHEN, "Garden hose and sprinkler missing from backyard"));

        List<DuplicateCandidate> found =
                duplicates.find(theftQuery("My neighbour's red mountain bike was stolen from their porch overnight"));

        assertThat(numbers(found)).containsExactly(alike, unlike);
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score() + 0.05);
    }

    @Test
    void aFartherReportInTheSameWordsStillRanksAmongTheBest() {
        // Six unlike reports closer in: the words of the farther one must still be compared, and lift it above them.
        for (int i = 0; i < 6; i++) {
            place.store(
                    theft(place.at(i, 0), WHEN, "Garden hose and sprinkler number " + i + " missing from backyard"));
        }
        String sameWords = place.store(
                theft(place.at(60, 0), WHEN, "Someone stole my red mountain bike from the front porch last night"));

        List<DuplicateCandidate> found =
                duplicates.find(theftQuery("Someone stole my red mountain bike from the front porch last night"));

        assertThat(found).hasSize(DuplicateCandidates.MAX_CANDIDATES);
        assertThat(found.get(0).trackingNumber().value()).isEqualTo(sameWords);
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
    }

    @Test
    void atMostFiveAreAnswered() {
        for (int i = 0; i < 7; i++) {
            place.store(theft(place.at(i * 5, 0), WHEN, "bike " + i));
        }
        assertThat(duplicates.find(theftQuery("bike"))).hasSize(DuplicateCandidates.MAX_CANDIDATES);
    }

    @Test
    void theIndexServesTypePeriodAndPlaceInOneScan() {
        List<String> plan = transactions.execute(status -> {
            // The test table is small enough for a sequential scan; forbidding it shows what the index can do, as
            // it does on its own against a million reports (see the index's migration).
            jdbc.sql("set local enable_seqscan = off").update();
            // Fresh statistics: other test classes of the build fill the table in between, and a plan made on stale
            // counts may prefer a bitmap over the ordered scan the search is written for.
            jdbc.sql("analyze intake.service_request").update();
            jdbc.sql("set local enable_bitmapscan = off").update();
            // On a few rows the plain location index costs the same as the duplicate index, and the planner may take
            // either; at a million rows only the duplicate index keeps type and period out of a row-by-row filter.
            // Dropping the other inside this transaction, which is rolled back, leaves the choice to be shown.
            jdbc.sql("drop index intake.service_request_location_idx").update();
            status.setRollbackOnly();
            return jdbc.sql("explain " + DuplicateFinder.SEARCH)
                    .param("codes", "{THEFT,THEFT_FROM_VEHICLE}")
                    .param("text", "bike")
                    .param("from", Timestamp.from(WHEN.minus(Duration.ofHours(48))))
                    .param("to", Timestamp.from(WHEN.plus(Duration.ofHours(48))))
                    .param("west", 10.0)
                    .param("east", 10.01)
                    .param("south", 20.0)
                    .param("north", 20.01)
                    .param("longitude", 10.005)
                    .param("latitude", 20.005)
                    .param("excluded", null)
                    .param("nearest", 50)
                    .query(String.class)
                    .list();
        });
        String text = String.join("\n", plan);
        assertThat(text).contains("Index Scan using service_request_duplicate_idx");
        String condition = plan.stream()
                .filter(line -> line.contains("Index Cond"))
                .findFirst()
                .orElseThrow();
        // The type travels in the point's lane (its md5, once PostgreSQL inlines type_lane; see the index's
        // migration): the box and the period are both conditions of the index, and the nearest come first from it.
        assertThat(condition)
                .contains("md5((incident_type_code)")
                .contains("tstzrange")
                .contains("<@");
        assertThat(text).contains("Order By: (point((longitude + ");
    }

    @Test
    void filingAReportKeepsItsLikelyDuplicatesForTheQueue() throws Exception {
        place.withTown(boundaries);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        String earlier = place.store(new StoredReport(
                "VANDALISM",
                "RECEIVED",
                place.at(20, 0),
                yesterday,
                yesterday,
                "Graffiti sprayed on the garage door",
                "310 Wicker Ln"));
        GeoPoint here = place.centre();
        String body = mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"incidentType": "VANDALISM", "description": "Graffiti sprayed on my garage door",
                                 "occurredFrom": "%s", "latitude": %s, "longitude": %s,
                                 "answers": {"propertyType": "HOME", "damageKind": "GRAFFITI",
                                             "estimatedDamage": "200", "hateSymbols": false},
                                 "reporter": {"name": "Ari Blum", "email": "ari.blum@example.org"}}
                                """.formatted(yesterday.plus(Duration.ofHours(1)), here.latitude(), here.longitude())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String filed = body.replaceAll(".*\"trackingNumber\":\"([^\"]+)\".*", "$1");

        List<RecordedDuplicate> ofNew = duplicates.recordedFor(new TrackingNumber(filed));
        assertThat(ofNew).singleElement().satisfies(link -> {
            assertThat(link.other().value()).isEqualTo(earlier);
            assertThat(link.otherFiledEarlier()).isTrue();
            assertThat(link.incidentType()).isEqualTo("VANDALISM");
            assertThat(link.score()).isBetween(0.5, 1.0);
        });
        assertThat(duplicates.recordedFor(new TrackingNumber(earlier)))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.other().value()).isEqualTo(filed);
                    assertThat(link.otherFiledEarlier()).isFalse();
                });
    }
}
