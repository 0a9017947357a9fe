package org.precinct.intake.review;

import java.util.Locale;
import org.precinct.intake.Channel;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.Priority;
import org.precinct.intake.RequestStatus;

/**
 * What the review queue shows: every criterion is optional; without a status it shows every open report.
 *
 * @param incidentType a type's code
 * @param priority one priority
 * @param age how long ago the reports came in
 * @param beat a beat's code
 * @param channel how they came in
 * @param overdueOnly only reports whose first review is overdue
 * @param status one status, open or not
 * @param page zero-based page
 */
public record QueueFilter(
        String incidentType,
        Priority priority,
        QueueAge age,
        String beat,
        Channel channel,
        boolean overdueOnly,
        RequestStatus status,
        int page) {

    public static final int PAGE_SIZE = 25;

    /** Pages beyond this are not served: nobody pages through ten thousand reports, and deep offsets are slow. */
    public static final int MAX_PAGE = 400;

    public QueueFilter {
        incidentType = blankToNull(incidentType);
        beat = blankToNull(beat);
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page out of range");
        }
    }

    public static QueueFilter everything() {
        return new QueueFilter(null, null, null, null, null, false, null, 0);
    }

    /**
     * Reads the criteria as a page's form or an API query gives them.
     *
     * @throws InvalidReviewInput naming each criterion that is not one of its possible values
     */
    public static QueueFilter parse(
            String incidentType,
            String priority,
            String age,
            String beat,
            String channel,
            String overdue,
            String status,
            String page) {
        InvalidReviewInput.Collector input = new InvalidReviewInput.Collector();
        String type = blankToNull(incidentType);
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            if (!IncidentTypeCode.isValid(type)) {
                input.add("type", "intake.review.queue.filter.invalid");
            }
        }
        Priority chosenPriority = null;
        if (blankToNull(priority) != null) {
            try {
                chosenPriority = Priority.ofLevel(Integer.parseInt(priority.strip()));
            } catch (IllegalArgumentException e) {
                input.add("priority", "intake.review.queue.filter.invalid");
            }
        }
        QueueAge chosenAge = enumValue(QueueAge.class, age, "age", input);
        String chosenBeat = blankToNull(beat);
        if (chosenBeat != null && (chosenBeat.length() > 20 || !chosenBeat.matches("[A-Za-z0-9_-]+"))) {
            input.add("beat", "intake.review.queue.filter.invalid");
        }
        Channel chosenChannel = enumValue(Channel.class, channel, "channel", input);
        RequestStatus chosenStatus = enumValue(RequestStatus.class, status, "status", input);
        boolean overdueOnly = false;
        if (blankToNull(overdue) != null) {
            switch (overdue.strip().toLowerCase(Locale.ROOT)) {
                case "true", "on", "1" -> overdueOnly = true;
                case "false", "off", "0" -> overdueOnly = false;
                default -> input.add("overdue", "intake.review.queue.filter.invalid");
            }
        }
        int chosenPage = 0;
        if (blankToNull(page) != null) {
            try {
                chosenPage = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                chosenPage = -1;
            }
            if (chosenPage < 0 || chosenPage > MAX_PAGE) {
                input.add("page", "intake.review.queue.filter.invalid");
                chosenPage = 0;
            }
        }
        input.throwIfAny();
        return new QueueFilter(
                type, chosenPriority, chosenAge, chosenBeat, chosenChannel, overdueOnly, chosenStatus, chosenPage);
    }

    /** The same criteria on another page. */
    public QueueFilter onPage(int otherPage) {
        return new QueueFilter(incidentType, priority, age, beat, channel, overdueOnly, status, otherPage);
    }

    /** Says what was searched for, to be kept in the audit trail. */
    public String describe() {
        StringBuilder text = new StringBuilder("queue");
        append(text, "type", incidentType);
        append(text, "priority", priority == null ? null : priority.level());
        append(text, "age", age);
        append(text, "beat", beat);
        append(text, "channel", channel);
        append(text, "overdue", overdueOnly ? true : null);
        append(text, "status", status);
        append(text, "page", page == 0 ? null : page);
        return text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(' ').append(name).append('=').append(value);
        }
    }

    private static <E extends Enum<E>> E enumValue(
            Class<E> type, String text, String field, InvalidReviewInput.Collector input) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            input.add(field, "intake.review.queue.filter.invalid");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
