package org.precinct.intake;

import java.time.Duration;
import java.util.Objects;

/**
 * How close in place and time two reports of a type must be for the second to be shown as a likely duplicate of the
 * first.
 *
 * @param distanceMetres at most this far apart, 1 to {@value #MAX_METRES} metres
 * @param within at most this long apart, whole hours from one hour to a year
 */
public record DuplicateWindow(int distanceMetres, Duration within) {

    public static final int MAX_METRES = 50_000;
    public static final int MAX_HOURS = 8_760;

    public DuplicateWindow {
        Objects.requireNonNull(within, "within");
        if (distanceMetres < 1 || distanceMetres > MAX_METRES) {
            throw new IllegalArgumentException("A duplicate distance is 1 to 50,000 metres: " + distanceMetres);
        }
        if (within.toSeconds() % 3600 != 0 || within.toHours() < 1 || within.toHours() > MAX_HOURS) {
            throw new IllegalArgumentException("A duplicate time window is 1 to 8,760 whole hours: " + within);
        }
    }

    public static DuplicateWindow of(int distanceMetres, int hours) {
        return new DuplicateWindow(distanceMetres, Duration.ofHours(hours));
    }
}
