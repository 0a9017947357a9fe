package org.precinct.analysis.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.importing.CsvRecords.CsvRecord;
import org.precinct.records.NibrsUcrOffense;

/**
 * Precinct's own import format, for agencies moving from another system:
 * {@code external_id,offense,occurred_at,latitude,longitude,address}, the offense a NIBRS offense code, the time
 * ISO-8601 with its offset or zone. Latitude and longitude may both be left empty for an incident without a point.
 */
final class PrecinctCsvRows implements IncidentRows {

    static final List<String> HEADER =
            List.of("external_id", "offense", "occurred_at", "latitude", "longitude", "address");

    private final Instant latest;

    /** @param now rows dated more than a day after it are refused */
    PrecinctCsvRows(Instant now) {
        this.latest = now.plusSeconds(86_400);
    }

    @Override
    public boolean isHeader(CsvRecord record) {
        return record.fields().stream()
                .map(field -> field.trim().toLowerCase(Locale.ROOT))
                .toList()
                .equals(HEADER);
    }

    @Override
    public RowOutcome map(CsvRecord record) {
        if (record.fields().size() != HEADER.size()) {
            return RowOutcome.rejected(
                    "analysis.import.reject.columns",
                    HEADER.size(),
                    record.fields().size());
        }
        String externalId = record.field(0);
        if (externalId.isEmpty() || externalId.length() > AnalysisIncident.MAX_EXTERNAL_ID_LENGTH) {
            return RowOutcome.rejected("analysis.import.reject.external-id", AnalysisIncident.MAX_EXTERNAL_ID_LENGTH);
        }
        Optional<NibrsUcrOffense> offense =
                NibrsUcrOffense.fromCode(record.field(1).toUpperCase(Locale.ROOT));
        if (offense.isEmpty()) {
            return RowOutcome.rejected("analysis.import.reject.offense", record.field(1));
        }
        Instant occurredAt;
        try {
            occurredAt = ZonedDateTime.parse(record.field(2), DateTimeFormatter.ISO_ZONED_DATE_TIME)
                    .toInstant();
        } catch (DateTimeException e) {
            return RowOutcome.rejected("analysis.import.reject.occurred-at", record.field(2));
        }
        if (occurredAt.isAfter(latest)) {
            return RowOutcome.rejected("analysis.import.reject.future", record.field(2));
        }
        Double latitude = IncidentRows.coordinate(record.field(3));
        Double longitude = IncidentRows.coordinate(record.field(4));
        if ((latitude == null) != (longitude == null)) {
            return RowOutcome.rejected("analysis.import.reject.point-partial");
        }
        if (latitude != null
                && (latitude.isNaN() || longitude.isNaN() || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
            return RowOutcome.rejected("analysis.import.reject.coordinates", record.field(3), record.field(4));
        }
        return RowOutcome.imported(new AnalysisIncident(
                AnalysisIncidentSource.IMPORT,
                externalId,
                offense.get(),
                occurredAt,
                latitude,
                longitude,
                record.field(5),
                false));
    }
}
