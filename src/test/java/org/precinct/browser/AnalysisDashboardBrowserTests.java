package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst reads the dashboard (charts drawn, a filter redrawing the results in place) and the hotspot map in a
 * real browser; both pass the accessibility check in English and Spanish, and with an error in the filter.
 */
class AnalysisDashboardBrowserTests extends BrowserTestBase {

    @Autowired
    AnalysisIncidents incidents;

    @Autowired
    PrecinctProperties properties;

    @Test
    void anAnalystReadsTheDashboardFiltersItAndOpensTheHotspotMap() {
        LocalDate end = quietWeek();
        store(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, end, 30, 39.7392, -104.9903);
        store(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, end.minusWeeks(52), 6, 39.7392, -104.9903);
        store(NibrsUcrOffense.SHOPLIFTING, end, 3, 39.7000, -105.0500);
        tab.signIn(testAccounts.enrolled(Role.ANALYST));

        page.navigate("/staff/analysis?period=WEEK&end=" + end);
        assertThat(page.locator("h1")).hasText("Crime analysis");
        assertThat(page.locator("section[aria-labelledby=table-offense]")).containsText("23F Theft From Motor Vehicle");
        assertThat(page.locator("section[aria-labelledby=table-offense]")).containsText("Up (p = ");
        page.waitForFunction(
                "() => window.Chart && Chart.getChart(document.querySelector('canvas[data-chart-kind=time]'))"
                        + " && Chart.getChart(document.querySelector('canvas[data-chart-kind=offense]'))");
        AccessibilityAudit.assertNoSeriousViolations(page);

        // The filter redraws only the results, and the address follows it.
        page.getByLabel("Offense", new Page.GetByLabelOptions().setExact(true)).selectOption("23C");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*offense=23C.*"));
        assertThat(page.locator("section[aria-labelledby=table-offense]")).containsText("23C Shoplifting");
        assertThat(page.locator("section[aria-labelledby=table-offense]")).not().containsText("23F");
        page.waitForFunction(
                "() => Chart.getChart(document.querySelector('canvas[data-chart-kind=time]')) !== undefined");

        page.navigate("/staff/analysis?lang=es&period=WEEK&end=" + end);
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Análisis delictivo");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.navigate("/staff/analysis?lang=en&end=someday");
        assertThat(page.locator("#end")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#error-summary")).containsText("Enter the date as YYYY-MM-DD.");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.navigate("/staff/analysis?period=WEEK&end=" + end);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hotspot map"))
                .first()
                .click();
        assertThat(page.locator("h1")).hasText("Hotspot map");
        page.navigate("/staff/analysis/hotspots?period=WEEK&end=" + end);
        assertThat(page.locator("main"))
                .containsText("33 incidents, 33 of them with a point on the map, in 2 hexagons");
        assertThat(page.locator("#hotspot-map path.leaflet-interactive")).hasCount(2);
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.navigate("/staff/analysis/hotspots?lang=es&period=WEEK&end=" + end);
        assertThat(page.locator("h1")).hasText("Mapa de puntos calientes");
        assertThat(page.locator("#hotspot-map path.leaflet-interactive")).hasCount(2);
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    @Test
    void theImportPageShowsItsProgressAndResultInEnglishAndSpanish() {
        tab.signIn(testAccounts.enrolled(Role.ANALYST));
        page.navigate("/staff/analysis/import?lang=es");
        assertThat(page.locator("h1")).hasText("Importar incidentes");
        AccessibilityAudit.assertNoSeriousViolations(page);
        page.navigate("/staff/analysis/import?lang=en");
        String id = "browser-" + UUID.randomUUID();
        page.getByLabel("CSV file")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "history.csv",
                        "text/csv",
                        ("external_id,offense,occurred_at,latitude,longitude,address\n"
                                        + id + ",290,2015-05-05T10:00:00-05:00,38.66,-90.57,12 Elm St\n"
                                        + id + "-2,BAD,2015-05-05T10:00:00-05:00,38.66,-90.57,12 Elm St\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        assertThat(page.locator("h1")).hasText("Import");
        assertThat(page.locator("#import-progress")).containsText("Progress: 100 %");
        assertThat(page.locator("#import-progress")).containsText("“BAD” is not a NIBRS offense code.");
        AccessibilityAudit.assertNoSeriousViolations(page);
        org.assertj.core.api.Assertions.assertThat(incidents.find(AnalysisIncidentSource.IMPORT, id))
                .isPresent();
    }

    private LocalDate quietWeek() {
        return LocalDate.of(1905, 1, 2).plusWeeks(ThreadLocalRandom.current().nextInt(1_000));
    }

    private void store(NibrsUcrOffense offense, LocalDate end, int count, double latitude, double longitude) {
        List<AnalysisIncident> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new AnalysisIncident(
                    AnalysisIncidentSource.IMPORT,
                    "browser-" + UUID.randomUUID(),
                    offense,
                    end.minusDays(2).atTime(18, 0).atZone(properties.timeZone()).toInstant(),
                    latitude,
                    longitude,
                    null,
                    false));
        }
        incidents.upsert(batch);
    }
}
