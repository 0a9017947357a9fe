package org.precinct.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One incident as the space-time analyses see it: where and on which day (in the department's time zone) it
 * happened. Events at exactly the same coordinates are the same location.
 *
 * @param id the incident's id, reported back in a cluster's incident list
 */
public record EmergingClusterEvent(long id, double latitude, double longitude, LocalDate date) {

    public EmergingClusterEvent {
        Objects.requireNonNull(date, "date");
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range");
        }
    }
}
