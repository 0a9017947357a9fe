package org.precinct.intake.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.precinct.intake.Priority;
import org.precinct.intake.ReportNumber;
import org.precinct.intake.RequestStatus;
import org.precinct.shared.RuleViolationException;

/**
 * The state rules of a report from its receipt to its end. Each step checks that the report is in a state that
 * allows it and appends to the history, which is never rewritten: the reporter's status page and the audit of
 * the review both read it.
 */
public final class RequestLifecycle {

    /**
     * One step of the history; the public note is what the reporter sees, the private note stays with staff.
     *
     * @param kind what the step was; a {@link Kind#staffOnly() staff-only} step is never shown to the reporter
     * @param priority the priority set by a {@link Kind#PRIORITY_CHANGED} step, {@code null} for the other kinds
     */
    public record Step(
            RequestStatus status,
            Instant at,
            String actor,
            String publicNote,
            String privateNote,
            Kind kind,
            Integer priority) {

        public Step {
            kind = kind == null ? Kind.STATUS : kind;
        }

        /** A step that moves the report to {@code status}. */
        public Step(RequestStatus status, Instant at, String actor, String publicNote, String privateNote) {
            this(status, at, actor, publicNote, privateNote, Kind.STATUS, null);
        }
    }

    /** What a step of the history was. */
    public enum Kind {
        /** The report moved to the step's status. */
        STATUS,
        /** The report was closed as counted for statistics only, with no follow-up. */
        STATISTICS_ONLY,
        /** Staff changed the priority, for the reason in the private note; the status stayed. */
        PRIORITY_CHANGED,
        /** Another report of the same incident, named in the private note, was joined to this one. */
        MERGED_IN;

        /** Whether only staff see the step: it tells the reporter nothing about their report's progress. */
        public boolean staffOnly() {
            return this == PRIORITY_CHANGED || this == MERGED_IN;
        }
    }

    /**
     * What staff may do with a report, and in which states. The steps below check these rules; pages and the API ask
     * them to offer only what the state allows.
     */
    public enum Action {
        START_REVIEW,
        ASK_REPORTER,
        APPROVE,
        REJECT,
        MERGE,
        REFER,
        ASSIGN,
        MARK_STATISTICS_ONLY,
        CLOSE,
        CHANGE_PRIORITY;

        /** Whether a report in {@code status} allows this action. */
        public boolean allowedIn(RequestStatus status) {
            return switch (this) {
                case START_REVIEW -> status == RequestStatus.RECEIVED;
                case ASK_REPORTER -> status.awaitsReview() && status != RequestStatus.MORE_INFORMATION_NEEDED;
                case APPROVE, REJECT, REFER -> status.awaitsReview();
                // A report still in review is approved on the way, so that what is counted has a report number.
                case MARK_STATISTICS_ONLY -> status.awaitsReview() || status == RequestStatus.APPROVED;
                case ASSIGN, CLOSE -> status == RequestStatus.APPROVED || status == RequestStatus.ASSIGNED;
                case MERGE, CHANGE_PRIORITY -> status.isOpen();
            };
        }
    }

    private RequestStatus status;
    private ReportNumber reportNumber;
    private String assignee;
    private final List<Step> history = new ArrayList<>();

    private RequestLifecycle(RequestStatus status) {
        this.status = status;
    }

    public static RequestLifecycle received(Instant at, String actor) {
        RequestLifecycle lifecycle = new RequestLifecycle(RequestStatus.RECEIVED);
        lifecycle.history.add(new Step(RequestStatus.RECEIVED, at, actor, null, null));
        return lifecycle;
    }

