package org.precinct.analysis;

import java.util.List;

/**
 * The Knox table of a near-repeat test: for every pair of a distance band and a time band, how many pairs of
 * incidents fall in it, how many the permuted dates give on average, their ratio and whether the excess is
 * significant. Rows and columns are in band order; a band's {@code to} is null for the open last band.
 *
 * @param incidents incidents in the period
 * @param cells one per distance band and time band, distance band by distance band
 */
public record NearRepeatTable(
        int incidents, List<DistanceBand> distanceBands, List<TimeBand> timeBands, List<Cell> cells) {

    public NearRepeatTable {
        distanceBands = List.copyOf(distanceBands);
        timeBands = List.copyOf(timeBands);
        cells = List.copyOf(cells);
    }

    /** Pairs from {@code fromMeters} (exclusive, except the "same location" band 0 – 0) to {@code toMeters}. */
    public record DistanceBand(double fromMeters, Double toMeters) {}

    /** Pairs from {@code fromDays} to {@code toDays} apart, both included. */
    public record TimeBand(int fromDays, Integer toDays) {}

    /**
     * @param ratio observed / expected (the Knox ratio), null when nothing was expected
     * @param pValue (1 + replications with at least as many pairs) / (1 + replications)
     */
    public record Cell(int distanceBand, int timeBand, long observed, double expected, Double ratio, double pValue) {}
}
