package org.precinct.analysis.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param imported rows stored (new or updated)
 * @param skipped rows of kinds analysis does not count
 * @param skippedCodes how many rows each unmapped source code skipped, most first
 * @param rejections the malformed rows, at most {@link IncidentImporter#MAX_REJECTIONS_LISTED}
 * @param rejectedCount every malformed row, listed or not
 */
record IncidentImportOutcome(
        int imported, int skipped, Map<String, Integer> skippedCodes, List<Rejection> rejections, int rejectedCount) {

    /** A malformed row: its line and the reason's message key and arguments. */
    record Rejection(long line, String reasonKey, Object[] arguments) {}
}
