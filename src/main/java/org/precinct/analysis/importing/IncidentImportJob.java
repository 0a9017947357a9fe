package org.precinct.analysis.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.precinct.analysis.IncidentImportRejection;

/**
 * An import started from the staff page, as its page shows it while it runs and after.
 *
 * @param totalLines the file's lines, for the progress bar
 * @param doneLines lines read so far
 * @param finishedAt {@code null} while it runs
 * @param failed whether it stopped on a file it could not read
 */
public record IncidentImportJob(
        UUID id,
        IncidentImportFormat format,
        String fileName,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        int totalLines,
        int doneLines,
        int imported,
        int skipped,
        List<IncidentImportRejection> rejected,
        Map<String, Integer> skippedCodes,
        boolean failed) {

    public boolean finished() {
        return finishedAt != null;
    }

    /** Per cent of lines read, 0 to 100. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        return totalLines == 0 ? 0 : (int) Math.min(99, 100L * doneLines / totalLines);
    }
}
