package org.precinct.analysis.importing;

import java.time.Instant;

/** The kinds of file the import reads, each with what its codes map to and which of them map to nothing. */
public enum IncidentImportFormat {
    /** {@code external_id,offense,occurred_at,latitude,longitude,address}, offenses already NIBRS. */
    PRECINCT(""),
    /** Denver's crime incidents (offense code and extension). */
    DENVER(DenverOffenses.UNMAPPED),
    /** San Francisco's police incident reports (category and subcategory). */
    SAN_FRANCISCO(SanFranciscoIncidentRows.UNMAPPED),
    /** San Diego's police calls for service (call type). */
    SAN_DIEGO(SanDiegoCallRows.UNMAPPED);

    private final String unmapped;

    IncidentImportFormat(String unmapped) {
        this.unmapped = unmapped;
    }

    /** The source codes that map to no NIBRS offense, whose rows are skipped; empty when every row maps. */
    public String unmapped() {
        return unmapped;
    }

    IncidentRows rows(Instant now) {
        switch (this) {
            case DENVER:
                return new DenverCrimeRows();
            case SAN_FRANCISCO:
                return new SanFranciscoIncidentRows();
            case SAN_DIEGO:
                return new SanDiegoCallRows();
            default:
                return new PrecinctCsvRows(now);
        }
    }

    public String messageKey() {
        return "analysis.import.format." + name();
    }
}
