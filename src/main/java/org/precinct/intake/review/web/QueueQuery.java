package org.precinct.intake.review.web;

import org.precinct.intake.review.InvalidReviewInput;
import org.precinct.intake.review.QueueFilter;

/**
 * The queue's filters as the page's form and the API's query string send them, before they are checked.
 *
 * @param type an incident type's code
 * @param priority 1 to 4
 * @param age a {@link org.precinct.intake.review.QueueAge} name
 * @param beat a beat's code
 * @param channel ONLINE, PHONE or OPEN311
 * @param overdue {@code true} for overdue reports only
 * @param status one status; none for every open report
 * @param page from 0
 */
record QueueQuery(
        String type,
        String priority,
        String age,
        String beat,
        String channel,
        String overdue,
        String status,
        String page) {

    /** @throws InvalidReviewInput naming each filter that is not one of its possible values */
    QueueFilter filter() {
        return QueueFilter.parse(type, priority, age, beat, channel, overdue, status, page);
    }
}
