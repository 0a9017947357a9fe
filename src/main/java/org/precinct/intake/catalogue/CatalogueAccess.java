package org.precinct.intake.catalogue;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who may do what with the catalogue in the staff console: administrators edit it, supervisors may read it. */
final class CatalogueAccess {

    static final String EDITORS = "hasRole('ADMIN')";
    static final String READERS = "hasAnyRole('ADMIN','SUPERVISOR')";

    private CatalogueAccess() {}

    /** Creating, changing, deactivating and reactivating incident types: administrators only. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize(EDITORS)
    @interface EditorsOnly {}

    /** Reading the full catalogue in the staff console, inactive types included. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize(READERS)
    @interface ReadersOnly {}
}
