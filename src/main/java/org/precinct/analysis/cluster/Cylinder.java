package org.precinct.analysis.cluster;

/**
 * A candidate cluster: the locations within {@code radius} metres of {@code centre} (the centre first, then
 * outwards) over the last {@code window} days.
 */
record Cylinder(int centre, int[] locations, double radius, int window, long observed, double expected, double ratio) {}
