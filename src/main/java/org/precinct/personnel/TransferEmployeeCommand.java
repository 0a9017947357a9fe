package org.precinct.personnel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Moves an employee to another unit.
 *
 * @param unitId the new unit
 * @param effective the first day in the new unit
 * @param title their role there; {@code null} or blank keeps the current job title
 */
public record TransferEmployeeCommand(long unitId, LocalDate effective, String title) {

    public TransferEmployeeCommand {
        Objects.requireNonNull(effective, "effective");
    }
}
