package org.precinct.records.report.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who reaches the incident report pages and endpoints at all. Each step's own rule (the author, a supervisor other than
 * the author, records staff) is the workflow's, which audits a refusal; these only turn away, before any work, staff
 * whose roles have nothing to do with reports.
 */
final class ReportAccess {

    private ReportAccess() {}

    /** Reading reports: officers, supervisors, records clerks, command, analysts, administrators. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','RECORDS','COMMAND','ADMIN','ANALYST')")
    @interface Readers {}

    /** Writing reports and taking review steps: officers, supervisors, records clerks. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','RECORDS')")
    @interface Writers {}
}
