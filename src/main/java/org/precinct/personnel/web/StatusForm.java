package org.precinct.personnel.web;

import jakarta.validation.constraints.NotNull;
import org.precinct.personnel.EmploymentStatus;

/** A change of status, from the page or the API. */
record StatusForm(
        @NotNull(message = "{personnel.validation.choose}") EmploymentStatus status) {}
