package org.precinct.intake.review;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.precinct.geography.BeatDefinition;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeoPolygon;
import org.precinct.geography.JurisdictionDefinition;
import org.precinct.geography.JurisdictionKind;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.account.AccountAdministration;
import org.precinct.identity.account.NewAccount;
import org.precinct.intake.Channel;
import org.precinct.intake.FilingOutcome;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.ReportSubmission;
import org.precinct.intake.TrackingCode;
import org.precinct.intake.TrackingNumber;
import org.precinct.personnel.CreateEmployeeCommand;
import org.precinct.personnel.CreateOrgUnitCommand;
import org.precinct.personnel.Dsn;
import org.precinct.personnel.EmployeeProfile;
import org.precinct.personnel.EmployeeRecords;
import org.precinct.personnel.EmploymentStatus;
import org.precinct.personnel.OrgChart;
import org.precinct.personnel.OrgUnitKind;
import org.precinct.personnel.Rank;
import org.precinct.personnel.UnitCode;
import org.precinct.shared.Role;
import org.precinct.shared.StaffIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Makes what review tests need, each with names of its own so that tests sharing the database never meet: a town with
 * one beat far from every other test's, reports filed in it through the real submission, officers with accounts, and
 * additions to reports. Runs code as a staff member with given roles.
 */
@Component
public class ReviewFixtures {

    private final Boundaries boundaries;
    private final ReportSubmission submission;
    private final OrgChart orgChart;
    private final EmployeeRecords employees;
    private final AccountAdministration accounts;
    private final JdbcClient jdbc;

