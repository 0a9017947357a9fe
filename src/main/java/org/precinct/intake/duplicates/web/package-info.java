/** The public duplicate check and "this is my incident" over JSON. */
package org.precinct.intake.duplicates.web;
