package org.precinct.personnel.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.precinct.personnel.EmployeeProfile;
import org.precinct.personnel.TransferEmployeeCommand;
import org.springframework.format.annotation.DateTimeFormat;

/** A transfer to another unit, from the page or the API. */
record TransferForm(
        @NotNull(message = "{personnel.validation.choose}") Long unitId,

        @NotNull(message = "{personnel.validation.required}")
        @PastOrPresent(message = "{personnel.validation.not-future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effective,

        @Size(max = EmployeeProfile.MAX_TITLE, message = "{personnel.validation.too-long}")
        String title) {

    TransferEmployeeCommand toCommand() {
        return new TransferEmployeeCommand(unitId, effective, title);
    }
}
