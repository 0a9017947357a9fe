package org.precinct.analysis.dashboard;

import java.util.List;
import org.precinct.analysis.AnalysisIncidentCount;

/**
 * The dashboard's tables for one filter.
 *
 * @param total every incident this period
 * @param totals the whole period as one row, with its comparisons
 * @param byOffense by NIBRS offense
 * @param byBeat by beat
 * @param byJurisdiction by jurisdiction
 * @param overTime counts by week or month up to the period's end, oldest first
 */
public record DashboardView(
        DashboardFilter filter,
        DashboardRow totals,
        List<DashboardRow> byOffense,
        List<DashboardRow> byBeat,
        List<DashboardRow> byJurisdiction,
        List<AnalysisIncidentCount> overTime) {

    /** Whether there is anything at all to show for this filter. */
    public boolean empty() {
        return totals.current() == 0
                && totals.lastYear() == 0
                && totals.recentAverage() == 0
                && overTime.stream().allMatch(count -> count.count() == 0);
    }
}
