package org.precinct.analysis;

/**
 * How many incidents share one value of a dimension.
 *
 * @param key the value (an offense code, a beat code, a week...), {@code null} for "none"
 * @param count how many
 */
public record AnalysisIncidentCount(String key, long count) {}
