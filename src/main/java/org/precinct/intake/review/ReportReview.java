package org.precinct.intake.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.Priority;
import org.precinct.intake.ReportAccepted;
import org.precinct.intake.ReportNumber;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.request.RequestLifecycle;
import org.precinct.intake.request.RequestNumbers;
import org.precinct.intake.request.ServiceRequestStore;
import org.precinct.notifications.InAppNotifications;
import org.precinct.personnel.Dsn;
import org.precinct.personnel.EmployeeDirectory;
import org.precinct.personnel.EmployeeSummary;
import org.precinct.shared.EmployeeAccounts;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a report, one transaction per step: take it into review, ask the reporter a question, approve it
 * with an official report number, reject it with a reason, merge it into another report of the same incident, refer
 * it to another unit or agency, assign it to an officer, close it (or close it as counted for statistics only),
 * change its priority.
 *
 * <p>Every step locks the report, checks that the signed-in staff member may take it and that the report's state
 * allows it, refuses a decision made on a copy someone else has changed since ({@code expectedVersion}), stores the
 * new history, tells the reporter by e-mail when the change matters to them, and is audited under the object type
 * {@value #OBJECT_TYPE} with the tracking number as the object's id. A refused step changes nothing and is audited
 * as denied when the staff member lacked the role.
 */
@Service
public class ReportReview {

    public static final String OBJECT_TYPE = "service-request";
    public static final String SUPPLEMENT_OBJECT_TYPE = "request-supplement";

    static final int MAX_QUESTION = 2000;
    static final int MAX_PUBLIC_NOTE = 2000;
    static final int MAX_PRIVATE_NOTE = 4000;
    static final int MAX_UNIT = 200;

    private static final String CHANGED_MEANWHILE = "intake.review.rule.changed-meanwhile";

    private final ServiceRequestStore store;
    private final RequestNumbers numbers;
    private final ReviewQueries queries;
    private final RejectionReasons reasons;
    private final ReporterUpdates reporters;
    private final InAppNotifications notices;
    private final EmployeeDirectory employees;
    private final EmployeeAccounts accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportReview(
            ServiceRequestStore store,
            RequestNumbers numbers,
            ReviewQueries queries,
            RejectionReasons reasons,
            ReporterUpdates reporters,
            InAppNotifications notices,
            EmployeeDirectory employees,
            EmployeeAccounts accounts,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.numbers = numbers;
        this.queries = queries;
        this.reasons = reasons;
        this.reporters = reporters;
        this.notices = notices;
        this.employees = employees;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Where a report stands after a step.
     *
     * @param version the version the next step must be taken from
     */
    public record StepOutcome(
            TrackingNumber trackingNumber, RequestStatus status, String reportNumber, Priority priority, int version) {}

    /**
     * Takes a newly received report into review; the reporter hears that it is being reviewed.
     *
     * @param expectedVersion the version the decision was made on, or {@code null} to take the report as it is
     * @throws NoSuchRecordException when there is no such report
     * @throws RuleViolationException when the report is not newly received, or changed since {@code expectedVersion}
     */
    @Transactional
    public StepOutcome startReview(TrackingNumber number, Integer expectedVersion) {
        return take(number, expectedVersion, ReviewAccess.REVIEWERS, false, (report, step) -> {
            report.lifecycle().startReview(step.at(), step.actor());
            return Result.telling(new ReporterUpdates.Update(ReporterUpdates.Change.UNDER_REVIEW, null, null));
        });
    }

    /**
     * Sends a report back to its reporter with a question, which they read on the status page and in the e-mail.
     *
     * @throws InvalidReviewInput when the question is missing or too long
     */
    @Transactional
    public StepOutcome askReporter(TrackingNumber number, String question, Integer expectedVersion) {
        requireRoles(number, ReviewAccess.REVIEWERS, false);
        InvalidReviewInput.Collector input = new InvalidReviewInput.Collector();
        String asked = input.required("question", question, MAX_QUESTION);
        input.throwIfAny();
        return take(number, expectedVersion, ReviewAccess.REVIEWERS, false, (report, step) -> {
            report.lifecycle().askReporter(asked, step.at(), step.actor());
            return Result.telling(
                    new ReporterUpdates.Update(ReporterUpdates.Change.MORE_INFORMATION_NEEDED, asked, null));
        });
    }

    /**
     * Accepts a report as an official one, with the next report number; the tracking number keeps working. Publishes
     * {@link ReportAccepted} in the same transaction.
     */
    @Transactional
    public StepOutcome approve(TrackingNumber number, Integer expectedVersion) {
        return take(number, expectedVersion, ReviewAccess.REVIEWERS, false, (report, step) -> {
            // Check first, so that a refused approval uses up no report number.
            requireAllowed(report, RequestLifecycle.Action.APPROVE, "intake.rule.not-in-review");
            ReportNumber reportNumber = numbers.nextReportNumber();
            report.lifecycle().approve(reportNumber, step.at(), step.actor());
            events.publishEvent(new ReportAccepted(number.value(), reportNumber.value(), step.actor()));
            return Result.telling(
                    new ReporterUpdates.Update(ReporterUpdates.Change.APPROVED, null, reportNumber.value()));
        });
    }

    /**
     * Does not accept a report. The reporter reads the reason's label; the private note stays with staff.
     *
     * @param reasonCode the code of an active rejection reason
     * @param privateNote for staff only; may be empty
     * @throws InvalidReviewInput when the reason is missing or not in use, or the note too long
     */
    @Transactional
    public StepOutcome reject(TrackingNumber number, String reasonCode, String privateNote, Integer expectedVersion) {
        requireRoles(number, ReviewAccess.REVIEWERS, false);
        InvalidReviewInput.Collector input = new InvalidReviewInput.Collector();
        RejectionReason reason = null;
        if (reasonCode == null || reasonCode.isBlank()) {
            input.add("reason", "intake.review.input.required");
        } else {
            reason = reasons.find(reasonCode).filter(RejectionReason::active).orElse(null);
            if (reason == null) {
                input.add("reason", "intake.review.reject.reason.unknown");
            }
        }
        String note = input.optional("privateNote", privateNote, MAX_PRIVATE_NOTE);
        input.throwIfAny();
        RejectionReason chosen = reason;
        return take(number, expectedVersion, ReviewAccess.REVIEWERS, false, (report, step) -> {
            String publicNote = chosenLabel(chosen, step.reporter().language());
            report.lifecycle().reject(publicNote, note, step.at(), step.actor());
            return Result.telling(new ReporterUpdates.Update(ReporterUpdates.Change.REJECTED, publicNote, null));
        });
    }

    /**
     * Joins a report to another open report of the same incident. Both histories say so; the merged report points to
     * the surviving one, and its reporter is told which one it is.
     *
     * @param survivor the tracking number of the report that stays
     * @throws InvalidReviewInput when the surviving report is missing, the same, unknown or no longer open
     */
    @Transactional
    public StepOutcome merge(TrackingNumber number, String survivor, String privateNote, Integer expectedVersion) {
        requireRoles(number, ReviewAccess.REVIEWERS, false);
        InvalidReviewInput.Collector input = new InvalidReviewInput.Collector();
        String into = input.required("into", survivor, 20);
        TrackingNumber surviving = null;
        if (into != null) {
            if (!TrackingNumber.isWellFormed(into)) {
                input.add("into", "intake.review.merge.into.format");
            } else {
                surviving = new TrackingNumber(into);
                if (surviving.equals(number)) {
                    input.add("into", "intake.review.merge.into.same");
                }
            }
        }
        String note = input.optional("privateNote", privateNote, MAX_PRIVATE_NOTE);
        input.throwIfAny();
        TrackingNumber kept = surviving;
        // Two reports are locked in the order of their numbers, so that two merges of the same pair cannot deadlock.
        if (kept.value().compareTo(number.value()) < 0) {
            store.lockForProgress(kept);
        }
        return take(number, expectedVersion, ReviewAccess.REVIEWERS, false, (report, step) -> {
            ServiceRequestStore.TrackedRequest other = store.lockForProgress(kept)
                    .orElseThrow(() -> InvalidReviewInput.of("into", "intake.review.merge.into.unknown"));
            if (!other.lifecycle().status().isOpen()) {
                throw InvalidReviewInput.of("into", "intake.review.merge.into.closed");
            }
            report.lifecycle().mergeInto(kept.value(), note, step.at(), step.actor());
            other.lifecycle().mergedIn(number.value(), step.at(), step.actor());
            save(other, other.priority(), step.at());
            audit.success(AuditAction.CHANGE, OBJECT_TYPE, kept.value());
            return Result.telling(new ReporterUpdates.Update(ReporterUpdates.Change.MERGED, kept.value(), null));
        });
    }

    /**
     * Hands an approved report to an officer for follow-up. The officer is told in the console; the reporter by
     * e-mail that an officer follows it up.
     *
     * @param officerDsn the DSN of a serving sworn officer
     * @throws InvalidReviewInput when there is no such officer
     */
    @Transactional
    public StepOutcome assign(TrackingNumber number, String officerDsn, Integer expectedVersion) {
        requireRoles(number, ReviewAccess.ASSIGNERS, false);
        EmployeeSummary officer = officer(officerDsn);
        return take(number, expectedVersion, ReviewAccess.ASSIGNERS, false, (report, step) -> {
            report.lifecycle()
                    .assign(
                            officer.dsn(),
                            officer.displayName() + " (DSN " + officer.dsn() + ")",
                            step.at(),
                            step.actor());
            String reportNumber = report.lifecycle().reportNumber().value();
            for (String username : accounts.usernamesOf(officer.dsn())) {
                notices.notify(
                        username,
                        "intake.review.notice.assigned",
                        new Object[] {number.value(), reportNumber},
                        "/staff/intake/queue/" + number.value());
            }
            return Result.telling(new ReporterUpdates.Update(ReporterUpdates.Change.ASSIGNED, null, reportNumber));
        });
    }

    /**
     * Closes a report as counted for statistics and trends, followed up by no one; a report still in review is
     * approved on the way. The reporter reads the department's wording for it.
     */
    @Transactional
    public StepOutcome markStatisticsOnly(TrackingNumber number, Integer expectedVersion) {
        return take(number, expectedVersion, ReviewAccess.REVIEWERS, false, (report, step) -> {
            requireAllowed(report, RequestLifecycle.Action.MARK_STATISTICS_ONLY, "intake.rule.not-in-review");
            String note = reporters.statisticsOnlyNote(step.reporter().language());
            boolean numberedBefore = report.lifecycle().reportNumber() != null;
            report.lifecycle().markStatisticsOnly(numbers::nextReportNumber, note, step.at(), step.actor());
            if (!numberedBefore) {
                // Counted for statistics, it is an accepted report all the same: records keeps it.
                events.publishEvent(new ReportAccepted(
                        number.value(), report.lifecycle().reportNumber().value(), step.actor()));
            }
            return Result.telling(new ReporterUpdates.Update(
                    ReporterUpdates.Change.STATISTICS_ONLY,
                    note,
                    report.lifecycle().reportNumber().value()));
        });
    }

    /**
     * Hands a report to another unit or agency, which the reporter reads.
     *
     * @throws InvalidReviewInput when the unit or agency is missing or too long
     */
    @Transactional
    public StepOutcome refer(TrackingNumber number, String unitOrAgency, String privateNote, Integer expectedVersion) {
        requireRoles(number, ReviewAccess.REVIEWERS, false);
        InvalidReviewInput.Collector input = new InvalidReviewInput.Collector();
        String unit = input.required("unitOrAgency", unitOrAgency, MAX_UNIT);
        String note = input.optional("privateNote", privateNote, MAX_PRIVATE_NOTE);
        input.throwIfAny();
        return take(number, expectedVersion, ReviewAccess.REVIEWERS, false, (report, step) -> {
            report.lifecycle().refer(unit, note, step.at(), step.actor());
            return Result.telling(new ReporterUpdates.Update(ReporterUpdates.Change.REFERRED, unit, null));
        });
    }

    /**
     * Changes an open report's priority, for a reason kept in its history for staff; the status stays and the
     * reporter is not told.
     *
     * @param level 1 (threat to life) to 4 (statistics only)
     * @throws InvalidReviewInput when the level is not one, is the current one, or the reason is missing
     */
    @Transactional
    public StepOutcome changePriority(TrackingNumber number, Integer level, String reason, Integer expectedVersion) {
        requireRoles(number, ReviewAccess.REVIEWERS, false);
        InvalidReviewInput.Collector input = new InvalidReviewInput.Collector();
        Priority priority = null;
        if (level == null) {
            input.add("priority", "intake.review.input.required");
        } else if (level < 1 || level > 4) {
            input.add("priority", "intake.review.priority.invalid");
        } else {
            priority = Priority.ofLevel(level);
        }
        String why = input.required("reason", reason, MAX_PUBLIC_NOTE);
        input.throwIfAny();
        Priority chosen = priority;
        return take(number, expectedVersion, ReviewAccess.REVIEWERS, false, (report, step) -> {
            if (report.priority() == chosen.level()) {
                throw InvalidReviewInput.of("priority", "intake.review.priority.unchanged");
            }
            report.lifecycle().changePriority(chosen, why, step.at(), step.actor());
            return new Result(chosen.level(), null);
        });
    }

    /**
     * Closes an approved or assigned report, with a note the reporter reads. Reviewers may close any; an officer the
     * report is assigned to may close it too.
     *
     * @throws InvalidReviewInput when the note is missing or too long
     */
    @Transactional
    public StepOutcome close(TrackingNumber number, String publicNote, Integer expectedVersion) {
        requireRoles(number, ReviewAccess.REVIEWERS, true);
        InvalidReviewInput.Collector input = new InvalidReviewInput.Collector();
        String note = input.required("publicNote", publicNote, MAX_PUBLIC_NOTE);
        input.throwIfAny();
        return take(number, expectedVersion, ReviewAccess.REVIEWERS, true, (report, step) -> {
            report.lifecycle().close(note, step.at(), step.actor());
            return Result.telling(new ReporterUpdates.Update(
                    ReporterUpdates.Change.CLOSED,
                    note,
                    report.lifecycle().reportNumber() == null
                            ? null
                            : report.lifecycle().reportNumber().value()));
        });
    }

    /**
     * Marks something that reached a report read by the signed-in staff member. Audited under the object type
     * {@value #SUPPLEMENT_OBJECT_TYPE}.
     *
     * @throws NoSuchRecordException when the report has no such supplement
     */
    @Transactional
    public void markSupplementRead(TrackingNumber number, long supplementId) {
        SignedInStaff staff = requireRoles(number, ReviewAccess.REVIEWERS, true);
        ServiceRequestStore.TrackedRequest report =
                store.lockForProgress(number).orElseThrow(() -> new NoSuchRecordException(OBJECT_TYPE, number));
        requireAssigneeUnlessReviewer(staff, report, AuditAction.CHANGE, SUPPLEMENT_OBJECT_TYPE, supplementId);
        if (!queries.markSupplementRead(report.id(), supplementId, staff.username(), clock.instant())) {
            throw new NoSuchRecordException(SUPPLEMENT_OBJECT_TYPE, supplementId);
        }
        audit.success(AuditAction.CHANGE, SUPPLEMENT_OBJECT_TYPE, supplementId);
    }

    /** The moment, actor and reporter of a step being taken. */
    private record StepContext(Instant at, String actor, ReviewQueries.ReporterContact reporter) {}

    /** What a step did besides its history: the priority it leaves, and what the reporter is told, if anything. */
    private record Result(int priority, ReporterUpdates.Update update) {

        /** Keeps the priority ({@code -1}: the current one) and tells the reporter. */
        static Result telling(ReporterUpdates.Update update) {
            return new Result(-1, update);
        }
    }

    @FunctionalInterface
    private interface Decision {
        Result take(ServiceRequestStore.TrackedRequest report, StepContext step);
    }

    private StepOutcome take(
            TrackingNumber number, Integer expectedVersion, Set<Role> roles, boolean assigneeMay, Decision decision) {
        SignedInStaff staff = requireRoles(number, roles, assigneeMay);
        ServiceRequestStore.TrackedRequest report =
                store.lockForProgress(number).orElseThrow(() -> new NoSuchRecordException(OBJECT_TYPE, number));
        if (!staff.holdsAny(roles)) {
            requireAssigneeUnlessReviewer(staff, report, AuditAction.CHANGE, OBJECT_TYPE, number.value());
        }
        if (expectedVersion != null && expectedVersion != report.version()) {
            throw new RuleViolationException(CHANGED_MEANWHILE);
        }
        Instant at = clock.instant();
        StepContext step = new StepContext(at, staff.username(), queries.reporterOf(report.id()));
        Result result = decision.take(report, step);
        int priority = result.priority() < 0 ? report.priority() : result.priority();
        save(report, priority, at);
        if (result.update() != null) {
            reporters.tell(step.reporter(), report.lifecycle().history().size() - 1, result.update());
        }
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, number.value());
        RequestLifecycle lifecycle = report.lifecycle();
        return new StepOutcome(
                number,
                lifecycle.status(),
                lifecycle.reportNumber() == null
                        ? null
                        : lifecycle.reportNumber().value(),
                Priority.ofLevel(priority),
                report.version() + 1);
    }

    private void save(ServiceRequestStore.TrackedRequest report, int priority, Instant at) {
        try {
            store.saveProgress(report, priority, at);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new RuleViolationException(CHANGED_MEANWHILE);
        }
    }

    /**
     * Refuses, before any work, a staff member who holds none of the roles (and, where the assigned officer may take
     * the step, is no officer either).
     */
    private SignedInStaff requireRoles(TrackingNumber number, Set<Role> roles, boolean assigneeMay) {
        SignedInStaff staff = SignedInStaff.current();
        if (staff.holdsAny(roles) || (assigneeMay && staff.roles().contains(Role.OFFICER))) {
            return staff;
        }
        throw SignedInStaff.refused(audit, AuditAction.CHANGE, OBJECT_TYPE, number.value());
    }

    private void requireAssigneeUnlessReviewer(
            SignedInStaff staff,
            ServiceRequestStore.TrackedRequest report,
            AuditAction action,
            String objectType,
            Object objectId) {
        if (!staff.holdsAny(ReviewAccess.REVIEWERS)
                && !staff.isAssignee(report.lifecycle().assignee())) {
            throw SignedInStaff.refused(audit, action, objectType, objectId);
        }
    }

    private static void requireAllowed(
            ServiceRequestStore.TrackedRequest report, RequestLifecycle.Action action, String messageKey) {
        if (!action.allowedIn(report.lifecycle().status())) {
            throw new RuleViolationException(messageKey);
        }
    }

    private EmployeeSummary officer(String dsn) {
        if (dsn == null || dsn.isBlank()) {
            throw InvalidReviewInput.of("officer", "intake.review.input.required");
        }
        if (!Dsn.isValid(dsn)) {
            throw InvalidReviewInput.of("officer", "intake.review.assign.officer.unknown");
        }
        EmployeeSummary officer = employees
                .findByDsn(dsn)
                .orElseThrow(() -> InvalidReviewInput.of("officer", "intake.review.assign.officer.unknown"));
        if (!officer.sworn() || "INACTIVE".equals(officer.status())) {
            throw InvalidReviewInput.of("officer", "intake.review.assign.officer.not-serving");
        }
        return officer;
    }

    private String chosenLabel(RejectionReason reason, java.util.Locale language) {
        if (language == null) {
            return reason.labelEn() + " / " + reason.labelEs();
        }
        return reason.label(language);
    }
}
