package org.precinct.intake.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.intake.Channel;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.Priority;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.RecordedDuplicate;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.RequestStatus;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.request.RequestLifecycle;

/**
 * Everything staff know of a report: what happened, who was involved, who reported it and how to reach them, every
 * step of its history with the staff-only notes, and what reached it since. Reading it is audited.
 *
 * @param type the report's incident type, or {@code null} if it has left the catalogue
 * @param assignee the DSN of the officer following it up, or {@code null}
 * @param assigneeName how the console names that officer, or {@code null}
 * @param overdue its first review was due and it still awaits review
 * @param version the row version a step must be taken from
 * @param likelyDuplicates reports found, when either was filed, to be likely of the same incident, best first
 */
public record ReportUnderReview(
        long id,
        TrackingNumber trackingNumber,
        Channel channel,
        String incidentType,
        IncidentTypeView type,
        RequestStatus status,
        Priority priority,
        String reportNumber,
        String assignee,
        String assigneeName,
        String description,
        Instant occurredFrom,
        Instant occurredTo,
        String address,
        Double latitude,
        Double longitude,
        String beat,
        String jurisdiction,
        Map<String, Object> answers,
        Reporter reporter,
        String callerPhone,
        String takenBy,
        Instant receivedAt,
        Instant reviewDueAt,
        boolean overdue,
        int version,
        List<ReportDraft.PersonInvolved> people,
        List<ReportDraft.VehicleInvolved> vehicles,
        List<ReportDraft.PropertyInvolved> property,
        List<RequestLifecycle.Step> history,
        List<Supplement> supplements,
        List<Attachment> attachments,
        List<RecordedDuplicate> likelyDuplicates) {

    /**
     * Who reported it; every part may be missing for an anonymous report.
     *
     * @param language the language updates go out in, or {@code null} for English and Spanish
     */
    public record Reporter(String name, String email, String phone, String language) {

        public boolean anonymous() {
            return blank(name) && blank(email) && blank(phone);
        }
    }

    /**
     * Something that reached the report after it was filed.
     *
     * @param source REPORTER, ANSWER (to a reviewer's question), OTHER_REPORTER or STAFF
     * @param readAt when a staff member marked it read, or {@code null} while unread
     */
    public record Supplement(
            long id, Instant at, String source, String author, String text, Instant readAt, String readBy) {

        public boolean unread() {
            return readAt == null;
        }

        public String sourceMessageKey() {
            return "intake.review.supplement.source." + source;
        }
    }

    /**
     * A photo or document given with the report or with one of its supplements.
     *
     * @param supplementId the supplement it came with, or {@code null} when it came with the report
     */
    public record Attachment(
            long id, Long supplementId, String fileName, String mediaType, int sizeBytes, Instant createdAt) {}

    /** An answer to one of the type's questions, as a reader of {@code locale} should see it. */
    public record AnswerLine(String question, String answer) {}

    public ReportUnderReview {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        people = List.copyOf(people);
        vehicles = List.copyOf(vehicles);
        property = List.copyOf(property);
        history = List.copyOf(history);
        supplements = List.copyOf(supplements);
        attachments = List.copyOf(attachments);
        likelyDuplicates = List.copyOf(likelyDuplicates);
    }

    /** Whether the report's state allows the action now. */
    public boolean allows(RequestLifecycle.Action action) {
        return action.allowedIn(status);
    }

    /** Whether the report's state allows the action named (as {@link RequestLifecycle.Action} names it) now. */
    public boolean allowsStep(String action) {
        return allows(RequestLifecycle.Action.valueOf(action));
    }

    /** The priority a priority change of the history set, or {@code null} for other steps. */
    public Priority priorityOf(RequestLifecycle.Step step) {
        return step.priority() == null ? null : Priority.ofLevel(step.priority());
    }

    /** How many supplements no one has marked read. */
    public long unreadSupplements() {
        return supplements.stream().filter(Supplement::unread).count();
    }

    /** The report this one was merged into, or {@code null}. */
    public String mergedInto() {
        if (status != RequestStatus.MERGED) {
            return null;
        }
        return history.get(history.size() - 1).publicNote();
    }

    /**
     * The answers in the order the type asks its questions, with the questions' and choices' labels; answers to
     * questions the type no longer asks come last, under their codes.
     */
    public List<AnswerLine> answerLines(Locale locale, String yes, String no) {
        List<AnswerLine> lines = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        if (type != null) {
            for (IncidentQuestion question : type.questions()) {
                Object value = answers.get(question.code());
                if (value == null || String.valueOf(value).isBlank()) {
                    continue;
                }
                shown.add(question.code());
                lines.add(new AnswerLine(
                        question.label(locale), shown(question, String.valueOf(value), locale, yes, no)));
            }
        }
        answers.entrySet().stream()
                .filter(entry -> !shown.contains(entry.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> lines.add(new AnswerLine(entry.getKey(), String.valueOf(entry.getValue()))));
        return lines;
    }

    /** The attachments that came with the report itself, not with a supplement. */
    public List<Attachment> reportAttachments() {
        return attachments.stream().filter(file -> file.supplementId() == null).toList();
    }

    /** The attachments that came with one supplement. */
    public List<Attachment> attachmentsOf(long supplementId) {
        return attachments.stream()
                .filter(file -> file.supplementId() != null && file.supplementId() == supplementId)
                .toList();
    }

    private static String shown(IncidentQuestion question, String value, Locale locale, String yes, String no) {
        if (question.datatype() == QuestionDatatype.BOOLEAN) {
            return "true".equals(value) ? yes : "false".equals(value) ? no : value;
        }
        if (question.datatype() == QuestionDatatype.CHOICE) {
            return question.choices().stream()
                    .filter(choice -> choice.value().equals(value))
                    .map(choice -> choice.label(locale))
                    .findFirst()
                    .orElse(value);
        }
        return value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
