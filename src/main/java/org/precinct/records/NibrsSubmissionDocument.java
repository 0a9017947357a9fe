package org.precinct.records;

/**
 * One NIBRS XML document: a {@code nibrs:Submission} message holding one report, as the IEPD's schema allows
 * exactly one report per message.
 *
 * @param fileName a name for the document in a batch, unique within its month, e.g.
 *     {@code MO0950100-2026-10-0001.xml}
 * @param category the kind of report it holds
 * @param reference the incident number or arrest transaction number it reports; {@code null} for a zero report
 * @param xml the document, UTF-8 XML valid against the NIBRS 2019.1 schema
 */
public record NibrsSubmissionDocument(String fileName, NibrsReportCategory category, String reference, String xml) {}
