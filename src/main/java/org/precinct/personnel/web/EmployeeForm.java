package org.precinct.personnel.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.precinct.personnel.EmployeeProfile;
import org.precinct.personnel.Rank;
import org.springframework.format.annotation.DateTimeFormat;

/** Changes to an employee's name, rank, job title, contact details or hire date, from the page or the API. */
@CivilianJobTitle
record EmployeeForm(
        @NotBlank(message = "{personnel.validation.required}")
        @Size(max = EmployeeProfile.MAX_NAME, message = "{personnel.validation.too-long}")
        String firstName,

        @NotBlank(message = "{personnel.validation.required}")
        @Size(max = EmployeeProfile.MAX_NAME, message = "{personnel.validation.too-long}")
        String lastName,

        @NotNull(message = "{personnel.validation.choose}") Rank rank,

        @Size(max = EmployeeProfile.MAX_TITLE, message = "{personnel.validation.too-long}")
        String jobTitle,

        @Size(max = EmployeeProfile.MAX_PHONE, message = "{personnel.validation.too-long}")
        @Pattern(regexp = PHONE, message = "{personnel.validation.phone}")
        String workPhone,

        @Size(max = EmployeeProfile.MAX_EMAIL, message = "{personnel.validation.too-long}")
        @Email(regexp = EMAIL, message = "{personnel.validation.email}")
        String email,

        @NotNull(message = "{personnel.validation.required}")
        @PastOrPresent(message = "{personnel.validation.not-future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate hireDate)
        implements RankAndTitle {

    /** Digits with the usual separators and an extension, or nothing. */
    static final String PHONE = "[0-9+()\\-. x]*";

    /** Stricter than Bean Validation's default, which accepts addresses without a domain dot, like "a@b". */
    static final String EMAIL = "^$|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    static EmployeeForm of(EmployeeProfile profile) {
        return new EmployeeForm(
                profile.firstName(),
                profile.lastName(),
                profile.rank(),
                profile.jobTitle(),
                profile.workPhone(),
                profile.email(),
                profile.hireDate());
    }

    EmployeeProfile toProfile() {
        return new EmployeeProfile(firstName, lastName, rank, jobTitle, workPhone, email, hireDate);
    }
}
