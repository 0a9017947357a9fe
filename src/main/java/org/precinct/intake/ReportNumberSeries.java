package org.precinct.intake;

/**
 * The department's yearly series of official report numbers ({@code 26-004567}), shared by every report however it
 * came in: accepted by intake, or written by an officer in the field. Each call draws a number no one else gets.
 */
public interface ReportNumberSeries {

    /** The next number of the department's current year; joins no transaction, a number drawn is never given again. */
    ReportNumber nextReportNumber();
}
