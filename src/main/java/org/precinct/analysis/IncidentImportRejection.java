package org.precinct.analysis;

/**
 * A row an import refused, and why.
 *
 * @param line the line of the file the row starts on, the header being line 1
 * @param reason why, in the reader's language
 */
public record IncidentImportRejection(long line, String reason) {}
