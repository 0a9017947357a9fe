package org.precinct.analysis.importing;

import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.analysis.importing.CsvRecords.CsvRecord;
import org.springframework.stereotype.Service;

/**
 * Reads a file of incidents row by row, stores the good rows in batches, and lists the malformed ones with their
 * line and reason: one bad row never stops the rest.
 */
@Service
class IncidentImporter {

    static final int MAX_REJECTIONS_LISTED = 1_000;
    private static final int BATCH = 1_000;

    /** Told after each batch how many lines have been read. */
    interface Progress {
        void linesRead(long lines, int imported, int skipped, int rejected);
    }

    private final AnalysisIncidents incidents;
    private final Clock clock;

    IncidentImporter(AnalysisIncidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    /**
     * Imports a file. Each batch is stored in its own transaction unless the caller holds one (the API does: all
     * good rows or none).
     *
     * @throws IllegalArgumentException when the file cannot be read as CSV at all (a field of absurd length)
     */
    IncidentImportOutcome run(Reader reader, IncidentImportFormat format, Progress progress) {
        IncidentRows rows = format.rows(clock.instant());
        CsvRecords records = new CsvRecords(reader);
        List<AnalysisIncident> batch = new ArrayList<>(BATCH);
        List<IncidentImportOutcome.Rejection> rejections = new ArrayList<>();
        Map<String, Integer> skippedCodes = new HashMap<>();
        int imported = 0;
        int skipped = 0;
        int rejected = 0;
        long lastLine = 0;
        boolean first = true;
        for (CsvRecord record = records.next(); record != null; record = records.next()) {
            lastLine = record.line();
            if (first) {
                first = false;
                if (rows.isHeader(record)) {
                    continue;
                }
            }
            RowOutcome outcome = rows.map(record);
            if (outcome.isImported()) {
                batch.add(outcome.incident());
            } else if (outcome.isSkipped()) {
                skipped++;
                skippedCodes.merge(outcome.sourceCode(), 1, Integer::sum);
            } else {
                rejected++;
                if (rejections.size() < MAX_REJECTIONS_LISTED) {
                    rejections.add(new IncidentImportOutcome.Rejection(
                            record.line(), outcome.reasonKey(), outcome.arguments()));
                }
            }
            if (batch.size() == BATCH) {
                imported += incidents.upsert(batch);
                batch.clear();
                progress.linesRead(lastLine, imported, skipped, rejected);
            }
        }
        imported += incidents.upsert(batch);
        progress.linesRead(lastLine, imported, skipped, rejected);
        Map<String, Integer> sortedCodes = new LinkedHashMap<>();
        skippedCodes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sortedCodes.put(entry.getKey(), entry.getValue()));
        return new IncidentImportOutcome(imported, skipped, sortedCodes, rejections, rejected);
    }
}
