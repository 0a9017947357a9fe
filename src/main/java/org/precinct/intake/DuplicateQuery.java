package org.precinct.intake;

import java.time.Instant;

/**
 * What the duplicate check compares: a report's type, place, time and words, before or after it is filed.
 *
 * @param incidentType the code of the report's incident type
 * @param latitude where it happened, degrees north
 * @param longitude where it happened, degrees east
 * @param occurredFrom when it happened or began; {@code null} when not known, which reads as now
 * @param occurredTo when it ended; {@code null} reads as {@code occurredFrom}
 * @param description the reporter's words; {@code null} or blank compares no text, and only the first
 *     {@value #COMPARED_LENGTH} characters are compared
 */
public record DuplicateQuery(
        String incidentType,
        double latitude,
        double longitude,
        Instant occurredFrom,
        Instant occurredTo,
        String description) {

    /** Enough words to tell two accounts apart; more would only make every comparison slower. */
    public static final int COMPARED_LENGTH = 1_000;

    public DuplicateQuery {
        if (!Double.isFinite(latitude) || Math.abs(latitude) > 90) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90");
        }
        if (!Double.isFinite(longitude) || Math.abs(longitude) > 180) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180");
        }
        description = description == null || description.isBlank()
                ? ""
                : description.substring(0, Math.min(description.length(), COMPARED_LENGTH));
    }
}
