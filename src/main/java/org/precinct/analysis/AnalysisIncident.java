package org.precinct.analysis;

import java.time.Instant;
import java.util.Objects;
import org.precinct.records.NibrsUcrOffense;

/**
 * An incident as analysis sees it: what (a NIBRS offense), when and where.
 *
 * @param source where it comes from
 * @param externalId its id in the source, 1 to 120 characters; with the source it identifies the incident
 * @param offense the NIBRS offense code, e.g. {@code 23F}
 * @param occurredAt when it happened
 * @param latitude degrees north, or {@code null} when the place is not known as a point (then also longitude)
 * @param longitude degrees east, or {@code null}
 * @param address the address as the source gives it, or {@code null}; the store keeps only its block
 * @param sensitive whether the source marks it as one the public never sees (juvenile, domestic); sex offenses are
 *     sensitive whatever the source says
 * @throws IllegalArgumentException when a value is missing or out of range
 */
public record AnalysisIncident(
        AnalysisIncidentSource source,
        String externalId,
        NibrsUcrOffense offense,
        Instant occurredAt,
        Double latitude,
        Double longitude,
        String address,
        boolean sensitive) {

    public static final int MAX_EXTERNAL_ID_LENGTH = 120;

    public AnalysisIncident {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(offense, "offense");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (externalId == null || externalId.isBlank() || externalId.length() > MAX_EXTERNAL_ID_LENGTH) {
            throw new IllegalArgumentException(
                    "The external id must have 1 to " + MAX_EXTERNAL_ID_LENGTH + " characters");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("A point needs both latitude and longitude");
        }
        if (latitude != null && (!Double.isFinite(latitude) || latitude < -90 || latitude > 90)) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90");
        }
        if (longitude != null && (!Double.isFinite(longitude) || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180");
        }
        if (address != null && address.isBlank()) {
            address = null;
        }
    }

    /** Whether the place is known as a point. */
    public boolean hasPoint() {
        return latitude != null;
    }
}
