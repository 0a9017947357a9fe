package org.precinct.analysis.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.precinct.analysis.AnalysisIncidentCount;
import org.precinct.analysis.AnalysisIncidentDimension;
import org.precinct.analysis.AnalysisIncidentQuery;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Builds the dashboard: counts this period by offense, beat and jurisdiction, each compared with the same period 52
 * weeks earlier and with the average of the {@value DashboardFilter#RECENT_PERIODS} periods before, by the exact
 * Poisson test of {@link PoissonComparison}; and the counts over time for the chart.
 */
@Service
public class AnalysisDashboard {

    private final AnalysisIncidents incidents;
    private final PrecinctProperties properties;
    private final MessageSource messages;

    AnalysisDashboard(AnalysisIncidents incidents, PrecinctProperties properties, MessageSource messages) {
        this.incidents = incidents;
        this.properties = properties;
        this.messages = messages;
    }

    public DashboardView view(DashboardFilter filter, Locale locale) {
        ZoneId zone = properties.timeZone();
        int days = filter.period().days();
        Instant from = filter.start().atStartOfDay(zone).toInstant();
        Instant to = filter.end().plusDays(1).atStartOfDay(zone).toInstant();
        AnalysisIncidentQuery current = new AnalysisIncidentQuery(
                filter.offense() == null ? Set.of() : Set.of(filter.offense()),
                from,
                to,
                filter.jurisdiction(),
                filter.beat());
        AnalysisIncidentQuery lastYear = current.during(
                filter.start().minusWeeks(52).atStartOfDay(zone).toInstant(),
                filter.end().minusWeeks(52).plusDays(1).atStartOfDay(zone).toInstant());
        AnalysisIncidentQuery recent = current.during(
                filter.start()
                        .minusDays((long) days * DashboardFilter.RECENT_PERIODS)
                        .atStartOfDay(zone)
                        .toInstant(),
                from);

        Function<String, String> offenseLabel = code -> NibrsUcrOffense.fromCode(code)
                .map(offense -> code + " " + messages.getMessage(offense.messageKey(), null, code, locale))
                .orElse(code);
        Function<String, String> areaLabel =
                code -> code == null ? messages.getMessage("analysis.dashboard.outside", null, locale) : code;

        long currentTotal = incidents.count(current);
        long lastYearTotal = incidents.count(lastYear);
        long recentTotal = incidents.count(recent);
        DashboardRow totals = row(
                null,
                messages.getMessage("analysis.dashboard.all", null, locale),
                currentTotal,
                lastYearTotal,
                recentTotal);

        AnalysisIncidentDimension seriesDimension = filter.period() == DashboardPeriod.WEEK
                ? AnalysisIncidentDimension.WEEK
                : AnalysisIncidentDimension.MONTH;
        Instant seriesFrom = filter.period() == DashboardPeriod.WEEK
                ? filter.end()
                        .minusWeeks(filter.period().seriesLength())
                        .plusDays(1)
                        .atStartOfDay(zone)
                        .toInstant()
                : filter.end()
                        .withDayOfMonth(1)
                        .minusMonths(23)
                        .atStartOfDay(zone)
                        .toInstant();
        List<AnalysisIncidentCount> overTime = incidents.countBy(seriesDimension, current.during(seriesFrom, to));

        return new DashboardView(
                filter,
                totals,
                table(AnalysisIncidentDimension.OFFENSE, current, lastYear, recent, offenseLabel),
                table(AnalysisIncidentDimension.BEAT, current, lastYear, recent, areaLabel),
                table(AnalysisIncidentDimension.JURISDICTION, current, lastYear, recent, areaLabel),
                overTime);
    }

    private List<DashboardRow> table(
            AnalysisIncidentDimension dimension,
            AnalysisIncidentQuery current,
            AnalysisIncidentQuery lastYear,
            AnalysisIncidentQuery recent,
            Function<String, String> label) {
        Map<String, Long> now = counts(dimension, current);
        Map<String, Long> before = counts(dimension, lastYear);
        Map<String, Long> lately = counts(dimension, recent);
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(before.keySet());
        keys.addAll(lately.keySet());
        List<DashboardRow> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(row(
                    key,
                    label.apply(key),
                    now.getOrDefault(key, 0L),
                    before.getOrDefault(key, 0L),
                    lately.getOrDefault(key, 0L)));
        }
        rows.sort(Comparator.comparingLong(DashboardRow::current)
                .reversed()
                .thenComparing(
                        Comparator.comparingDouble(DashboardRow::recentAverage).reversed())
                .thenComparing(DashboardRow::label));
        return rows;
    }

    private Map<String, Long> counts(AnalysisIncidentDimension dimension, AnalysisIncidentQuery query) {
        Map<String, Long> counts = new HashMap<>();
        for (AnalysisIncidentCount count : incidents.countBy(dimension, query)) {
            counts.put(count.key(), count.count());
        }
        return counts;
    }

    private static DashboardRow row(String key, String label, long current, long lastYear, long recent) {
        int periods = DashboardFilter.RECENT_PERIODS;
        return new DashboardRow(
                key,
                label,
                current,
                lastYear,
                PoissonComparison.pValue(current, lastYear, 1),
                (double) recent / periods,
                PoissonComparison.pValue(current, recent, periods));
    }
}
