package org.precinct.analysis.dashboard;

import java.time.LocalDate;
import java.util.Objects;
import org.precinct.records.NibrsUcrOffense;

/**
 * What the dashboard shows: the period ending on {@code end} (inclusive), one offense or all, one jurisdiction and
 * beat or all.
 */
public record DashboardFilter(
        DashboardPeriod period, LocalDate end, NibrsUcrOffense offense, String jurisdiction, String beat) {

    /** How many periods before this one make the recent average. */
    public static final int RECENT_PERIODS = 8;

    public DashboardFilter {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(end, "end");
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.trim();
        beat = beat == null || beat.isBlank() ? null : beat.trim();
    }

    /** The first day of the period. */
    public LocalDate start() {
        return end.minusDays(period.days() - 1L);
    }
}
