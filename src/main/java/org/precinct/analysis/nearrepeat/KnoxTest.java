package org.precinct.analysis.nearrepeat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.NearRepeatSettings;
import org.precinct.analysis.NearRepeatTable;
import org.precinct.analysis.cluster.DatePermutation;
import org.precinct.analysis.cluster.ParallelWork;
import org.precinct.geography.GeoPoint;

/**
 * The Knox test with Monte Carlo significance, as the Near Repeat Calculator reports it: every pair of incidents
 * falls in one distance band and one time band; the dates are dealt out again at random many times, which keeps
 * where incidents happen and how many happen each day but breaks any link between the two; a cell holding more
 * pairs than the permutations usually give is a near-repeat pattern. Places never move, so only the pairs close
 * enough to fall in a distance band need counting again; the "farther" row is every pair of its time band (fixed
 * by the days alone) less the others.
 */
public final class KnoxTest {

    /** More close pairs than this would take too long and too much memory; narrower bands or a shorter period. */
    public static final int MAX_CLOSE_PAIRS = 20_000_000;

    private final NearRepeatSettings settings;
    private final int rows;
    private final int columns;
    private final int[] day;
    private final int[] pairFirst;
    private final int[] pairSecond;
    private final byte[] pairRow;
    private final long[] pairsPerColumn;

