package org.precinct.records.check;

import java.time.LocalDate;
import java.util.List;
import org.precinct.records.index.CautionKind;

/**
 * A person a check found, with what an officer needs at a glance.
 *
 * @param matchedName the stored name that matched when it is not the record's own (an alias, a merged record's
 *     name), else {@code null}
 * @param score how well the name matched, 0 to 1
 * @param cautions the record's active cautions, most serious first
 * @param mugShotId the latest mug shot, or {@code null}
 */
public record PersonMatch(
        long id,
        String lastName,
        String firstName,
        String middleName,
        LocalDate dateOfBirth,
        Integer age,
        String sex,
        String race,
        Integer heightInches,
        Integer weightPounds,
        String matchedName,
        double score,
        List<CautionKind> cautions,
        Long mugShotId) {

    public String filedName() {
        return new org.precinct.records.MasterPersonName(lastName, firstName, middleName).filed();
    }

    public boolean cautioned() {
        return !cautions.isEmpty();
    }

    /** The score as a whole percentage, for the screen. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
