package org.precinct.analysis.dashboard;

/**
 * The length of the period the dashboard compares: a week, or four weeks for "month". Four weeks rather than a
 * calendar month, so that every period holds each weekday equally often and periods of different months compare
 * fairly; the same period last year is 52 weeks earlier for the same reason.
 */
public enum DashboardPeriod {
    WEEK(7, 52),
    MONTH(28, 26);

    private final int days;
    private final int seriesLength;

    DashboardPeriod(int days, int seriesLength) {
        this.days = days;
        this.seriesLength = seriesLength;
    }

    public int days() {
        return days;
    }

    /** How many periods the chart over time shows. */
    public int seriesLength() {
        return seriesLength;
    }

    public String messageKey() {
        return "analysis.dashboard.period." + name();
    }
}