    /** Rebuilds a lifecycle from its stored history, oldest step first. */
    public static RequestLifecycle replay(List<Step> steps, ReportNumber reportNumber, String assignee) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A report's history starts with its receipt");
        }
        RequestLifecycle lifecycle =
                new RequestLifecycle(steps.get(steps.size() - 1).status());
        lifecycle.history.addAll(steps);
        lifecycle.reportNumber = reportNumber;
        lifecycle.assignee = assignee;
        return lifecycle;
    }

    public void startReview(Instant at, String reviewer) {
        require(Action.START_REVIEW.allowedIn(status), "intake.rule.review-needs-received");
        move(RequestStatus.UNDER_REVIEW, at, reviewer, null, null);
    }

    public void askReporter(String question, Instant at, String reviewer) {
        require(Action.ASK_REPORTER.allowedIn(status), "intake.rule.not-in-review");
        move(RequestStatus.MORE_INFORMATION_NEEDED, at, reviewer, requireText(question), null);
    }

    /** The reporter answered the reviewer's question: the report goes back to review. */
    public void reporterAnswered(Instant at) {
        require(status == RequestStatus.MORE_INFORMATION_NEEDED, "intake.rule.no-question-open");
        move(RequestStatus.UNDER_REVIEW, at, null, null, null);
    }

    public void approve(ReportNumber number, Instant at, String reviewer) {
        require(Action.APPROVE.allowedIn(status), "intake.rule.not-in-review");
        reportNumber = Objects.requireNonNull(number);
        move(RequestStatus.APPROVED, at, reviewer, number.value(), null);
    }

    public void assign(String officer, Instant at, String supervisor) {
        assign(officer, null, at, supervisor);
    }

    /** @param privateNote who the officer is, as staff should read it in the history */
    public void assign(String officer, String privateNote, Instant at, String supervisor) {
        require(Action.ASSIGN.allowedIn(status), "intake.rule.assign-needs-approval");
        assignee = requireText(officer);
        move(RequestStatus.ASSIGNED, at, supervisor, null, privateNote);
    }

    public void close(String publicNote, Instant at, String actor) {
        require(Action.CLOSE.allowedIn(status), "intake.rule.close-needs-approval");
        move(RequestStatus.CLOSED, at, actor, publicNote, null);
    }

    /**
     * Closes a report that is counted for statistics and trends but followed up by no one. A report still in review
     * is approved on the way, so that what is counted has a report number.
     *
     * @param numbers gives the report number, asked only when the report has none yet
     * @param publicNote the wording the reporter reads
     */
    public void markStatisticsOnly(Supplier<ReportNumber> numbers, String publicNote, Instant at, String actor) {
        require(Action.MARK_STATISTICS_ONLY.allowedIn(status), "intake.rule.not-in-review");
        String note = requireText(publicNote);
        if (status != RequestStatus.APPROVED) {
            approve(numbers.get(), at, actor);
        }
        append(new Step(RequestStatus.CLOSED, at, actor, note, null, Kind.STATISTICS_ONLY, null));
    }

    public void reject(String reason, String privateNote, Instant at, String reviewer) {
        require(Action.REJECT.allowedIn(status), "intake.rule.not-in-review");
        move(RequestStatus.REJECTED, at, reviewer, requireText(reason), privateNote);
    }

    public void mergeInto(String otherTrackingNumber, Instant at, String reviewer) {
        mergeInto(otherTrackingNumber, null, at, reviewer);
    }

    public void mergeInto(String otherTrackingNumber, String privateNote, Instant at, String reviewer) {
        require(Action.MERGE.allowedIn(status), "intake.rule.not-open");
        move(RequestStatus.MERGED, at, reviewer, requireText(otherTrackingNumber), privateNote);
    }

    /** The surviving side of a merge: notes, for staff, which report was joined to this one. */
    public void mergedIn(String otherTrackingNumber, Instant at, String reviewer) {
        require(Action.MERGE.allowedIn(status), "intake.rule.not-open");
        append(new Step(status, at, reviewer, null, requireText(otherTrackingNumber), Kind.MERGED_IN, null));
    }

    public void refer(String unitOrAgency, Instant at, String reviewer) {
        refer(unitOrAgency, null, at, reviewer);
    }

    public void refer(String unitOrAgency, String privateNote, Instant at, String reviewer) {
        require(Action.REFER.allowedIn(status), "intake.rule.not-in-review");
        move(RequestStatus.REFERRED, at, reviewer, requireText(unitOrAgency), privateNote);
    }

    /**
     * Notes a change of priority, with its reason, for staff only; the status stays. The new priority itself is kept
     * with the report by whoever stores the step.
     */
    public void changePriority(Priority priority, String reason, Instant at, String actor) {
        require(Action.CHANGE_PRIORITY.allowedIn(status), "intake.rule.not-open");
        append(new Step(
                status,
                at,
                actor,
                null,
                requireText(reason),
                Kind.PRIORITY_CHANGED,
                Objects.requireNonNull(priority).level()));
    }

    public RequestStatus status() {
        return status;
    }

    public ReportNumber reportNumber() {
        return reportNumber;
    }

    public String assignee() {
        return assignee;
    }

    public List<Step> history() {
        return Collections.unmodifiableList(history);
    }

    private void move(RequestStatus next, Instant at, String actor, String publicNote, String privateNote) {
        append(new Step(next, at, actor, publicNote, privateNote));
    }

    private void append(Step step) {
        Objects.requireNonNull(step.at());
        status = step.status();
        history.add(step);
    }

    private static void require(boolean allowed, String messageKey) {
        if (!allowed) {
            throw new RuleViolationException(messageKey);
        }
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A note is required for this step");
        }
        return text.strip();
    }
}
