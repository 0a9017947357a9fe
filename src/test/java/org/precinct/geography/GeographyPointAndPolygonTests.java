package org.precinct.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeographyPointAndPolygonTests {

    private static final GeoPoint CHESTERFIELD_CITY_HALL = new GeoPoint(38.6631, -90.5771);
    private static final GeoPoint GATEWAY_ARCH = new GeoPoint(38.6247, -90.1848);

    @Test
    void measuresGreatCircleDistancesInMetres() {
        // One degree of latitude along a meridian is 111.195 km on the mean-radius sphere.
        assertThat(new GeoPoint(38, -90).metresTo(new GeoPoint(39, -90))).isCloseTo(111_195, within(1.0));
        // City hall to the Gateway Arch is about 34.3 km as the crow flies.
        assertThat(CHESTERFIELD_CITY_HALL.metresTo(GATEWAY_ARCH)).isCloseTo(34_300, within(300.0));
        assertThat(GATEWAY_ARCH.metresTo(CHESTERFIELD_CITY_HALL))
                .isEqualTo(CHESTERFIELD_CITY_HALL.metresTo(GATEWAY_ARCH));
        assertThat(GATEWAY_ARCH.metresTo(GATEWAY_ARCH)).isZero();
    }

    @Test
    void measuresAcrossTheAntimeridian() {
        assertThat(new GeoPoint(0, 179.9).metresTo(new GeoPoint(0, -179.9))).isCloseTo(22_239, within(1.0));
    }

    @Test
    void offsetsByMetresNorthAndEast() {
        GeoPoint moved = CHESTERFIELD_CITY_HALL.offset(300, -400);
        assertThat(CHESTERFIELD_CITY_HALL.metresTo(moved)).isCloseTo(500, within(0.5));
        assertThat(moved.latitude()).isGreaterThan(CHESTERFIELD_CITY_HALL.latitude());
        assertThat(moved.longitude()).isLessThan(CHESTERFIELD_CITY_HALL.longitude());
    }

    @Test
    void refusesCoordinatesOutsideTheirRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(90.01, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(-91, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, 180.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 0));
        assertThat(new GeoPoint(-90, 180).latitude()).isEqualTo(-90);
    }

    @Test
    void decidesWhetherAPointLiesInAConcavePolygon() {
        // An L shape: the notch at the upper right is outside.
        GeoPolygon shape = GeoPolygon.of(
                new GeoPoint(0, 0),
                new GeoPoint(0, 2),
                new GeoPoint(1, 2),
                new GeoPoint(1, 1),
                new GeoPoint(2, 1),
                new GeoPoint(2, 0));
        assertThat(shape.contains(new GeoPoint(0.5, 0.5))).isTrue();
        assertThat(shape.contains(new GeoPoint(0.5, 1.5))).isTrue();
        assertThat(shape.contains(new GeoPoint(1.5, 0.5))).isTrue();
        assertThat(shape.contains(new GeoPoint(1.5, 1.5))).isFalse();
        assertThat(shape.contains(new GeoPoint(-0.1, 0.5))).isFalse();
        assertThat(shape.contains(new GeoPoint(0.5, 2.1))).isFalse();
    }

    @Test
    void closesTheRingItselfAndRefusesDegeneratePolygons() {
        GeoPolygon closed =
                GeoPolygon.of(new GeoPoint(0, 0), new GeoPoint(0, 1), new GeoPoint(1, 1), new GeoPoint(0, 0));
        assertThat(closed.vertices()).hasSize(3);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPolygon.of(new GeoPoint(0, 0), new GeoPoint(1, 1), new GeoPoint(0, 0)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPolygon.of(new GeoPoint(0, 0), new GeoPoint(1, 1), new GeoPoint(2, 2)));
    }

    @Test
    void turnsAClockwiseRingCounterClockwiseForGeoJson() {
        GeoPolygon clockwise =
                GeoPolygon.of(new GeoPoint(0, 0), new GeoPoint(1, 0), new GeoPoint(1, 1), new GeoPoint(0, 1));
        List<GeoPoint> ring = clockwise.counterClockwise();
        assertThat(ring)
                .containsExactly(new GeoPoint(0, 1), new GeoPoint(1, 1), new GeoPoint(1, 0), new GeoPoint(0, 0));
        assertThat(GeoPolygon.of(ring.toArray(GeoPoint[]::new)).counterClockwise())
                .isEqualTo(ring);
    }

    @Test
    void readsBackPostgresPolygonText() {
        GeoPolygon polygon =
                GeoPolygon.of(new GeoPoint(38.635, -90.65), new GeoPoint(38.635, -90.5), new GeoPoint(38.7, -90.5));
        assertThat(GeoPolygon.fromPostgres("((-90.65,38.635),(-90.5,38.635),(-90.5,38.7))"))
                .isEqualTo(polygon);
        assertThat(GeoPolygon.fromPostgres(polygon.toPostgres())).isEqualTo(polygon);
    }
}
