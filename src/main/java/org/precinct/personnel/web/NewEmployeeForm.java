package org.precinct.personnel.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.precinct.personnel.CreateEmployeeCommand;
import org.precinct.personnel.Dsn;
import org.precinct.personnel.EmployeeProfile;
import org.precinct.personnel.EmploymentStatus;
import org.precinct.personnel.Rank;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new employee as entered on the page or sent to the API (the two take the same fields and the same rules).
 */
@CivilianJobTitle
record NewEmployeeForm(
        @NotBlank(message = "{personnel.validation.required}")
        @Pattern(regexp = Dsn.PATTERN, message = "{personnel.validation.dsn}")
        String dsn,

        @NotBlank(message = "{personnel.validation.required}")
        @Size(max = EmployeeProfile.MAX_NAME, message = "{personnel.validation.too-long}")
        String firstName,

        @NotBlank(message = "{personnel.validation.required}")
        @Size(max = EmployeeProfile.MAX_NAME, message = "{personnel.validation.too-long}")
        String lastName,

        @NotNull(message = "{personnel.validation.choose}") Rank rank,

        @Size(max = EmployeeProfile.MAX_TITLE, message = "{personnel.validation.too-long}")
        String jobTitle,

        @NotNull(message = "{personnel.validation.choose}") EmploymentStatus status,
        @NotNull(message = "{personnel.validation.choose}") Long unitId,

        @Size(max = EmployeeProfile.MAX_PHONE, message = "{personnel.validation.too-long}")
        @Pattern(regexp = EmployeeForm.PHONE, message = "{personnel.validation.phone}")
        String workPhone,

        @Size(max = EmployeeProfile.MAX_EMAIL, message = "{personnel.validation.too-long}")
        @Email(regexp = EmployeeForm.EMAIL, message = "{personnel.validation.email}")
        String email,

        @NotNull(message = "{personnel.validation.required}")
        @PastOrPresent(message = "{personnel.validation.not-future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate hireDate)
        implements RankAndTitle {

    static NewEmployeeForm blank(Long unitId) {
        return new NewEmployeeForm(null, null, null, null, null, EmploymentStatus.ACTIVE, unitId, null, null, null);
    }

    CreateEmployeeCommand toCommand() {
        return new CreateEmployeeCommand(
                new Dsn(dsn),
                new EmployeeProfile(firstName, lastName, rank, jobTitle, workPhone, email, hireDate),
                status,
                unitId);
    }
}
