package org.precinct.records;

import java.util.List;

/**
 * A master record made, with what the caller should look at: records that may be the same person or vehicle
 * (proposed for a merge, never merged by themselves) and warnings such as a VIN whose check digit does not add up.
 *
 * @param id the new record
 * @param possibleDuplicates live records matching on name and date of birth, licence and state, VIN, or plate
 *     and state
 * @param warnings message keys of the records-index bundle
 */
public record MasterRecordSaved(long id, List<MasterRecordMatch> possibleDuplicates, List<String> warnings) {

    public MasterRecordSaved {
        possibleDuplicates = List.copyOf(possibleDuplicates);
        warnings = List.copyOf(warnings);
    }
}
