package org.precinct.records.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's master record as staff read it: the record and everything on the records merged into it.
 *
 * @param mergedInto the record this one was merged into, or {@code null} for a live record
 */
public record PersonView(
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
        String hair,
        String eyes,
        String licenceNumber,
        String licenceState,
        boolean sealed,
        Long mergedInto,
        List<Name> aliases,
        List<Mark> marks,
        List<String> addresses,
        List<String> phones,
        List<Caution> cautions,
        List<Photo> mugShots,
        List<Involvement> involvements,
        List<Merge> merges) {

    /** A name the person is known by, and the record it came from. */
    public record Name(long personId, String lastName, String firstName, String middleName) {}

    public record Mark(String kind, String location, String description) {}

    /** A caution; {@code endedAt} set when it no longer applies. */
    public record Caution(
            long id, CautionKind kind, String note, Instant recordedAt, String recordedBy, Instant endedAt) {

        public boolean active() {
            return endedAt == null;
        }
    }

    public record Photo(long id, LocalDate takenOn) {}

    public record Involvement(long id, String reportNumber, String role, LocalDate occurredOn) {}

    /** A merge into this record; {@code undoneAt} set when it was undone. */
    public record Merge(
            long id,
            long mergedId,
            String reason,
            Instant mergedAt,
            String mergedBy,
            Instant undoneAt,
            String undoneBy) {}

    /** "SMITH, John Quincy". */
    public String filedName() {
        return new org.precinct.records.MasterPersonName(lastName, firstName, middleName).filed();
    }

    public List<Caution> activeCautions() {
        return cautions.stream().filter(Caution::active).toList();
    }

    /** Whether a juvenile: under 18 today. */
    public boolean juvenile() {
        return age != null && age < 18;
    }
}
