package org.precinct.records;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A master record's part in a report: the person as the suspect of report 26-000123, the vehicle as the stolen one.
 *
 * @param kind which index the record is in
 * @param recordId the master record
 * @param reportNumber the report's official number
 * @param role the part, as the report names it (VICTIM, SUSPECT, ARRESTEE, WITNESS, STOLEN, RECOVERED, ...)
 * @param occurredOn when the incident happened
 */
public record MasterInvolvement(
        MasterRecordKind kind, long recordId, String reportNumber, String role, LocalDate occurredOn) {

    public MasterInvolvement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredOn, "occurredOn");
        if (reportNumber == null || reportNumber.isBlank() || reportNumber.length() > 20) {
            throw new IllegalArgumentException("A report number of 1 to 20 characters is required");
        }
        if (role == null || role.isBlank() || role.length() > 30) {
            throw new IllegalArgumentException("A role of 1 to 30 characters is required");
        }
        reportNumber = reportNumber.strip();
        role = role.strip();
    }
}