    private KnoxTest(List<EmergingClusterEvent> events, NearRepeatSettings settings) {
        this.settings = settings;
        rows = settings.distanceBands() + 2;
        columns = settings.timeBands() + 1;
        List<EmergingClusterEvent> inPeriod = new ArrayList<>();
        for (EmergingClusterEvent event : events) {
            if (!event.date().isBefore(settings.from()) && !event.date().isAfter(settings.to())) {
                inPeriod.add(event);
            }
        }
        inPeriod.sort(Comparator.comparingLong(EmergingClusterEvent::id));
        int n = inPeriod.size();
        day = new int[n];
        int days = (int) ChronoUnit.DAYS.between(settings.from(), settings.to()) + 1;
        long[] perDay = new long[days];
        for (int k = 0; k < n; k++) {
            day[k] = (int)
                    ChronoUnit.DAYS.between(settings.from(), inPeriod.get(k).date());
            perDay[day[k]]++;
        }
        pairsPerColumn = new long[columns];
        for (int a = 0; a < days; a++) {
            pairsPerColumn[column(0)] += perDay[a] * (perDay[a] - 1) / 2;
            for (int b = a + 1; b < days; b++) {
                pairsPerColumn[column(b - a)] += perDay[a] * perDay[b];
            }
        }
        double reach = settings.distanceBandMeters() * settings.distanceBands();
        double cellLatitude = reach / 110_000.0;
        double cellLongitude = reach / (110_000.0 * minCos(inPeriod));
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int k = 0; k < n; k++) {
            cells.computeIfAbsent(cell(inPeriod.get(k), cellLatitude, cellLongitude), c -> new ArrayList<>())
                    .add(k);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            EmergingClusterEvent here = inPeriod.get(k);
            long y = (long) Math.floor(here.latitude() / cellLatitude);
            long x = (long) Math.floor(here.longitude() / cellLongitude);
            for (long dy = -1; dy <= 1; dy++) {
                for (long dx = -1; dx <= 1; dx++) {
                    for (int other : cells.getOrDefault((y + dy) * 4_000_037L + x + dx, List.of())) {
                        if (other <= k) {
                            continue;
                        }
                        EmergingClusterEvent there = inPeriod.get(other);
                        int row = row(meters(here, there));
                        if (row < rows - 1) {
                            if (pairs.size() == MAX_CLOSE_PAIRS) {
                                throw new IllegalArgumentException("too many pairs");
                            }
                            pairs.add(new int[] {k, other, row});
                        }
                    }
                }
            }
        }
        pairFirst = new int[pairs.size()];
        pairSecond = new int[pairs.size()];
        pairRow = new byte[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            pairFirst[p] = pairs.get(p)[0];
            pairSecond[p] = pairs.get(p)[1];
            pairRow[p] = (byte) pairs.get(p)[2];
        }
    }

    /**
     * Runs the test on the incidents of {@code events} inside the settings' period, on all processors.
     *
     * @throws IllegalArgumentException when the period holds more than {@link #MAX_CLOSE_PAIRS} close pairs
     */
    public static NearRepeatTable run(List<EmergingClusterEvent> events, NearRepeatSettings settings) {
        return new KnoxTest(events, settings).table(Runtime.getRuntime().availableProcessors());
    }

    private NearRepeatTable table(int threads) {
        long[] observed = count(day);
        int replications = settings.replications();
        long[] sum = new long[rows * columns];
        long[] atLeast = new long[rows * columns];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            long[] mySum = new long[sum.length];
            long[] myAtLeast = new long[sum.length];
            int[] order = new int[day.length];
            int[] daysLatestFirst = day.clone();
            java.util.Arrays.sort(daysLatestFirst);
            int[] permuted = new int[day.length];
            for (int r = next.getAndIncrement(); r < replications; r = next.getAndIncrement()) {
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                DatePermutation.deal(order, settings.seed(), r, order.length);
                for (int i = 0; i < order.length; i++) {
                    permuted[order[i]] = daysLatestFirst[i];
                }
                long[] counts = count(permuted);
                for (int c = 0; c < counts.length; c++) {
                    mySum[c] += counts[c];
                    if (counts[c] >= observed[c]) {
                        myAtLeast[c]++;
                    }
                }
            }
            synchronized (sum) {
                for (int c = 0; c < sum.length; c++) {
                    sum[c] += mySum[c];
                    atLeast[c] += myAtLeast[c];
                }
            }
        };
        ParallelWork.run(work, Math.min(threads, replications), "near-repeat");
        List<NearRepeatTable.Cell> cells = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int c = row * columns + column;
                double expected = (double) sum[c] / replications;
                cells.add(new NearRepeatTable.Cell(
                        row,
                        column,
                        observed[c],
                        expected,
                        expected > 0 ? observed[c] / expected : null,
                        (1.0 + atLeast[c]) / (1.0 + replications)));
            }
        }
        return new NearRepeatTable(day.length, distanceBands(), timeBands(), cells);
    }

    /** Pairs per cell with the given days; row-major, the last row ("farther") from the per-column totals. */
    private long[] count(int[] days) {
        long[] counts = new long[rows * columns];
        for (int p = 0; p < pairFirst.length; p++) {
            counts[pairRow[p] * columns + column(Math.abs(days[pairFirst[p]] - days[pairSecond[p]]))]++;
        }
        for (int column = 0; column < columns; column++) {
            long close = 0;
            for (int row = 0; row < rows - 1; row++) {
                close += counts[row * columns + column];
            }
            counts[(rows - 1) * columns + column] = pairsPerColumn[column] - close;
        }
        return counts;
    }

    private int column(int daysApart) {
        return Math.min(columns - 1, daysApart / settings.timeBandDays());
    }

    private int row(double meters) {
        if (meters == 0) {
            return 0;
        }
        return Math.min(rows - 1, (int) Math.ceil(meters / settings.distanceBandMeters()));
    }

    private List<NearRepeatTable.DistanceBand> distanceBands() {
        List<NearRepeatTable.DistanceBand> bands = new ArrayList<>();
        bands.add(new NearRepeatTable.DistanceBand(0, 0.0));
        double width = settings.distanceBandMeters();
        for (int b = 0; b < settings.distanceBands(); b++) {
            bands.add(new NearRepeatTable.DistanceBand(b * width, (b + 1) * width));
        }
        bands.add(new NearRepeatTable.DistanceBand(settings.distanceBands() * width, null));
        return bands;
    }

    private List<NearRepeatTable.TimeBand> timeBands() {
        List<NearRepeatTable.TimeBand> bands = new ArrayList<>();
        int width = settings.timeBandDays();
        for (int b = 0; b < settings.timeBands(); b++) {
            bands.add(new NearRepeatTable.TimeBand(b * width, (b + 1) * width - 1));
        }
        bands.add(new NearRepeatTable.TimeBand(settings.timeBands() * width, null));
        return bands;
    }

    private static double minCos(List<EmergingClusterEvent> events) {
        double largest = 0;
        for (EmergingClusterEvent event : events) {
            largest = Math.max(largest, Math.abs(event.latitude()));
        }
        return Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.9, largest + 0.1))));
    }

    private static long cell(EmergingClusterEvent event, double cellLatitude, double cellLongitude) {
        long y = (long) Math.floor(event.latitude() / cellLatitude);
        long x = (long) Math.floor(event.longitude() / cellLongitude);
        return y * 4_000_037L + x;
    }

    private static double meters(EmergingClusterEvent a, EmergingClusterEvent b) {
        return new GeoPoint(a.latitude(), a.longitude()).metresTo(new GeoPoint(b.latitude(), b.longitude()));
    }
}
