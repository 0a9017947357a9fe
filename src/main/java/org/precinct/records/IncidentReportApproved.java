package org.precinct.records;

/**
 * The Bureau of Records approved an incident report: it is now the department's record, counted in statistics and in
 * the NIBRS submission of its month. Published in the approving transaction, handled after commit.
 *
 * @param reportNumber the report's official number, with which {@link IncidentReports} reads it
 */
public record IncidentReportApproved(String reportNumber) {}
