package org.precinct.intake;

/**
 * A report was accepted as an official one and given its report number, either approved by a reviewer or counted for
 * statistics on the way. Published in the transaction that gave the number, and handled after commit by the modules
 * that take accepted reports further (records opens its incident report from it).
 *
 * @param trackingNumber the report's tracking number, with which {@link AcceptedReports} reads what intake knows
 * @param reportNumber the official number it was given
 * @param acceptedBy the account name of the staff member who accepted it
 */
public record ReportAccepted(String trackingNumber, String reportNumber, String acceptedBy) {}
