package org.precinct.analysis.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.analysis.AnalysisIncidentCount;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.shared.PrecinctProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis dashboard for analysts and command staff, and each of its tables as CSV. The filter form redraws
 * only the results through htmx; without scripts it loads the whole page.
 */
@Controller
@RequestMapping(AnalysisDashboardWebController.PATH)
@PreAuthorize("hasAnyRole('ANALYST','COMMAND')")
class AnalysisDashboardWebController {

    static final String PATH = "/staff/analysis";

    private final AnalysisDashboard dashboard;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final PrecinctProperties properties;

    AnalysisDashboardWebController(
            AnalysisDashboard dashboard,
            AuditTrail audit,
            JsonMapper json,
            Clock clock,
            PrecinctProperties properties) {
        this.dashboard = dashboard;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping
    String dashboard(
            @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        DashboardFilter filter = filter(params, errors);
        DashboardView view = dashboard.view(filter, locale);
        audit.success(AuditAction.SEARCH, "analysis.dashboard", describe(filter));
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        model.addAttribute("params", params);
        model.addAttribute("periods", DashboardPeriod.values());
        model.addAttribute("offenses", NibrsUcrOffense.values());
        model.addAttribute("exportQuery", exportQuery(filter));
        model.addAttribute("chartJson", chart(view));
        return htmx != null ? "analysis/dashboard/dashboard :: results" : "analysis/dashboard/dashboard";
    }

    @GetMapping("/export/{table}.csv")
    void export(
            @PathVariable String table,
            @RequestParam Map<String, String> params,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        if (!List.of("offense", "beat", "jurisdiction", "time").contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        DashboardFilter filter = filter(params, new LinkedHashMap<>());
        DashboardView view = dashboard.view(filter, locale);
        List<DashboardRow> rows;
        switch (table) {
            case "offense" -> rows = view.byOffense();
            case "beat" -> rows = view.byBeat();
            case "jurisdiction" -> rows = view.byJurisdiction();
            case "time" -> rows = null;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.success(AuditAction.EXPORT, "analysis.dashboard." + table, describe(filter));
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"analysis-" + table + "-" + filter.end() + ".csv\"");
        PrintWriter out = response.getWriter();
        if (rows == null) {
            out.print("period_start,count\r\n");
            for (AnalysisIncidentCount count : view.overTime()) {
                out.print(csv(count.key()) + "," + count.count() + "\r\n");
            }
        } else {
            out.print("key,label,this_period,same_period_last_year,p_value_last_year,recent_average,"
                    + "p_value_recent\r\n");
            for (DashboardRow row : rows) {
                out.print(String.join(
                                ",",
                                csv(row.key()),
                                csv(row.label()),
                                Long.toString(row.current()),
                                Long.toString(row.lastYear()),
                                String.format(Locale.ROOT, "%.6f", row.lastYearP()),
                                String.format(Locale.ROOT, "%.2f", row.recentAverage()),
                                String.format(Locale.ROOT, "%.6f", row.recentP()))
                        + "\r\n");
            }
        }
        out.flush();
    }

    private DashboardFilter filter(Map<String, String> params, Map<String, String> errors) {
        return DashboardFilterForm.read(params, errors, LocalDate.now(clock.withZone(properties.timeZone())));
    }

    static String describe(DashboardFilter filter) {
        return filter.period() + " to " + filter.end()
                + (filter.offense() == null ? "" : " " + filter.offense().code())
                + (filter.jurisdiction() == null ? "" : " j=" + filter.jurisdiction())
                + (filter.beat() == null ? "" : " b=" + filter.beat());
    }

    static String exportQuery(DashboardFilter filter) {
        StringBuilder query = new StringBuilder("?period=" + filter.period() + "&end=" + filter.end());
        if (filter.offense() != null) {
            query.append("&offense=").append(filter.offense().code());
        }
        if (filter.jurisdiction() != null) {
            query.append("&jurisdiction=")
                    .append(java.net.URLEncoder.encode(filter.jurisdiction(), StandardCharsets.UTF_8));
        }
        if (filter.beat() != null) {
            query.append("&beat=").append(java.net.URLEncoder.encode(filter.beat(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** What the charts draw, for the page's script: the series over time and the ten largest offenses. */
    private String chart(DashboardView view) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "timeLabels",
                view.overTime().stream().map(AnalysisIncidentCount::key).toList());
        data.put(
                "timeCounts",
                view.overTime().stream().map(AnalysisIncidentCount::count).toList());
        List<DashboardRow> top = view.byOffense().stream().limit(10).toList();
        data.put("offenseLabels", top.stream().map(DashboardRow::label).toList());
        data.put("offenseCurrent", top.stream().map(DashboardRow::current).toList());
        data.put("offenseLastYear", top.stream().map(DashboardRow::lastYear).toList());
        return json.writeValueAsString(data);
    }

    /** A CSV field, quoted when it must be, and never read as a formula by a spreadsheet. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
