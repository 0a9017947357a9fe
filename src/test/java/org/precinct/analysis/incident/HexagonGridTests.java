package org.precinct.analysis.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.precinct.geography.GeoPoint;

class HexagonGridTests {

    private final HexagonGrid grid = new HexagonGrid(250);

    @Test
    void aCellsCentreAndCornersLieInThatCell() {
        long cell = grid.cellOf(39.7392, -104.9903);
        GeoPoint centre = grid.centre(cell);
        assertThat(grid.cellOf(centre.latitude(), centre.longitude())).isEqualTo(cell);
        List<GeoPoint> corners = grid.corners(cell);
        assertThat(corners).hasSize(6);
        for (GeoPoint corner : corners) {
            // 250 Mercator metres are 250 cos(39.74°) = 192 m on the ground.
            assertThat(centre.metresTo(corner)).isBetween(185.0, 200.0);
            // A point just inside the corner, towards the centre, is still in the cell.
            GeoPoint inside = new GeoPoint(
                    corner.latitude() + (centre.latitude() - corner.latitude()) * 0.05,
                    corner.longitude() + (centre.longitude() - corner.longitude()) * 0.05);
            assertThat(grid.cellOf(inside.latitude(), inside.longitude())).isEqualTo(cell);
        }
    }

    @Test
    void everyPointFallsInTheCellWhoseCentreIsNearest() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            double latitude = 37.7 + random.nextDouble() * 0.1;
            double longitude = -122.5 + random.nextDouble() * 0.1;
            long cell = grid.cellOf(latitude, longitude);
            GeoPoint point = new GeoPoint(latitude, longitude);
            double own = point.metresTo(grid.centre(cell));
            int q = HexagonGrid.q(cell);
            int r = HexagonGrid.r(cell);
            int[][] neighbours = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, -1}, {-1, 1}};
            for (int[] step : neighbours) {
                double other = point.metresTo(grid.centre(HexagonGrid.cell(q + step[0], r + step[1])));
                assertThat(own).isLessThanOrEqualTo(other + 0.5);
            }
        }
    }

    @Test
    void walkingAcrossTheCityStepsOnlyIntoNeighbouringCells() {
        Set<Long> cells = new HashSet<>();
        long previous = grid.cellOf(39.7392, -104.9903);
        for (int i = 0; i <= 1_000; i++) {
            GeoPoint point = new GeoPoint(39.7392, -104.9903).offset(i * 0.3, i);
            long cell = grid.cellOf(point.latitude(), point.longitude());
            int dq = HexagonGrid.q(cell) - HexagonGrid.q(previous);
            int dr = HexagonGrid.r(cell) - HexagonGrid.r(previous);
            // Neighbours differ by at most one in each cube coordinate (q, r and -q-r).
            assertThat(Math.max(Math.abs(dq), Math.max(Math.abs(dr), Math.abs(dq + dr))))
                    .isLessThanOrEqualTo(1);
            cells.add(cell);
            previous = cell;
        }
        // Cells 333 m wide on the ground: a walk of about 1 km meets a handful, not one and not dozens.
        assertThat(cells).hasSizeBetween(3, 8);
    }

    @Test
    void cellNumbersKeepNegativeCoordinates() {
        long cell = HexagonGrid.cell(-12_345, 67_890);
        assertThat(HexagonGrid.q(cell)).isEqualTo(-12_345);
        assertThat(HexagonGrid.r(cell)).isEqualTo(67_890);
        long other = HexagonGrid.cell(4, -9);
        assertThat(HexagonGrid.q(other)).isEqualTo(4);
        assertThat(HexagonGrid.r(other)).isEqualTo(-9);
    }

    @Test
    void refusesASizeThatIsNotPositive() {
        assertThatThrownBy(() -> new HexagonGrid(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HexagonGrid(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
