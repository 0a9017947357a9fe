package org.precinct.records.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.precinct.records.IncidentReportProblem;
import org.precinct.records.IncidentReportStatus;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;

/**
 * An incident report and the rules of its review: written as a draft by its author, submitted to a supervisor, who
 * approves it for the Bureau of Records or returns it with comments the author reads; approved by the Bureau, after
 * which it is locked (later changes only as supplements or by an audited records correction with a reason); closed.
 *
 * <p>Each step checks two things: that the report's state allows it ({@link Action#allowedIn}, a refusal is a
 * {@link RuleViolationException} whose message says what to do instead) and that the staff member may take it
 * ({@link #mayTake}, checked by the caller first so that a refusal can be audited as denied). The history is appended
 * to, never rewritten.
 */
public final class IncidentReport {

    /** What can be done with a report. */
    public enum Action {
        EDIT,
        SUBMIT,
        START_REVIEW,
        SUPERVISOR_APPROVE,
        RETURN,
        RECORDS_APPROVE,
        CLOSE,
        CORRECT,
        SUPPLEMENT,
        SEAL;

        /** Whether a report in {@code status} allows this action. */
        public boolean allowedIn(IncidentReportStatus status) {
            return switch (this) {
                case EDIT -> status == IncidentReportStatus.DRAFT || status == IncidentReportStatus.RECORDS_REVIEW;
                case SUBMIT -> status == IncidentReportStatus.DRAFT;
                case START_REVIEW -> status == IncidentReportStatus.SUBMITTED;
                case SUPERVISOR_APPROVE ->
                    status == IncidentReportStatus.SUBMITTED || status == IncidentReportStatus.SUPERVISOR_REVIEW;
                case RETURN ->
                    status == IncidentReportStatus.SUBMITTED
                            || status == IncidentReportStatus.SUPERVISOR_REVIEW
                            || status == IncidentReportStatus.RECORDS_REVIEW;
                case RECORDS_APPROVE -> status == IncidentReportStatus.RECORDS_REVIEW;
                case CLOSE -> status == IncidentReportStatus.APPROVED;
                case CORRECT -> status.approved();
                case SUPPLEMENT -> status != IncidentReportStatus.DRAFT;
                case SEAL -> true;
            };
        }
    }

    static final String APPROVED_LOCKED = "records.report.rule.approved-locked";
    static final String IN_REVIEW = "records.report.rule.in-review";
    static final String NOT_IN_SUPERVISOR_REVIEW = "records.report.rule.not-in-supervisor-review";
    static final String NOT_IN_RECORDS_REVIEW = "records.report.rule.not-in-records-review";
    static final String NOT_A_DRAFT = "records.report.rule.not-a-draft";
    static final String NOT_APPROVED = "records.report.rule.not-approved";
    static final String DRAFT_HAS_NO_SUPPLEMENTS = "records.report.rule.draft-no-supplements";
    static final String INCOMPLETE = "records.report.rule.incomplete";
    static final String OWN_REPORT = "records.report.rule.own-report";

    private final Long id;
    private final String reportNumber;
    private final String trackingNumber;
    private final String author;
    private final String authorName;
    private IncidentReportStatus status;
    private ReportContent content;
    private boolean sealed;
    private String reviewer;
    private Instant approvedAt;
    private final int version;
    private final List<ReportStep> history = new ArrayList<>();

    private IncidentReport(
            Long id,
            String reportNumber,
            String trackingNumber,
            String author,
            String authorName,
            IncidentReportStatus status,
            ReportContent content,
            boolean sealed,
            String reviewer,
            Instant approvedAt,
            int version,
            List<ReportStep> history) {
        this.id = id;
        this.reportNumber = Objects.requireNonNull(reportNumber, "reportNumber");
        this.trackingNumber = trackingNumber;
        this.author = Objects.requireNonNull(author, "author");
        this.authorName = authorName;
        this.status = Objects.requireNonNull(status, "status");
        this.content = Objects.requireNonNull(content, "content");
        this.sealed = sealed;
        this.reviewer = reviewer;
        this.approvedAt = approvedAt;
        this.version = version;
        this.history.addAll(history);
    }

    /** A new draft written by {@code author}, numbered from the department's series. */
    public static IncidentReport draft(String reportNumber, ReportContent content, ReportActor author, Instant at) {
        IncidentReport report = new IncidentReport(
                null,
                reportNumber,
                null,
                author.username(),
                author.displayName(),
                IncidentReportStatus.DRAFT,
                content,
                false,
                null,
                null,
                0,
                List.of());
        report.append(ReportStep.Kind.CREATED, at, author, null);
        return report;
    }

