package org.precinct.intake.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.precinct.intake.ReportNumber;
import org.precinct.intake.RequestStatus;
import org.precinct.shared.RuleViolationException;

/**
 * The state rules of a report from its receipt to its end. Each step checks that the report is in a state that
 * allows it and appends to the history, which is never rewritten: the reporter's status page and the audit of
 * the review both read it.
 */
public final class RequestLifecycle {

    /** One step of the history; the public note is what the reporter sees, the private note stays with staff. */
    public record Step(RequestStatus status, Instant at, String actor, String publicNote, String privateNote) {}

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
        require(status == RequestStatus.RECEIVED, "intake.rule.review-needs-received");
        move(RequestStatus.UNDER_REVIEW, at, reviewer, null, null);
    }

    public void askReporter(String question, Instant at, String reviewer) {
        require(status.awaitsReview() && status != RequestStatus.MORE_INFORMATION_NEEDED, "intake.rule.not-in-review");
        move(RequestStatus.MORE_INFORMATION_NEEDED, at, reviewer, requireText(question), null);
    }

    /** The reporter answered the reviewer's question: the report goes back to review. */
    public void reporterAnswered(Instant at) {
        require(status == RequestStatus.MORE_INFORMATION_NEEDED, "intake.rule.no-question-open");
        move(RequestStatus.UNDER_REVIEW, at, null, null, null);
    }

    public void approve(ReportNumber number, Instant at, String reviewer) {
        require(status.awaitsReview(), "intake.rule.not-in-review");
        reportNumber = Objects.requireNonNull(number);
        move(RequestStatus.APPROVED, at, reviewer, number.value(), null);
    }

    public void assign(String officer, Instant at, String supervisor) {
        require(
                status == RequestStatus.APPROVED || status == RequestStatus.ASSIGNED,
                "intake.rule.assign-needs-approval");
        assignee = requireText(officer);
        move(RequestStatus.ASSIGNED, at, supervisor, null, null);
    }

    public void close(String publicNote, Instant at, String actor) {
        require(
                status == RequestStatus.APPROVED || status == RequestStatus.ASSIGNED,
                "intake.rule.close-needs-approval");
        move(RequestStatus.CLOSED, at, actor, publicNote, null);
    }

    public void reject(String reason, String privateNote, Instant at, String reviewer) {
        require(status.awaitsReview(), "intake.rule.not-in-review");
        move(RequestStatus.REJECTED, at, reviewer, requireText(reason), privateNote);
    }

    public void mergeInto(String otherTrackingNumber, Instant at, String reviewer) {
        require(status.isOpen(), "intake.rule.not-open");
        move(RequestStatus.MERGED, at, reviewer, requireText(otherTrackingNumber), null);
    }

    public void refer(String unitOrAgency, Instant at, String reviewer) {
        require(status.awaitsReview(), "intake.rule.not-in-review");
        move(RequestStatus.REFERRED, at, reviewer, requireText(unitOrAgency), null);
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
        status = next;
        history.add(new Step(next, Objects.requireNonNull(at), actor, publicNote, privateNote));
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
