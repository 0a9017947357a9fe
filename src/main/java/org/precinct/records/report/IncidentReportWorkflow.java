package org.precinct.records.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.geography.GeocodeMatch;
import org.precinct.geography.Geocoder;
import org.precinct.geography.Location;
import org.precinct.intake.Attachment;
import org.precinct.intake.ReportNumberSeries;
import org.precinct.notifications.InAppNotifications;
import org.precinct.records.IncidentReportApproved;
import org.precinct.records.IncidentReportCheck;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportProblem;
import org.precinct.records.IncidentReportStatus;
import org.precinct.shared.EmployeeAccounts;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to an incident report, one transaction each: write a draft, edit it, submit it, a supervisor's review
 * (take it, approve it, return it with comments), the Bureau of Records' approval, closing, a records correction of an
 * approved report, sealing, supplements and files.
 *
 * <p>Each step locks the report, hides it from whoever may not know it exists (a sealed report from all but records
 * staff), refuses a staff member the step is not for (audited as denied), refuses a step the report's state does not
 * allow or one decided on a copy someone has changed since, saves, tells the next person in the console, and is
 * audited under the object type {@value #OBJECT_TYPE} with the report number as the object's id.
 */
@Service
public class IncidentReportWorkflow {

    public static final String OBJECT_TYPE = "incident-report";

    static final int MAX_COMMENT = 4000;
    static final int MAX_SUPPLEMENT = 20_000;
    private static final String CHANGED_MEANWHILE = "records.report.rule.changed-meanwhile";
    private static final Set<Role> WRITERS = Set.of(Role.OFFICER, Role.SUPERVISOR, Role.RECORDS);

    private final IncidentReportStore store;
    private final ReportNumberSeries numbers;
    private final Geocoder geocoder;
    private final ObjectProvider<IncidentReportCheck> checks;
    private final InAppNotifications notices;
    private final EmployeeAccounts accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ContentRules rules;
    private final Clock clock;

    IncidentReportWorkflow(
            IncidentReportStore store,
            ReportNumberSeries numbers,
            Geocoder geocoder,
            ObjectProvider<IncidentReportCheck> checks,
            InAppNotifications notices,
            EmployeeAccounts accounts,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PrecinctProperties properties,
            Clock clock) {
        this.store = store;
        this.numbers = numbers;
        this.geocoder = geocoder;
        this.checks = checks;
        this.notices = notices;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.rules = new ContentRules(properties.timeZone());
        this.clock = clock;
    }

    /**
     * Where a report stands after a step.
     *
     * @param version the version the next step must be taken from
     */
    public record StepOutcome(String reportNumber, IncidentReportStatus status, int version) {}

    /**
     * Writes a new draft with the next number of the department's series; the signed-in officer, supervisor or
     * records clerk is its author.
     *
     * @throws InvalidReportInput naming what cannot be right
     * @throws AccessDeniedException for anyone else
     */
    @Transactional
    public StepOutcome create(ReportInput input) {
        ReportActor actor = ReportActor.current();
        if (!actor.holdsAny(WRITERS)) {
            audit.denied(AuditAction.CREATE, OBJECT_TYPE, null);
            throw new AccessDeniedException("Not allowed to write incident reports");
        }
        Instant now = clock.instant();
        ReportContent content = placed(rules.check(input, null, now));
        IncidentReport report = IncidentReport.draft(numbers.nextReportNumber().value(), content, actor, now);
        store.insert(report, now);
        audit.success(AuditAction.CREATE, OBJECT_TYPE, report.reportNumber());
        return new StepOutcome(report.reportNumber(), report.status(), 0);
    }

    /**
     * Replaces what a draft (or a report the Bureau of Records is completing) says. People the author may not see
     * (juveniles, for everyone but records staff) stay on the report as they were.
     *
     * @throws RuleViolationException when the report is approved (add a supplement, or ask for a records correction)
     *     or in review
     */
    @Transactional
    public StepOutcome update(String number, ReportInput input, Integer expectedVersion) {
        return take(number, expectedVersion, IncidentReport.Action.EDIT, (report, actor, at) -> {
            report.edit(contentFor(report, input, actor, at));
        });
    }

    /**
     * The author hands the draft to the supervisors, who are told in the console.
     *
     * @throws IncompleteReportException when a check finds something blocking; its problems say what
     */
    @Transactional
    public StepOutcome submit(String number, Integer expectedVersion) {
        return take(number, expectedVersion, IncidentReport.Action.SUBMIT, (report, actor, at) -> {
            report.submit(problems(report), actor, at);
            notifyRole(Role.SUPERVISOR, report, actor, "records.report.notice.submitted", report.authorName());
        });
    }

    /** A supervisor takes a submitted report into review. */
    @Transactional
    public StepOutcome startReview(String number, Integer expectedVersion) {
        return take(
                number,
                expectedVersion,
                IncidentReport.Action.START_REVIEW,
                (report, actor, at) -> report.startReview(actor, at));
    }

    /** A supervisor approves the report for the Bureau of Records, whose clerks and the author are told. */
    @Transactional
    public StepOutcome supervisorApprove(String number, Integer expectedVersion) {
        return take(number, expectedVersion, IncidentReport.Action.SUPERVISOR_APPROVE, (report, actor, at) -> {
            report.supervisorApprove(problems(report), actor, at);
            notifyRole(Role.RECORDS, report, actor, "records.report.notice.records-review", actor.displayName());
            notifyAuthor(report, actor, "records.report.notice.supervisor-approved");
        });
    }

    /**
     * Sends the report back to its author with comments, which the author reads on the report and is told of.
     *
     * @throws InvalidReportInput when the comments are missing or too long
     */
    @Transactional
    public StepOutcome returnToAuthor(String number, String comments, Integer expectedVersion) {
        String said = requiredText("comments", comments, MAX_COMMENT);
        return take(number, expectedVersion, IncidentReport.Action.RETURN, (report, actor, at) -> {
            report.returnToAuthor(said, actor, at);
            notifyAuthor(report, actor, "records.report.notice.returned");
        });
    }

    /**
     * The Bureau of Records approves the report: it is locked, counted, and published as
     * {@link IncidentReportApproved}.
     */
    @Transactional
    public StepOutcome recordsApprove(String number, Integer expectedVersion) {
        return take(number, expectedVersion, IncidentReport.Action.RECORDS_APPROVE, (report, actor, at) -> {
            report.recordsApprove(problems(report), actor, at);
            notifyAuthor(report, actor, "records.report.notice.approved");
            events.publishEvent(new IncidentReportApproved(report.reportNumber()));
        });
    }

    @Transactional
    public StepOutcome close(String number, Integer expectedVersion) {
        return take(
                number, expectedVersion, IncidentReport.Action.CLOSE, (report, actor, at) -> report.close(actor, at));
    }

    /**
     * Records staff correct an approved report in place, for a reason kept in its history and the audit trail.
     *
     * @throws InvalidReportInput when the reason is missing, or the corrected content cannot be right
     */
    @Transactional
    public StepOutcome correct(String number, ReportInput input, String reason, Integer expectedVersion) {
        String why = requiredText("reason", reason, MAX_COMMENT);
        return take(
                number,
                expectedVersion,
                IncidentReport.Action.CORRECT,
                (report, actor, at) -> report.correct(contentFor(report, input, actor, at), why, actor, at));
    }

    /** Records staff seal or unseal a report, for a reason kept in its history. */
    @Transactional
    public StepOutcome seal(String number, boolean sealed, String reason, Integer expectedVersion) {
        String why = requiredText("reason", reason, MAX_COMMENT);
        return take(
                number,
                expectedVersion,
                IncidentReport.Action.SEAL,
                (report, actor, at) -> report.seal(sealed, why, actor, at));
    }

    /**
     * Adds a supplement to a submitted or approved report; any officer, supervisor or records clerk may write one.
     *
     * @throws InvalidReportInput when the text is missing or too long
     */
    @Transactional
    public long addSupplement(String number, String text) {
        String written = requiredText("text", text, MAX_SUPPLEMENT);
        ReportActor actor = ReportActor.current();
        IncidentReport report = lockVisible(number, actor, AuditAction.CHANGE);
        requireMay(report, IncidentReport.Action.SUPPLEMENT, actor);
        report.requireSupplementAllowed();
        long id = store.addSupplement(report.id(), actor.username(), actor.displayName(), clock.instant(), written);
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, report.reportNumber());
        // The author of a sealed report no longer knows of it, so is not told.
        if (!report.author().equals(actor.username()) && !report.sealed()) {
            notices.notify(
                    report.author(),
                    "records.report.notice.supplement",
                    new Object[] {report.reportNumber(), actor.displayName()},
                    link(report));
        }
        return id;
    }

    /**
     * Keeps a photo or document with a report; whoever may write in it or supplement it may add one. Its type was read
     * from its bytes ({@link Attachment}).
     *
     * @return the file's id
     */
    @Transactional
    public long addAttachment(String number, Attachment file) {
        ReportActor actor = ReportActor.current();
        IncidentReport report = lockVisible(number, actor, AuditAction.CHANGE);
        IncidentReport.Action action = report.allows(IncidentReport.Action.EDIT)
                ? IncidentReport.Action.EDIT
                : IncidentReport.Action.SUPPLEMENT;
        report.requireAllowed(action);
        requireMay(report, action, actor);
        long id = store.addAttachment(report.id(), file, actor.username(), clock.instant());
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, report.reportNumber());
        return id;
    }

    /**
     * Opens the report of an intake report that was accepted, in the Bureau of Records' review; its clerks are told.
     * Opening it twice opens it once.
     *
     * @param files the photos and documents intake holds for it, kept with the report
     * @param acceptedBy who accepted it in intake, its author
     * @return the report's number, or empty when it was opened before
     */
    @Transactional
    public Optional<String> openFromIntake(
            String trackingNumber,
            String reportNumber,
            ReportContent content,
            List<Attachment> files,
            ReportActor acceptedBy) {
        if (store.findByTrackingNumber(trackingNumber).isPresent()
                || store.find(reportNumber).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        IncidentReport report =
                IncidentReport.fromIntake(reportNumber, trackingNumber, placed(content), acceptedBy, now);
        long id = store.insert(report, now);
        for (Attachment file : files) {
            store.addAttachment(id, file, acceptedBy.username(), now);
        }
        audit.record(
                acceptedBy.username(),
                acceptedBy.dsn(),
                AuditAction.CREATE,
                OBJECT_TYPE,
                reportNumber,
                org.precinct.audit.AuditOutcome.SUCCESS);
        notifyRole(Role.RECORDS, report, acceptedBy, "records.report.notice.from-intake", trackingNumber);
        return Optional.of(reportNumber);
    }

    /** What the report's checks find now, blocking problems first kept in their order. */
    public List<IncidentReportProblem> problems(IncidentReport report) {
        IncidentReportDetails details = store.details(report);
        List<IncidentReportProblem> found = new ArrayList<>();
        checks.orderedStream().forEach(check -> found.addAll(check.check(details)));
        return found;
    }

    @FunctionalInterface
    private interface Step {
        void take(IncidentReport report, ReportActor actor, Instant at);
    }

    private StepOutcome take(String number, Integer expectedVersion, IncidentReport.Action action, Step step) {
        ReportActor actor = ReportActor.current();
        IncidentReport report = lockVisible(number, actor, AuditAction.CHANGE);
        // The state first: the refusal tells what to do instead (a supplement, a correction), whoever asks.
        report.requireAllowed(action);
        requireMay(report, action, actor);
        if (expectedVersion != null && expectedVersion != report.version()) {
            throw new RuleViolationException(CHANGED_MEANWHILE);
        }
        Instant at = clock.instant();
        step.take(report, actor, at);
        try {
            store.update(report, at);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new RuleViolationException(CHANGED_MEANWHILE);
        }
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, report.reportNumber());
        return new StepOutcome(report.reportNumber(), report.status(), report.version() + 1);
    }

    /** The report, locked; one the staff member may not know exists is not found, and the attempt is audited. */
    private IncidentReport lockVisible(String number, ReportActor actor, AuditAction action) {
        Optional<IncidentReport> found = store.lock(number);
        if (found.isEmpty() || !found.get().visibleTo(actor)) {
            if (found.isPresent()) {
                audit.denied(action, OBJECT_TYPE, number);
            }
            throw new NoSuchRecordException(OBJECT_TYPE, number);
        }
        return found.get();
    }

    private void requireMay(IncidentReport report, IncidentReport.Action action, ReportActor actor) {
        if (!report.mayTake(action, actor)) {
            audit.denied(AuditAction.CHANGE, OBJECT_TYPE, report.reportNumber());
            throw new AccessDeniedException("Not allowed to " + action + " incident report " + report.reportNumber());
        }
    }

    /**
     * The content the input describes, with the people the actor may not see carried over as they were, and the place
     * resolved.
     */
    private ReportContent contentFor(IncidentReport report, ReportInput input, ReportActor actor, Instant at) {
        ReportContent checked = rules.check(input, report.content(), at);
        if (!actor.recordsStaff()) {
            List<IncidentReportDetails.Person> people = new ArrayList<>(checked.people().stream()
                    .filter(person -> !person.juvenile() || person.id() == null)
                    .toList());
            report.content().people().stream()
                    .filter(IncidentReportDetails.Person::juvenile)
                    .forEach(people::add);
            checked = checked.withPeople(people);
        }
        return placed(checked);
    }

    /** Resolves the place to a jurisdiction and beat: by its map point, or by geocoding the typed address. */
    private ReportContent placed(ReportContent content) {
        if (content.latitude() != null && content.longitude() != null) {
            Optional<Location> location = geocoder.locate(content.latitude(), content.longitude());
            return content.placedAt(
                    content.latitude(),
                    content.longitude(),
                    location.map(Location::jurisdictionCode).orElse(null),
                    location.map(Location::beatCode).orElse(null));
        }
        if (content.address() != null) {
            List<GeocodeMatch> matches = geocoder.geocode(content.address(), 1);
            if (!matches.isEmpty()) {
                GeocodeMatch match = matches.get(0);
                return content.placedAt(
                        match.latitude(), match.longitude(), match.jurisdictionCode(), match.beatCode());
            }
        }
        return content.placedAt(content.latitude(), content.longitude(), null, null);
    }

    private void notifyRole(Role role, IncidentReport report, ReportActor actor, String messageKey, Object argument) {
        for (String username : accounts.usernamesWithRole(role)) {
            if (!username.equals(actor.username()) && !username.equals(report.author())) {
                notices.notify(username, messageKey, new Object[] {report.reportNumber(), argument}, link(report));
            }
        }
    }

    private void notifyAuthor(IncidentReport report, ReportActor actor, String messageKey) {
        if (!report.author().equals(actor.username())) {
            notices.notify(
                    report.author(),
                    messageKey,
                    new Object[] {report.reportNumber(), actor.displayName()},
                    link(report));
        }
    }

    private static String link(IncidentReport report) {
        return "/staff/records/reports/" + report.reportNumber();
    }

    private static String requiredText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidReportInput(Map.of(field, "records.report.input.required"));
        }
        if (text.strip().length() > max) {
            throw new InvalidReportInput(Map.of(field, "records.report.input.too-long"));
        }
        return text.strip();
    }
}
