package org.precinct.records.index;

import java.util.List;

/**
 * A vehicle's or a serialized item's master record as staff read it.
 *
 * @param kind VEHICLE or PROPERTY
 * @param fields label message key to value, in the order shown, empty values left out
 * @param warnings message keys of doubts about the record (a VIN whose check digit does not add up)
 * @param mergedInto the record this one was merged into, or {@code null}
 */
public record ItemView(
        long id,
        org.precinct.records.MasterRecordKind kind,
        String title,
        List<Field> fields,
        List<String> warnings,
        Long mergedInto,
        List<PersonView.Involvement> involvements,
        List<PersonView.Merge> merges) {

    /** One line of the record. */
    public record Field(String labelKey, String value) {}
}
