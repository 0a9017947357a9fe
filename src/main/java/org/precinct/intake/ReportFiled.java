package org.precinct.intake;

/**
 * A report was filed by any channel and stored. Published after commit for the modules that act on new reports
 * (records, analysis, notifications of staff).
 */
public record ReportFiled(String trackingNumber, String incidentType, Channel channel, int priority) {}
