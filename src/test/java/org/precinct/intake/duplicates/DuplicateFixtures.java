package org.precinct.intake.duplicates;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.precinct.geography.BeatDefinition;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeoPolygon;
import org.precinct.geography.JurisdictionDefinition;
import org.precinct.geography.JurisdictionKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports stored straight into the table at a spot of the test's own, far from every other test's, so that the
 * duplicate check sees only them. Tracking numbers use the year 99, which filing never hands out.
 */
public final class DuplicateFixtures {

    private final JdbcClient jdbc;
    private final GeoPoint centre;

    private DuplicateFixtures(JdbcClient jdbc, GeoPoint centre) {
        this.jdbc = jdbc;
        this.centre = centre;
    }

    /** A spot in the western Pacific, where no other test places anything. */
    public static DuplicateFixtures somewhere(JdbcClient jdbc) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new DuplicateFixtures(jdbc, new GeoPoint(5 + random.nextDouble(25), 130 + random.nextDouble(40)));
    }

    /** Also a town covering the spot, 2 km square, so that reports filed there are inside a jurisdiction. */
    public DuplicateFixtures withTown(Boundaries boundaries) {
        String code = "D"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24))
                        .toUpperCase();
        GeoPolygon square = GeoPolygon.of(at(-1000, -1000), at(-1000, 1000), at(1000, 1000), at(1000, -1000));
        boundaries.defineJurisdiction(new JurisdictionDefinition(code, "Town " + code, JurisdictionKind.CITY, square));
        boundaries.defineBeat(new BeatDefinition(code + "B", "Beat " + code, code, square));
        return this;
    }

    public GeoPoint centre() {
        return centre;
    }

    /** The point {@code north} and {@code east} metres from the centre. */
    public GeoPoint at(double north, double east) {
        return centre.offset(north, east);
    }

    public static String newTrackingNumber() {
        return "W99-" + (100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
    }

    /** A report as the test wants it. */
    public record StoredReport(
            String incidentType,
            String status,
            GeoPoint point,
            Instant occurredFrom,
            Instant receivedAt,
            String description,
            String address) {

        public StoredReport withStatus(String other) {
            return new StoredReport(incidentType, other, point, occurredFrom, receivedAt, description, address);
        }
    }

    /** Stores a report with a named reporter (who must never show in public answers); returns its number. */
    public String store(StoredReport report) {
        String number = newTrackingNumber();
        jdbc.sql("""
                        insert into intake.service_request (tracking_number, tracking_code_hash, channel,
                            incident_type_code, status, priority, description, occurred_from, address, latitude,
                            longitude, reporter_name, reporter_email, reporter_phone, created_at, updated_at,
                            review_due_at)
                        values (:number, :hash, 'ONLINE', :type, :status, 3, :description, :from, :address, :lat, :lon,
                            'Quentin Marsh-Abernathy', 'quentin.marsh@example.org', '(636) 555-0199', :at, :at, :at)
                        """)
                .param("number", number)
                .param("hash", "0".repeat(64))
                .param("type", report.incidentType())
                .param("status", report.status())
                .param("description", report.description())
                .param("from", report.occurredFrom() == null ? null : Timestamp.from(report.occurredFrom()))
                .param("address", report.address())
                .param("lat", report.point().latitude())
                .param("lon", report.point().longitude())
                .param("at", Timestamp.from(report.receivedAt()))
                .update();
        return number;
    }
}
