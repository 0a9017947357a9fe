package org.precinct.analysis.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precinct.analysis.AnalysisIncidentCount;
import org.precinct.analysis.AnalysisIncidentDimension;
import org.precinct.analysis.AnalysisIncidentQuery;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.analysis.incident.HexagonGrid;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.geography.GeoPoint;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.shared.PrecinctProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The hotspot map: incidents counted on the store's hexagon grid (about 190 m across at these latitudes), by offense
 * and period, drawn on Leaflet. The page carries the filter and the ten busiest cells as a table; the map's script
 * fetches the cells as JSON.
 */
@Controller
@RequestMapping(HotspotWebController.PATH)
@PreAuthorize("hasAnyRole('ANALYST','COMMAND')")
class HotspotWebController {

    static final String PATH = "/staff/analysis/hotspots";
    /** More cells than this are not drawn: the busiest are kept, and the page says how many were left out. */
    static final int MAX_CELLS = 5_000;

    private final AnalysisIncidents incidents;
    private final AuditTrail audit;
    private final Clock clock;
    private final PrecinctProperties properties;
    private final String tileUrl;
    private final String attribution;
    private final double centreLatitude;
    private final double centreLongitude;
    private final int zoom;

    HotspotWebController(
            AnalysisIncidents incidents,
            AuditTrail audit,
            Clock clock,
            PrecinctProperties properties,
            // The geography module's map settings, read by name: they belong to its web layer, not its API.
            @Value("${precinct.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl,
            @Value("${precinct.map.attribution:\u00a9 OpenStreetMap contributors}") String attribution,
            @Value("${precinct.map.centre-latitude:38.663}") double centreLatitude,
            @Value("${precinct.map.centre-longitude:-90.577}") double centreLongitude,
            @Value("${precinct.map.zoom:12}") int zoom) {
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.tileUrl = tileUrl;
        this.attribution = attribution;
        this.centreLatitude = centreLatitude;
        this.centreLongitude = centreLongitude;
        this.zoom = zoom;
    }

    /** One hexagon: its count, centre and corners ([latitude, longitude] pairs). */
    record HotspotCell(long count, double latitude, double longitude, List<double[]> corners) {}

    /** The cells of a filter, busiest first, and how many incidents had no point to place. */
    record Hotspots(List<HotspotCell> cells, long total, long placed, long max, int leftOut) {}

    @GetMapping
    String page(@RequestParam Map<String, String> params, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        DashboardFilter filter = DashboardFilterForm.read(params, errors, today());
        Hotspots hotspots = hotspots(filter);
        audit.success(AuditAction.SEARCH, "analysis.hotspots", AnalysisDashboardWebController.describe(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("periods", DashboardPeriod.values());
        model.addAttribute("offenses", NibrsUcrOffense.values());
        model.addAttribute("hotspots", hotspots);
        model.addAttribute("busiest", hotspots.cells().stream().limit(10).toList());
        model.addAttribute("cellsUrl", PATH + "/cells" + AnalysisDashboardWebController.exportQuery(filter));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("attribution", attribution);
        model.addAttribute("centreLatitude", centreLatitude);
        model.addAttribute("centreLongitude", centreLongitude);
        model.addAttribute("zoom", zoom);
        return "analysis/dashboard/hotspots";
    }

    @GetMapping("/cells")
    @ResponseBody
    ResponseEntity<Hotspots> cells(@RequestParam Map<String, String> params) {
        DashboardFilter filter = DashboardFilterForm.read(params, new LinkedHashMap<>(), today());
        audit.success(AuditAction.SEARCH, "analysis.hotspots", AnalysisDashboardWebController.describe(filter));
        return ResponseEntity.ok(hotspots(filter));
    }

    private Hotspots hotspots(DashboardFilter filter) {
        ZoneId zone = properties.timeZone();
        Instant from = filter.start().atStartOfDay(zone).toInstant();
        Instant to = filter.end().plusDays(1).atStartOfDay(zone).toInstant();
        AnalysisIncidentQuery query = new AnalysisIncidentQuery(
                filter.offense() == null ? Set.of() : Set.of(filter.offense()),
                from,
                to,
                filter.jurisdiction(),
                filter.beat());
        List<AnalysisIncidentCount> counts = incidents.countBy(AnalysisIncidentDimension.HEX_CELL, query);
        long total = incidents.count(query);
        long placed = counts.stream().mapToLong(AnalysisIncidentCount::count).sum();
        List<HotspotCell> cells = new ArrayList<>();
        for (AnalysisIncidentCount count : counts.stream().limit(MAX_CELLS).toList()) {
            long cell = Long.parseLong(count.key());
            GeoPoint centre = HexagonGrid.STORE.centre(cell);
            List<double[]> corners = HexagonGrid.STORE.corners(cell).stream()
                    .map(corner -> new double[] {round(corner.latitude()), round(corner.longitude())})
                    .toList();
            cells.add(new HotspotCell(count.count(), round(centre.latitude()), round(centre.longitude()), corners));
        }
        long max = cells.isEmpty() ? 0 : cells.get(0).count();
        return new Hotspots(cells, total, placed, max, Math.max(0, counts.size() - MAX_CELLS));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    /** Six decimals are 11 cm: enough for a map, and a third of the bytes of a full double. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
