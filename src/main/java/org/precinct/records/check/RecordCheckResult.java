package org.precinct.records.check;

import java.util.List;

/**
 * What a check found.
 *
 * @param checkId the logged check, which a view of a record found by it refers to
 * @param persons persons, best match first
 * @param items vehicles and serialized items
 * @param state the state's answer, or {@code null} when the check asked nothing the state answers
 * @param searchedNothing whether the text could be none of the things a check looks for
 */
public record RecordCheckResult(
        long checkId,
        List<PersonMatch> persons,
        List<ItemMatch> items,
        StateLookupAnswer state,
        boolean searchedNothing) {

    /** The persons found who carry a caution, in rank order: shown first, apart from the rest. */
    public List<PersonMatch> cautioned() {
        return persons.stream().filter(PersonMatch::cautioned).toList();
    }

    public boolean empty() {
        return persons.isEmpty() && items.isEmpty();
    }
}