    /**
     * A report opened from one intake accepted: it keeps intake's numbers and waits for the Bureau of Records, which
     * completes it. The staff member who accepted it in intake is its author.
     */
    public static IncidentReport fromIntake(
            String reportNumber, String trackingNumber, ReportContent content, ReportActor acceptedBy, Instant at) {
        IncidentReport report = new IncidentReport(
                null,
                reportNumber,
                Objects.requireNonNull(trackingNumber, "trackingNumber"),
                acceptedBy.username(),
                acceptedBy.displayName(),
                IncidentReportStatus.RECORDS_REVIEW,
                content,
                false,
                null,
                null,
                0,
                List.of());
        report.append(ReportStep.Kind.FROM_INTAKE, at, acceptedBy, trackingNumber);
        return report;
    }

    /** Rebuilds a stored report. */
    public static IncidentReport restore(
            long id,
            String reportNumber,
            String trackingNumber,
            String author,
            String authorName,
            IncidentReportStatus status,
            ReportContent content,
            boolean sealed,
            String reviewer,
            Instant approvedAt,
            int version,
            List<ReportStep> history) {
        return new IncidentReport(
                id,
                reportNumber,
                trackingNumber,
                author,
                authorName,
                status,
                content,
                sealed,
                reviewer,
                approvedAt,
                version,
                history);
    }

    /**
     * Whether {@code actor} may take {@code action} on this report, whatever its state: the author writes and submits
     * their draft; a supervisor other than the author reviews; records staff complete, approve, correct, close and
     * seal; officers, supervisors and records staff add supplements.
     */
    public boolean mayTake(Action action, ReportActor actor) {
        boolean isAuthor = author.equals(actor.username());
        return switch (action) {
            case EDIT -> status == IncidentReportStatus.DRAFT ? isAuthor || actor.recordsStaff() : actor.recordsStaff();
            case SUBMIT -> isAuthor;
            case START_REVIEW, SUPERVISOR_APPROVE -> actor.holds(Role.SUPERVISOR);
            case RETURN ->
                status == IncidentReportStatus.RECORDS_REVIEW ? actor.recordsStaff() : actor.holds(Role.SUPERVISOR);
            case RECORDS_APPROVE, CLOSE, CORRECT, SEAL -> actor.recordsStaff();
            case SUPPLEMENT -> actor.holds(Role.OFFICER) || actor.holds(Role.SUPERVISOR) || actor.recordsStaff();
        };
    }

