package org.precinct.analysis;

import java.util.List;

/**
 * The answer of {@code POST /api/v1/import/incidents}.
 *
 * @param imported rows stored, new or updated
 * @param skipped rows of kinds analysis does not count (real files only: their codes that map to no offense)
 * @param rejected malformed rows, at most 1,000 listed
 * @param rejectedCount every malformed row, listed or not
 */
public record IncidentImportResult(
        int imported, int skipped, List<IncidentImportRejection> rejected, int rejectedCount) {}
