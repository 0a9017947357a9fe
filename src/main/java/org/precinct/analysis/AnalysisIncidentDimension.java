package org.precinct.analysis;

/** What incidents can be counted by. */
public enum AnalysisIncidentDimension {
    /** The NIBRS offense code. */
    OFFENSE,
    /** The beat's code; incidents outside every beat count under {@code null}. */
    BEAT,
    /** The jurisdiction's code; incidents outside every jurisdiction count under {@code null}. */
    JURISDICTION,
    /** The week (Monday) in the department's time zone, as {@code YYYY-MM-DD}. */
    WEEK,
    /** The month in the department's time zone, as {@code YYYY-MM}. */
    MONTH,
    /** The hexagon of the hotspot grid, as its number; incidents without a point are left out. */
    HEX_CELL
}
