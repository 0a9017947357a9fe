package org.precinct.intake.duplicates;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.DuplicateQuery;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.SameIncidentAccounts;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.TriageResult;
import org.precinct.notifications.InAppNotifications;
import org.precinct.shared.EmployeeAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds accounts of an already reported incident to the open report, as a supplement staff read with it. Like every
 * contact, an account passes the emergency check first; the officer the report is assigned to (its assignee, a DSN),
 * when there is one, is told in the console on each of their accounts.
 */
@Service
class OtherReporterAccounts implements SameIncidentAccounts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ().-]{7,25}");

    private final JdbcClient jdbc;
    private final DuplicateFinder duplicates;
    private final ReportTriage triage;
    private final AuditTrail audit;
    private final InAppNotifications notifications;
    private final EmployeeAccounts accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OtherReporterAccounts(
            JdbcClient jdbc,
            DuplicateFinder duplicates,
            ReportTriage triage,
            AuditTrail audit,
            InAppNotifications notifications,
            EmployeeAccounts accounts,
            TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.duplicates = duplicates;
        this.triage = triage;
        this.audit = audit;
        this.notifications = notifications;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome addFromResident(String report, DuplicateQuery incident, Account account) {
        return add(report, Source.OTHER_REPORTER, account, incident);
    }

    @Override
    public Outcome addFromCaller(String report, Source source, Account account) {
        return add(report, source, account, null);
    }

    private Outcome add(String report, Source source, Account account, DuplicateQuery mustBeLike) {
        TriageResult assessment = triage.assess(TriageRequest.of(account.text()));
        if (assessment.emergency()) {
            return new Outcome.Emergency(assessment);
        }
        Map<String, String> problems = check(account);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        if (!TrackingNumber.isWellFormed(report)) {
            return new Outcome.NoSuchReport();
        }
        TrackingNumber number = new TrackingNumber(report);
        if (mustBeLike != null && !duplicates.isCandidate(mustBeLike, number)) {
            return new Outcome.NoSuchReport();
        }
        Outcome outcome = transactions.execute(status -> store(number, source, account));
        if (outcome instanceof Outcome.Added) {
            audit.success(AuditAction.CREATE, "request-supplement", number.value());
        }
        return outcome;
    }

    private Outcome store(TrackingNumber number, Source source, Account account) {
        var report = jdbc.sql("""
                        select id, status, assignee from intake.service_request
                        where tracking_number = :number for share
                        """)
                .param("number", number.value())
                .query((row, index) -> new OpenReport(
                        row.getLong("id"), RequestStatus.valueOf(row.getString("status")), row.getString("assignee")))
                .optional()
                .filter(found -> found.status().isOpen());
        if (report.isEmpty()) {
            return new Outcome.NoSuchReport();
        }
        long supplement = jdbc.sql("""
                        insert into intake.request_supplement (request_id, at, source, author, text)
                        values (:request, :at, :source, :author, :text)
                        returning id
                        """)
                .param("request", report.get().id())
                .param("at", Timestamp.from(clock.instant()))
                .param("source", source.name())
                .param("author", blankToNull(account.name()))
                .param("text", account.text().strip())
                .query(Long.class)
                .single();
        String email = blankToNull(account.email());
        String phone = blankToNull(account.phone());
        if (email != null || phone != null) {
            jdbc.sql("insert into intake.supplement_contact (supplement_id, email, phone) values (:id, :email, :phone)")
                    .param("id", supplement)
                    .param("email", email)
                    .param("phone", phone)
                    .update();
        }
        if (report.get().assignee() != null) {
            for (String username : accounts.usernamesOf(report.get().assignee())) {
                notifications.notify(
                        username,
                        "intake.duplicates.notice.account-added",
                        new Object[] {number.value()},
                        "/staff/intake/queue/" + number.value());
            }
        }
        return new Outcome.Added(number);
    }

    private static Map<String, String> check(Account account) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (account.text() == null || account.text().isBlank()) {
            problems.put("description", "intake.duplicates.account.required");
        } else if (account.text().length() > MAX_TEXT) {
            problems.put("description", "intake.duplicates.account.too-long");
        }
        if (account.name() != null && account.name().length() > 200) {
            problems.put("reporter.name", "intake.duplicates.account.name-too-long");
        }
        if (account.email() != null
                && !account.email().isBlank()
                && (account.email().length() > 254
                        || !EMAIL.matcher(account.email().strip()).matches())) {
            problems.put("reporter.email", "intake.duplicates.account.email-invalid");
        }
        if (account.phone() != null
                && !account.phone().isBlank()
                && !PHONE.matcher(account.phone().strip()).matches()) {
            problems.put("reporter.phone", "intake.duplicates.account.phone-invalid");
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record OpenReport(long id, RequestStatus status, String assignee) {}
}
