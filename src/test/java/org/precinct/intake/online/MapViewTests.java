package org.precinct.intake.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.precinct.geography.GeoPoint;

/** The map's pixels and places: a click lands on the place drawn under it, at every zoom. */
class MapViewTests {

    private final MapView chesterfield = new MapView(38.663, -90.577, 16);

    @Test
    void theCentrePixelIsTheCentre() {
        GeoPoint centre = chesterfield.pointAt(MapView.WIDTH / 2.0, MapView.HEIGHT / 2.0);
        assertThat(centre.latitude()).isCloseTo(38.663, within(1e-9));
        assertThat(centre.longitude()).isCloseTo(-90.577, within(1e-9));
    }

    @Test
    void aPointDrawnAtAPixelIsFoundAgainAtThatPixel() {
        for (int zoom = MapView.MIN_ZOOM; zoom <= MapView.MAX_ZOOM; zoom++) {
            MapView view = new MapView(-45.2, 170.9, zoom);
            GeoPoint point = view.pointAt(123.4, 301.7);
            assertThat(view.x(point.longitude())).isCloseTo(123.4, within(1e-6));
            assertThat(view.y(point.latitude())).isCloseTo(301.7, within(1e-6));
        }
    }

    @Test
    void distancesOnTheMapMatchDistancesOnTheGround() {
        GeoPoint left = chesterfield.pointAt(100, 200);
        GeoPoint right = chesterfield.pointAt(300, 200);
        GeoPoint up = chesterfield.pointAt(100, 0);
        double metres = 200 * chesterfield.metresPerPixel();
        assertThat(left.metresTo(right)).isCloseTo(metres, within(metres * 0.002));
        assertThat(left.metresTo(up)).isCloseTo(metres, within(metres * 0.002));
        assertThat(chesterfield.metresPerPixel()).isCloseTo(1.87, within(0.01));
    }

    @Test
    void northIsUpAndEastIsRight() {
        assertThat(chesterfield.y(38.664)).isLessThan(chesterfield.y(38.663));
        assertThat(chesterfield.x(-90.576)).isGreaterThan(chesterfield.x(-90.577));
        assertThat(chesterfield.moved(MapView.Direction.NORTH).centreLatitude()).isGreaterThan(38.663);
        assertThat(chesterfield.moved(MapView.Direction.WEST).centreLongitude()).isLessThan(-90.577);
        assertThat(chesterfield.moved(MapView.Direction.EAST).zoom()).isEqualTo(16);
    }

    @Test
    void zoomStaysWithinItsRange() {
        assertThat(new MapView(0, 0, MapView.MAX_ZOOM).zoomedIn().zoom()).isEqualTo(MapView.MAX_ZOOM);
        assertThat(new MapView(0, 0, MapView.MIN_ZOOM).zoomedOut().zoom()).isEqualTo(MapView.MIN_ZOOM);
        assertThat(MapView.around(new GeoPoint(1, 2), 40).zoom()).isEqualTo(MapView.MAX_ZOOM);
        assertThat(new MapView(0, 179.999, 10).moved(MapView.Direction.EAST).centreLongitude())
                .isBetween(-180.0, -170.0);
    }

    @Test
    void impossibleViewsAndPixelsOffTheMapAreRefused() {
        assertThatThrownBy(() -> new MapView(91, 0, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapView(Double.NaN, 0, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapView(0, 0, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chesterfield.pointAt(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chesterfield.pointAt(10, MapView.HEIGHT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streetNamesAreWrittenAsPeopleWriteThem() {
        assertThat(PlaceMap.streetName("CHESTERFIELD AIRPORT RD")).isEqualTo("Chesterfield Airport Rd");
        assertThat(PlaceMap.streetName("1ST ST")).isEqualTo("1st St");
        assertThat(PlaceMap.streetName("O-NEIL CT")).isEqualTo("O-Neil Ct");
    }
}
