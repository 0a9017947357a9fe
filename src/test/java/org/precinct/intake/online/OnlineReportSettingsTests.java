package org.precinct.intake.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The neighbouring areas say which agency a place outside the department's belongs to. */
class OnlineReportSettingsTests {

    private final OnlineReportSettings.NeighbouringArea townAndCountry = new OnlineReportSettings.NeighbouringArea(
            "Town and Country", "Town and Country Police Department", "(314) 587-2800", 38.60, -90.50, 38.66, -90.45);
    private final OnlineReportSettings.NeighbouringArea county = new OnlineReportSettings.NeighbouringArea(
            "St. Louis County", "St. Louis County Police Department", " ", 38.3, -90.9, 38.9, -90.1);

    @Test
    void theFirstAreaContainingThePlaceIsNamed() {
        OnlineReportSettings settings = new OnlineReportSettings(List.of(townAndCountry, county));
        assertThat(settings.areaAt(38.63, -90.47)).contains(townAndCountry);
        assertThat(settings.areaAt(38.50, -90.70)).contains(county);
        assertThat(settings.areaAt(40.0, -90.70)).isEmpty();
        assertThat(county.phone()).isNull();
    }

    @Test
    void noAreasMeansTheGeneralAdvice() {
        assertThat(new OnlineReportSettings(null).areaAt(38.63, -90.47)).isEmpty();
    }

    @Test
    void anAreaNeedsANameAnAgencyAndRealEdges() {
        assertThatThrownBy(() -> new OnlineReportSettings.NeighbouringArea("", "Agency", null, 1, 1, 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OnlineReportSettings.NeighbouringArea("Area", "Agency", null, 2, 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OnlineReportSettings.NeighbouringArea("Area", "Agency", null, 1, 2, 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
