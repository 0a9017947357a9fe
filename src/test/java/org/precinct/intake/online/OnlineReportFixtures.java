package org.precinct.intake.online;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.precinct.geography.BeatDefinition;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeoPolygon;
import org.precinct.geography.JurisdictionDefinition;
import org.precinct.geography.JurisdictionKind;
import org.precinct.geography.addresses.AddressImport;
import org.precinct.intake.Channel;
import org.precinct.intake.FilingOutcome;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.ReportSubmission;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.request.RequestNumbers;
import org.precinct.intake.request.ServiceRequestStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data of the online report's tests, made fresh for each test so that tests sharing the database never meet: a
 * town of its own with one street of addresses, reports filed in it, and review steps on them.
 */
@Component
public class OnlineReportFixtures {

    private final Boundaries boundaries;
    private final AddressImport addresses;
    private final ReportSubmission submission;
    private final ServiceRequestStore store;
    private final RequestNumbers numbers;
    private final TransactionTemplate transactions;

    public OnlineReportFixtures(
            Boundaries boundaries,
            AddressImport addresses,
            ReportSubmission submission,
            ServiceRequestStore store,
            RequestNumbers numbers,
            TransactionTemplate transactions) {
        this.boundaries = boundaries;
        this.addresses = addresses;
        this.submission = submission;
        this.store = store;
        this.numbers = numbers;
        this.transactions = transactions;
    }

    /**
     * A 2 by 2 km town at a random spot of the southern ocean, far from every other test's, with a street of twenty
     * houses running east through its middle, numbered 100 to 290.
     *
     * @param street the street's name, e.g. {@code Qzkwvy Ln}, unique to this town
     * @param southWest the town's south-west corner
     */
    public record Town(String code, String name, String street, GeoPoint southWest) {

        /** The point {@code north} metres north and {@code east} metres east of the south-west corner. */
        public GeoPoint at(double north, double east) {
            return southWest.offset(north, east);
        }

        /** The address of the {@code index}-th house (0 to 19). */
        public String address(int index) {
            return (100 + index * 10) + " " + street;
        }

        public GeoPoint centre() {
            return at(1_000, 1_000);
        }
    }

    public Town town() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        String word = Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
        GeoPoint corner = new GeoPoint(-30 - random.nextDouble() * 25, -170 + random.nextDouble() * 340);
        Town town = new Town("O" + word.toUpperCase(Locale.ROOT), "Town of " + word, word + " Ln", corner);
        GeoPolygon square = GeoPolygon.of(town.at(0, 0), town.at(0, 2_000), town.at(2_000, 2_000), town.at(2_000, 0));
        boundaries.defineJurisdiction(
                new JurisdictionDefinition(town.code(), town.name(), JurisdictionKind.CITY, square));
        boundaries.defineBeat(new BeatDefinition(town.code() + "B", "Beat " + word, town.code(), square));
        StringBuilder csv = new StringBuilder("address,latitude,longitude\n");
        for (int i = 0; i < 20; i++) {
            GeoPoint house = town.at(1_000 + (i % 2 == 0 ? 15 : -15), 200 + i * 40);
            csv.append(String.format(
                    Locale.ROOT, "\"%s\",%.7f,%.7f%n", town.address(i), house.latitude(), house.longitude()));
        }
        addresses.importCsv(new StringReader(csv.toString()));
        return town;
    }

    /** An address of the index that lies outside every jurisdiction: near the town, but 5 km east of it. */
    public String addressOutside(Town town) {
        String address = "7 " + town.street().replace(" Ln", " Far Rd");
        GeoPoint far = town.at(1_000, 7_000);
        addresses.importCsv(new StringReader(String.format(
                Locale.ROOT,
                "address,latitude,longitude%n\"%s\",%.7f,%.7f%n",
                address,
                far.latitude(),
                far.longitude())));
        return address;
    }

    /** A report as the tests file it, with its number and its secret code. */
    public record Filed(String number, String code) {}

    /** Files a vandalism report in the town through the submission every channel uses. */
    public Filed file(Town town, String description) {
        GeoPoint place = town.centre();
        ReportDraft draft = new ReportDraft(
                "VANDALISM",
                description,
                Instant.now().minus(2, ChronoUnit.DAYS),
                null,
                null,
                place.latitude(),
                place.longitude(),
                Map.of(
                        "propertyType", "HOME",
                        "damageKind", "GRAFFITI",
                        "estimatedDamage", "150",
                        "hateSymbols", false),
                new ReportDraft.Reporter("Dana Reyes", "dana.reyes@example.org", "(636) 555-0100"),
                List.of(),
                List.of(),
                List.of());
        FilingOutcome outcome =
                submission.submit(draft, Channel.ONLINE, ReportSubmission.Context.online(null, Locale.ENGLISH));
        if (!(outcome instanceof FilingOutcome.Filed filed)) {
            throw new IllegalStateException("The test report was not filed: " + outcome);
        }
        return new Filed(filed.trackingNumber().value(), filed.trackingCode().display());
    }

    /** A reviewer takes the report into review and asks the reporter a question. */
    public void ask(String number, String reviewer, String question) {
        transactions.executeWithoutResult(status -> {
            var tracked = store.lockForProgress(new TrackingNumber(number)).orElseThrow();
            tracked.lifecycle().startReview(Instant.now(), reviewer);
            tracked.lifecycle().askReporter(question, Instant.now(), reviewer);
            store.saveProgress(tracked, tracked.priority(), Instant.now());
        });
    }

    /** A supervisor approves the report and assigns it to an officer. */
    public String approveAndAssign(String number, String officer) {
        var reportNumber = numbers.nextReportNumber();
        transactions.executeWithoutResult(status -> {
            var tracked = store.lockForProgress(new TrackingNumber(number)).orElseThrow();
            tracked.lifecycle().startReview(Instant.now(), "test-supervisor");
            tracked.lifecycle().approve(reportNumber, Instant.now(), "test-supervisor");
            tracked.lifecycle().assign(officer, Instant.now(), "test-supervisor");
            store.saveProgress(tracked, tracked.priority(), Instant.now());
        });
        return reportNumber.value();
    }

    /** A fresh, distinct text to find a test's rows by. */
    public static String marker() {
        return "m" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    /** The smallest PNG file: one transparent pixel. */
    public static byte[] png() {
        return java.util.Base64.getDecoder()
                .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    }
}