    /** Who may read a report at all: everyone else is told there is no such report. */
    public static final java.util.Set<Role> READERS =
            java.util.EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.RECORDS, Role.COMMAND, Role.ADMIN, Role.ANALYST);

    /**
     * Whether {@code actor} may know the report exists. A sealed report exists only for records staff; a draft only for
     * its author, supervisors and records staff; any other report for every reader of reports.
     */
    public boolean visibleTo(ReportActor actor) {
        if (sealed) {
            return actor.recordsStaff();
        }
        if (status == IncidentReportStatus.DRAFT) {
            return author.equals(actor.username()) || actor.holds(Role.SUPERVISOR) || actor.recordsStaff();
        }
        return actor.holdsAny(READERS);
    }

    /**
     * Replaces what the report says. Allowed while it is a draft, and while the Bureau of Records completes it; an
     * approved report is refused with the advice to add a supplement or ask for a records correction.
     */
    public void edit(ReportContent changed) {
        requireEditable();
        content = Objects.requireNonNull(changed);
    }

    /**
     * The author hands the draft to a supervisor; it must have nothing blocking.
     *
     * @param problems what the report's checks found; a blocking one refuses the step
     */
    public void submit(List<IncidentReportProblem> problems, ReportActor actor, Instant at) {
        require(Action.SUBMIT, NOT_A_DRAFT);
        requireComplete(problems);
        append(ReportStep.Kind.SUBMITTED, IncidentReportStatus.SUBMITTED, at, actor, null);
        reviewer = null;
    }

    /** A supervisor takes the submitted report into review; others then see who is reviewing it. */
    public void startReview(ReportActor supervisor, Instant at) {
        require(Action.START_REVIEW, NOT_IN_SUPERVISOR_REVIEW);
        requireNotAuthor(supervisor);
        reviewer = supervisor.username();
        append(ReportStep.Kind.REVIEW_STARTED, IncidentReportStatus.SUPERVISOR_REVIEW, at, supervisor, null);
    }

    /** A supervisor approves it for the Bureau of Records. A report is never approved by its own author. */
    public void supervisorApprove(List<IncidentReportProblem> problems, ReportActor supervisor, Instant at) {
        require(Action.SUPERVISOR_APPROVE, NOT_IN_SUPERVISOR_REVIEW);
        requireNotAuthor(supervisor);
        requireComplete(problems);
        reviewer = supervisor.username();
        append(ReportStep.Kind.SUPERVISOR_APPROVED, IncidentReportStatus.RECORDS_REVIEW, at, supervisor, null);
    }

    /** A supervisor, or the Bureau of Records, sends it back to its author with comments the author reads. */
    public void returnToAuthor(String comments, ReportActor reviewerActor, Instant at) {
        require(Action.RETURN, NOT_IN_SUPERVISOR_REVIEW);
        if (status != IncidentReportStatus.RECORDS_REVIEW) {
            requireNotAuthor(reviewerActor);
        }
        append(ReportStep.Kind.RETURNED, IncidentReportStatus.DRAFT, at, reviewerActor, requireText(comments));
    }

    /** The Bureau of Records approves it: it becomes the department's record and is locked. */
    public void recordsApprove(List<IncidentReportProblem> problems, ReportActor clerk, Instant at) {
        require(Action.RECORDS_APPROVE, NOT_IN_RECORDS_REVIEW);
        requireComplete(problems);
        approvedAt = at;
        append(ReportStep.Kind.RECORDS_APPROVED, IncidentReportStatus.APPROVED, at, clerk, null);
    }

    public void close(ReportActor clerk, Instant at) {
        require(Action.CLOSE, NOT_APPROVED);
        append(ReportStep.Kind.CLOSED, IncidentReportStatus.CLOSED, at, clerk, null);
    }

    /** The Bureau of Records corrects an approved report in place, for a reason kept in its history. */
    public void correct(ReportContent corrected, String reason, ReportActor clerk, Instant at) {
        require(Action.CORRECT, NOT_APPROVED);
        String why = requireText(reason);
        content = Objects.requireNonNull(corrected);
        append(ReportStep.Kind.CORRECTED, status, at, clerk, why);
    }

    /** Seals or unseals the report by court order or statute, for a reason kept in its history. */
    public void seal(boolean seal, String reason, ReportActor clerk, Instant at) {
        String why = requireText(reason);
        if (sealed == seal) {
            return;
        }
        sealed = seal;
        append(seal ? ReportStep.Kind.SEALED : ReportStep.Kind.UNSEALED, status, at, clerk, why);
    }

    /** Refuses a supplement to a draft: until it is submitted, the author writes in the report itself. */
    public void requireSupplementAllowed() {
        require(Action.SUPPLEMENT, DRAFT_HAS_NO_SUPPLEMENTS);
    }

    /**
     * Refuses an action the report's state does not allow, with a message that says what to do instead.
     *
     * @throws RuleViolationException when the state does not allow it
     */
    public void requireAllowed(Action action) {
        if (action == Action.EDIT) {
            requireEditable();
            return;
        }
        String messageKey = switch (action) {
            case SUBMIT -> NOT_A_DRAFT;
            case START_REVIEW, SUPERVISOR_APPROVE, RETURN -> NOT_IN_SUPERVISOR_REVIEW;
            case RECORDS_APPROVE -> NOT_IN_RECORDS_REVIEW;
            case CLOSE, CORRECT -> NOT_APPROVED;
            case SUPPLEMENT -> DRAFT_HAS_NO_SUPPLEMENTS;
            default -> IN_REVIEW;
        };
        require(action, messageKey);
    }

    /** Whether the report's state allows the action now. */
    public boolean allows(Action action) {
        return action.allowedIn(status);
    }

    /**
     * The comments of the last return, while the report is still back with its author; {@code null} otherwise.
     */
    public String returnComments() {
        if (status != IncidentReportStatus.DRAFT || history.isEmpty()) {
            return null;
        }
        ReportStep last = history.get(history.size() - 1);
        return last.kind() == ReportStep.Kind.RETURNED ? last.comment() : null;
    }

    public Long id() {
        return id;
    }

    public String reportNumber() {
        return reportNumber;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String author() {
        return author;
    }

    public String authorName() {
        return authorName;
    }

    public IncidentReportStatus status() {
        return status;
    }

    public ReportContent content() {
        return content;
    }

    public boolean sealed() {
        return sealed;
    }

    public String reviewer() {
        return reviewer;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public int version() {
        return version;
    }

    public List<ReportStep> history() {
        return Collections.unmodifiableList(history);
    }

    private void requireEditable() {
        if (status.approved()) {
            throw new RuleViolationException(APPROVED_LOCKED);
        }
        if (!Action.EDIT.allowedIn(status)) {
            throw new RuleViolationException(IN_REVIEW);
        }
    }

    private void require(Action action, String messageKey) {
        if (!action.allowedIn(status)) {
            throw new RuleViolationException(messageKey);
        }
    }

    private void requireNotAuthor(ReportActor actor) {
        if (author.equals(actor.username())) {
            throw new RuleViolationException(OWN_REPORT);
        }
    }

    private static void requireComplete(List<IncidentReportProblem> problems) {
        if (problems.stream().anyMatch(IncidentReportProblem::blocking)) {
            throw new IncompleteReportException(problems);
        }
    }

    private void append(ReportStep.Kind kind, Instant at, ReportActor actor, String comment) {
        append(kind, status, at, actor, comment);
    }

    private void append(
            ReportStep.Kind kind, IncidentReportStatus next, Instant at, ReportActor actor, String comment) {
        status = next;
        history.add(new ReportStep(kind, next, at, actor.username(), actor.displayName(), comment));
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidReportInput(java.util.Map.of("comments", "records.report.input.required"));
        }
        return text.strip();
    }
}
