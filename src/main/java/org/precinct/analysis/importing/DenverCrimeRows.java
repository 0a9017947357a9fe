package org.precinct.analysis.importing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.importing.CsvRecords.CsvRecord;
import org.precinct.records.NibrsUcrOffense;

/**
 * Denver's crime file (crime.csv with its header, crime_2..5.csv continuing it without one): one row per offense,
 * Denver's offense code and extension mapped to NIBRS by {@link DenverOffenses}. Traffic accidents (not crimes)
 * and codes without a NIBRS offense are skipped; rows without coordinates are kept without a point.
 */
final class DenverCrimeRows implements IncidentRows {

    static final String PREFIX = "denver:";

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.ROOT);
    private static final int COLUMNS = 19;

    @Override
    public boolean isHeader(CsvRecord record) {
        return record.field(0).equalsIgnoreCase("INCIDENT_ID");
    }

    @Override
    public RowOutcome map(CsvRecord record) {
        if (record.fields().size() != COLUMNS) {
            return RowOutcome.rejected(
                    "analysis.import.reject.columns", COLUMNS, record.fields().size());
        }
        String sourceCode = record.field(2) + "-" + record.field(3);
        if ("1".equals(record.field(18)) && !"1".equals(record.field(17))) {
            return RowOutcome.skipped(sourceCode);
        }
        NibrsUcrOffense offense = DenverOffenses.offense(record.field(2), record.field(3));
        if (offense == null) {
            return RowOutcome.skipped(sourceCode);
        }
        if (record.field(1).isEmpty()) {
            return RowOutcome.rejected("analysis.import.reject.external-id", AnalysisIncident.MAX_EXTERNAL_ID_LENGTH);
        }
        Instant occurredAt = IncidentRows.localTime(record.field(6), TIME, DENVER);
        if (occurredAt == null) {
            return RowOutcome.rejected("analysis.import.reject.local-time", record.field(6));
        }
        Double longitude = IncidentRows.coordinate(record.field(12));
        Double latitude = IncidentRows.coordinate(record.field(13));
        if (latitude == null || longitude == null || latitude.isNaN() || longitude.isNaN()) {
            latitude = null;
            longitude = null;
        }
        String type = record.field(4).toLowerCase(Locale.ROOT);
        boolean sensitive = type.contains("-dv")
                || type.contains("family")
                || type.contains("juvenile")
                || type.contains("minor")
                || type.contains("child");
        return RowOutcome.imported(new AnalysisIncident(
                AnalysisIncidentSource.IMPORT,
                PREFIX + record.field(1),
                offense,
                occurredAt,
                latitude,
                longitude,
                record.field(9),
                sensitive));
    }
}
