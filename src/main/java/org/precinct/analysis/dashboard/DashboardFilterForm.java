package org.precinct.analysis.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.precinct.records.NibrsUcrOffense;

/**
 * Reads the dashboard's and the map's filter from request parameters, putting the message key of each unusable
 * value under its field's name: a bad value falls back to the default and is shown next to its field.
 */
final class DashboardFilterForm {

    private DashboardFilterForm() {}

    /**
     * @param today the department's today; the period ends yesterday unless {@code end} says otherwise
     */
    static DashboardFilter read(Map<String, String> params, Map<String, String> errors, LocalDate today) {
        DashboardPeriod period = DashboardPeriod.WEEK;
        String periodText = params.getOrDefault("period", "");
        for (DashboardPeriod candidate : DashboardPeriod.values()) {
            if (candidate.name().equals(periodText)) {
                period = candidate;
            }
        }
        LocalDate end = today.minusDays(1);
        String endText = params.getOrDefault("end", "").trim();
        if (!endText.isEmpty()) {
            try {
                end = LocalDate.parse(endText);
                if (end.isBefore(LocalDate.of(1900, 1, 1)) || end.isAfter(today)) {
                    errors.put("end", "analysis.dashboard.error.end-range");
                    end = today.minusDays(1);
                }
            } catch (DateTimeParseException e) {
                errors.put("end", "analysis.dashboard.error.end");
            }
        }
        NibrsUcrOffense offense = null;
        String offenseText = params.getOrDefault("offense", "").trim();
        if (!offenseText.isEmpty()) {
            offense = NibrsUcrOffense.fromCode(offenseText).orElse(null);
            if (offense == null) {
                errors.put("offense", "analysis.dashboard.error.offense");
            }
        }
        return new DashboardFilter(
                period, end, offense, shortened(params.get("jurisdiction")), shortened(params.get("beat")));
    }

    private static String shortened(String code) {
        return code == null ? null : code.length() > 20 ? code.substring(0, 20) : code;
    }
}