    ReviewFixtures(
            Boundaries boundaries,
            ReportSubmission submission,
            OrgChart orgChart,
            EmployeeRecords employees,
            AccountAdministration accounts,
            JdbcClient jdbc) {
        this.boundaries = boundaries;
        this.submission = submission;
        this.orgChart = orgChart;
        this.employees = employees;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A town of its own with one beat, whose code filters a test's reports out of the shared queue. */
    public record Town(String beat, double latitude, double longitude) {}

    public Town town() {
        double latitude = -40 - ThreadLocalRandom.current().nextDouble(20);
        double longitude = -170 + ThreadLocalRandom.current().nextDouble(340);
        String code = "R"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24))
                        .toUpperCase(Locale.ROOT);
        GeoPolygon square = GeoPolygon.of(
                new GeoPoint(latitude - 0.01, longitude - 0.01),
                new GeoPoint(latitude - 0.01, longitude + 0.01),
                new GeoPoint(latitude + 0.01, longitude + 0.01),
                new GeoPoint(latitude + 0.01, longitude - 0.01));
        boundaries.defineJurisdiction(new JurisdictionDefinition(code, "Town " + code, JurisdictionKind.CITY, square));
        boundaries.defineBeat(new BeatDefinition(code + "B", "Beat " + code, code, square));
        return new Town(code + "B", latitude, longitude);
    }

    /** Someone who reports; {@code language} null files without one. */
    public record Reporter(String name, String email, String phone, Locale language) {

        public static Reporter english(String name) {
            return new Reporter(name, mailbox(name), "(636) 555-0100", Locale.ENGLISH);
        }

        public static Reporter spanish(String name) {
            return new Reporter(name, mailbox(name), "(636) 555-0101", Locale.forLanguageTag("es"));
        }

        public static Reporter unknownLanguage(String name) {
            return new Reporter(name, mailbox(name), "(636) 555-0102", null);
        }

        public static Reporter byPhoneOnly(String name) {
            return new Reporter(name, null, "(636) 555-0103", Locale.ENGLISH);
        }

        private static String mailbox(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ".") + "."
                    + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        }
    }

    /** A filed report: its number, and the code that unlocks its status page. */
    public record Filed(TrackingNumber number, TrackingCode code) {

        public String value() {
            return number.value();
        }
    }

    /** Graffiti found on a garage: a routine vandalism report, filed online. */
    public Filed vandalism(Town town, Reporter reporter, String description) {
        return file(
                town,
                Channel.ONLINE,
                "VANDALISM",
                description,
                Map.of(
                        "propertyType",
                        "HOME",
                        "damageKind",
                        "GRAFFITI",
                        "estimatedDamage",
                        "150.00",
                        "hateSymbols",
                        false),
                reporter);
    }

    /** A parked car hit by a driver who left: a priority 2 report, taken by phone. */
    public Filed hitAndRun(Town town, Reporter reporter, String description) {
        return file(town, Channel.PHONE, "HIT_AND_RUN", description, Map.of("unattended", true), reporter);
    }

    public Filed file(
            Town town,
            Channel channel,
            String type,
            String description,
            Map<String, Object> answers,
            Reporter reporter) {
        ReportDraft draft = new ReportDraft(
                type,
                description,
                Instant.now().minus(1, ChronoUnit.DAYS),
                null,
                null,
                town.latitude(),
                town.longitude(),
                answers,
                new ReportDraft.Reporter(reporter.name(), reporter.email(), reporter.phone()),
                List.of(new ReportDraft.PersonInvolved("WITNESS", "Sam Ortiz", "neighbour across the street")),
                List.of(new ReportDraft.VehicleInvolved("Honda", "Civic", "blue", "ABC1234", "MO")),
                List.of(new ReportDraft.PropertyInvolved("Garage door", 45000L, null)));
        ReportSubmission.Context context = channel == Channel.PHONE
                ? new ReportSubmission.Context(null, "(636) 555-0199", "calltaker", reporter.language())
                : ReportSubmission.Context.online(null, reporter.language());
        FilingOutcome outcome = submission.submit(draft, channel, context);
        if (!(outcome instanceof FilingOutcome.Filed filed)) {
            throw new IllegalStateException("The test report was not filed: " + outcome);
        }
        return new Filed(filed.trackingNumber(), filed.trackingCode());
    }

    /** A serving patrol officer with an account of their own linked to them. */
    public record Officer(String dsn, String displayName, String username) {}

    public Officer officer(String firstName, String lastName) {
        long unit = asStaff(
                "fixtures",
                null,
                Set.of(Role.HR),
                () -> orgChart.create(new CreateOrgUnitCommand(
                        OrgUnitKind.DIVISION,
                        new UnitCode("R"
                                + Integer.toString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF), 36)
                                        .toUpperCase(Locale.ROOT)),
                        "Patrol " + lastName,
                        "Patrulla " + lastName,
                        null,
                        null)));
        String dsn = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        asStaff(
                "fixtures",
                null,
                Set.of(Role.HR),
                () -> employees.create(new CreateEmployeeCommand(
                        new Dsn(dsn),
                        new EmployeeProfile(
                                firstName,
                                lastName,
                                Rank.OFFICER,
                                "Patrol Officer",
                                "(636) 555-0150",
                                firstName.toLowerCase(Locale.ROOT) + "." + dsn + "@police.example",
                                LocalDate.of(2019, 4, 1)),
                        EmploymentStatus.ACTIVE,
                        unit)));
        String username = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        accounts.open(new NewAccount(
                username,
                "Ofc. " + firstName + " " + lastName,
                username + "@police.example",
                dsn,
                Set.of(Role.OFFICER),
                TestAccounts.PASSWORD));
        return new Officer(dsn, "Ofc. " + firstName + " " + lastName, username);
    }

    /** Something the reporter added after filing, as the part of Precinct that takes additions stores it. */
    public long supplement(TrackingNumber number, String source, String text) {
        return jdbc.sql("""
                        insert into intake.request_supplement (request_id, at, source, author, text)
                        select id, now(), :source, reporter_name, :text from intake.service_request
                        where tracking_number = :number
                        returning id
                        """)
                .param("source", source)
                .param("text", text)
                .param("number", number.value())
                .query(Long.class)
                .single();
    }

    /** A file given with a report, as the part of Precinct that takes files stores it. */
    public long attachment(TrackingNumber number, String fileName, String mediaType, byte[] content) {
        return jdbc.sql("""
                        insert into intake.request_attachment (request_id, file_name, media_type, size_bytes, sha256,
                                                               content, created_at)
                        select id, :name, :type, :size, :sha, :content, now() from intake.service_request
                        where tracking_number = :number
                        returning id
                        """)
                .param("name", fileName)
                .param("type", mediaType)
                .param("size", content.length)
                .param("sha", "0".repeat(64))
                .param("content", content)
                .param("number", number.value())
                .query(Long.class)
                .single();
    }

    /** Moves a report's receipt and review due time into the past, as if it had waited. */
    public void backdate(TrackingNumber number, Instant receivedAt, Instant reviewDueAt) {
        jdbc.sql(
                        "update intake.service_request set created_at = :received, review_due_at = :due where tracking_number = :n")
                .param("received", Timestamp.from(receivedAt))
                .param("due", Timestamp.from(reviewDueAt))
                .param("n", number.value())
                .update();
    }

    /** A staff member as the services and the audit trail see them: account name and DSN. */
    public record Staff(String username, String dsn, String displayName) implements StaffIdentity, Principal {

        @Override
        public String getName() {
            return username;
        }
    }

    /** Runs {@code work} signed in as {@code username} with {@code roles}, then puts back whoever was signed in. */
    public static <T> T asStaff(String username, String dsn, Collection<Role> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext staff = SecurityContextHolder.createEmptyContext();
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        staff.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new Staff(username, dsn, username), null, authorities));
        SecurityContextHolder.setContext(staff);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void asStaff(String username, Collection<Role> roles, Runnable work) {
        asStaff(username, null, roles, () -> {
            work.run();
            return null;
        });
    }
}
