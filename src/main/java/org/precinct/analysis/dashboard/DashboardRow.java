package org.precinct.analysis.dashboard;

/**
 * One line of a dashboard table: a type, beat or jurisdiction, its count this period, and the two comparisons.
 *
 * @param key the code ({@code null} for incidents outside every beat or jurisdiction)
 * @param label what people read
 * @param current this period's count
 * @param lastYear the same period 52 weeks earlier
 * @param lastYearP the two-sided p-value of the change from last year
 * @param recentAverage the average of the recent periods before this one
 * @param recentP the two-sided p-value of the change from the recent average
 */
public record DashboardRow(
        String key, String label, long current, long lastYear, double lastYearP, double recentAverage, double recentP) {

    /** +1 when significantly up from last year, -1 when down, 0 when not significant. */
    public int lastYearFlag() {
        return flag(lastYearP, current - (double) lastYear);
    }

    /** +1 when significantly up from the recent average, -1 when down, 0 when not significant. */
    public int recentFlag() {
        return flag(recentP, current - recentAverage);
    }

    /** The change from last year in per cent, or {@code null} when last year had none. */
    public Long lastYearPercent() {
        return lastYear == 0 ? null : Math.round(100.0 * (current - lastYear) / lastYear);
    }

    private static int flag(double p, double change) {
        if (p >= PoissonComparison.SIGNIFICANCE || change == 0) {
            return 0;
        }
        return change > 0 ? 1 : -1;
    }
}
