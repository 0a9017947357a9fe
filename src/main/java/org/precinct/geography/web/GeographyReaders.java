package org.precinct.geography.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Staff who work with places: everyone who takes, writes, reviews or analyses reports, and administrators. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN','COMMAND','SUPERVISOR','ANALYST','RECORDS','OFFICER')")
@interface GeographyReaders {}
