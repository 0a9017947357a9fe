package org.precinct.analysis.nearrepeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.NearRepeatSettings;
import org.precinct.analysis.NearRepeatTable;

class KnoxTestTests {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 29);

    /** Burglaries scattered over a 5 km square and half a year; with repeats, some are followed next door soon. */
    private static List<EmergingClusterEvent> burglaries(long seed, boolean repeats) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EmergingClusterEvent> events = new ArrayList<>();
        long id = 1;
        for (int k = 0; k < 800; k++) {
            double latitude = 39.72 + random.nextDouble() * 0.045;
            double longitude = -105.0 + random.nextDouble() * 0.058;
            LocalDate date = FROM.plusDays(random.nextInt(180));
            events.add(new EmergingClusterEvent(id++, latitude, longitude, date));
            if (repeats && k % 4 == 0 && date.isBefore(TO.minusDays(7))) {
                // Within about 100 m and a week.
                events.add(new EmergingClusterEvent(
                        id++,
                        latitude + (random.nextDouble() - 0.5) * 0.0012,
                        longitude + (random.nextDouble() - 0.5) * 0.0012,
                        date.plusDays(1 + random.nextInt(6))));
            }
        }
        return events;
    }

    private static final NearRepeatSettings SETTINGS = new NearRepeatSettings(FROM, TO, 100, 4, 7, 4, 99, 5);

    @Test
    void nearRepeatsShowAsASignificantExcessCloseInSpaceAndTime() {
        List<EmergingClusterEvent> events = burglaries(1, true);
        NearRepeatTable table = KnoxTest.run(events, SETTINGS);

        assertThat(events).hasSizeGreaterThan(950);
        assertThat(table.incidents()).isEqualTo(events.size());
        assertThat(table.distanceBands()).hasSize(6);
        assertThat(table.distanceBands().get(0)).isEqualTo(new NearRepeatTable.DistanceBand(0, 0.0));
        assertThat(table.distanceBands().get(5).toMeters()).isNull();
        assertThat(table.timeBands()).hasSize(5);
        assertThat(table.timeBands().get(0)).isEqualTo(new NearRepeatTable.TimeBand(0, 6));
        assertThat(table.cells()).hasSize(30);
        NearRepeatTable.Cell close = cell(table, 1, 0);
        assertThat(close.ratio()).isGreaterThan(3);
        assertThat(close.pValue()).isEqualTo(0.01);
        // Far apart in space and time, about as many as by chance (the margins are fixed, so the close excess is
        // balanced here by a sliver: a ratio of one, however significant the sliver).
        NearRepeatTable.Cell far = cell(table, 5, 4);
        assertThat(far.ratio()).isBetween(0.99, 1.01);
        // Close in space but months apart: no excess.
        assertThat(cell(table, 1, 4).ratio()).isLessThan(1.1);
        // Every pair is in exactly one cell.
        long pairs =
                table.cells().stream().mapToLong(NearRepeatTable.Cell::observed).sum();
        assertThat(pairs).isEqualTo((long) events.size() * (events.size() - 1) / 2);
    }

    @Test
    void withoutRepeatsNoCloseCellStandsOut() {
        NearRepeatTable table = KnoxTest.run(burglaries(2, false), SETTINGS);

        long significant = table.cells().stream()
                .filter(c -> c.distanceBand() <= 4 && c.timeBand() <= 3 && c.pValue() < 0.01)
                .count();
        assertThat(significant).isLessThanOrEqualTo(1);
        assertThat(cell(table, 1, 0).ratio()).isBetween(0.3, 2.0);
    }

    @Test
    void theSameSeedGivesTheSameTable() {
        List<EmergingClusterEvent> events = burglaries(3, true);

        assertThat(KnoxTest.run(events, SETTINGS)).isEqualTo(KnoxTest.run(events, SETTINGS));
    }

    @Test
    void absurdBandsAreRefused() {
        assertThatThrownBy(() -> new NearRepeatSettings(FROM, TO, 1_000, 20, 7, 4, 99, 1))
                .hasMessage("distanceBandMeters");
        assertThatThrownBy(() -> new NearRepeatSettings(FROM, TO, 100, 4, 60, 4, 99, 1))
                .hasMessage("timeBands");
        assertThatThrownBy(() -> new NearRepeatSettings(FROM, FROM.plusYears(10), 100, 4, 7, 4, 99, 1))
                .hasMessage("to");
        assertThatThrownBy(() -> new NearRepeatSettings(FROM, TO, 100, 4, 7, 4, 10_000, 1))
                .hasMessage("replications");
    }

    private static NearRepeatTable.Cell cell(NearRepeatTable table, int distanceBand, int timeBand) {
        return table.cells().stream()
                .filter(c -> c.distanceBand() == distanceBand && c.timeBand() == timeBand)
                .findFirst()
                .orElseThrow();
    }
}
