package org.precinct.analysis.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.precinct.analysis.importing.CsvRecords.CsvRecord;

/** Turns the rows of one kind of file into incidents. */
interface IncidentRows {

    /** Whether a record is the file's header (files continued from another may have none). */
    boolean isHeader(CsvRecord record);

    /** What one row becomes. */
    RowOutcome map(CsvRecord record);

    /** A local date and time of the source's zone, or {@code null} when it does not parse. */
    static Instant localTime(String text, DateTimeFormatter format, ZoneId zone) {
        try {
            return LocalDateTime.parse(text.trim().toUpperCase(Locale.ROOT), format)
                    .atZone(zone)
                    .toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A coordinate, or {@code null} when blank; NaN when it is not a number. */
    static Double coordinate(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
