package org.precinct.analysis.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same prospective space-time permutation scan as {@link ReferenceScan}, arranged to run 999 replications over
 * a year of a city's incidents in seconds. What makes it fast, and why each step keeps the result exact:
 *
 * <ul>
 *   <li>Circles are found once, through a grid of cells as wide as the radius, and kept as flat arrays.
 *   <li>A permutation keeps every location's and every day's total, so expected counts never change between
 *       replications; only the counts inside the windows do, and those need only the cases that receive one of the
 *       latest days, which the first steps of the shuffle decide ({@link DatePermutation}).
 *   <li>Counts per location are kept cumulative over the window lengths, so growing a circle adds one short row.
 *   <li>A replication only matters to a p-value when its largest ratio reaches the smallest reported cluster's
 *       ratio. The ratio falls as the expected count grows, so for every count there is a largest expected count
 *       that still reaches that level; worked out once per count and window as a largest location total, it lets
 *       a replication compute a ratio only for the few cylinders that can reach it.
 *   <li>A ring that adds no case cannot beat the smaller circle inside it (same count, more expected); nor can
 *       the windows shorter than the ring's most recent case.
 *   <li>Replications run on all processors, each from its own generator, so the order does not matter.
 * </ul>
 */
public final class FastScan {

    private final ScanInput input;
    private final int windows;
    /** Circle of centre {@code i}: {@code neighbour[circleStart[i] .. circleStart[i + 1])}, nearest first. */
    private final int[] circleStart;

    private final int[] neighbour;
    private final double[] neighbourMeters;
    /** Whether the circle is complete after this neighbour (the next one is farther away). */
    private final boolean[] circleComplete;
    /** Complete circles of centre {@code i}: {@code circleTotal[completeStart[i] .. completeStart[i + 1])}. */
    private final int[] completeStart;

    private final long[] circleTotal;

    private FastScan(ScanInput input) {
        this.input = input;
        this.windows = input.windows;
        int locations = input.locations();
        double radius = input.settings.maxRadiusMeters();
        // Cells at least as wide as the radius in both directions: a circle lies within the 3 × 3 cells around its
        // centre. (Longitude is not wrapped at ±180°: no department straddles that meridian.)
        double maxLatitude = 0;
        for (double latitude : input.latitude) {
            maxLatitude = Math.max(maxLatitude, Math.abs(latitude));
        }
        double cellLatitude = radius / 110_000.0;
        double cellLongitude =
                radius / (110_000.0 * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.9, maxLatitude + 0.1)))));
        Map<Long, List<Integer>> cells = new HashMap<>();
        long[] cellOf = new long[locations];
        for (int i = 0; i < locations; i++) {
            long y = (long) Math.floor(input.latitude[i] / cellLatitude);
            long x = (long) Math.floor(input.longitude[i] / cellLongitude);
            cellOf[i] = key(y, x);
            cells.computeIfAbsent(cellOf[i], k -> new ArrayList<>()).add(i);
        }
        circleStart = new int[locations + 1];
        completeStart = new int[locations + 1];
        List<int[]> circles = new ArrayList<>(locations);
        List<double[]> distances = new ArrayList<>(locations);
        int size = 0;
        for (int centre = 0; centre < locations; centre++) {
            long y = (long) Math.floor(input.latitude[centre] / cellLatitude);
            long x = (long) Math.floor(input.longitude[centre] / cellLongitude);
            List<long[]> found = new ArrayList<>();
            for (long dy = -1; dy <= 1; dy++) {
                for (long dx = -1; dx <= 1; dx++) {
                    for (int other : cells.getOrDefault(key(y + dy, x + dx), List.of())) {
                        double meters = ScanStatistic.meters(
                                input.latitude[centre],
                                input.longitude[centre],
                                input.latitude[other],
                                input.longitude[other]);
                        if (meters <= radius) {
                            found.add(new long[] {Double.doubleToLongBits(meters), other});
                        }
                    }
                }
            }
            // Non-negative doubles order like their bits; ties by location index, as the reference orders them.
            found.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            int[] circle = new int[found.size()];
            double[] meters = new double[found.size()];
            for (int k = 0; k < circle.length; k++) {
                circle[k] = (int) found.get(k)[1];
                meters[k] = Double.longBitsToDouble(found.get(k)[0]);
            }
            circles.add(circle);
            distances.add(meters);
            circleStart[centre] = size;
            size += circle.length;
        }
        circleStart[locations] = size;
        neighbour = new int[size];
        neighbourMeters = new double[size];
        circleComplete = new boolean[size];
        List<Long> totals = new ArrayList<>();
        for (int centre = 0; centre < locations; centre++) {
            int[] circle = circles.get(centre);
            double[] meters = distances.get(centre);
            completeStart[centre] = totals.size();
            long total = 0;
            for (int k = 0; k < circle.length; k++) {
                int at = circleStart[centre] + k;
                neighbour[at] = circle[k];
                neighbourMeters[at] = meters[k];
                total += input.locationTotal[circle[k]];
                circleComplete[at] = k == circle.length - 1 || meters[k + 1] > meters[k];
                if (circleComplete[at]) {
                    totals.add(total);
                }
            }
        }
        completeStart[locations] = totals.size();
        circleTotal = totals.stream().mapToLong(Long::longValue).toArray();
    }

    private static long key(long y, long x) {
        return y * 4_000_037L + x;
    }

    /** Runs the scan on all available processors. */
    public static ScanOutcome run(ScanInput input) {
        return run(input, Runtime.getRuntime().availableProcessors());
    }

    public static ScanOutcome run(ScanInput input, int threads) {
        return new FastScan(input).scan(Math.max(1, threads));
    }

    private ScanOutcome scan(int threads) {
        int[] recent = new int[input.locations() * windows];
        for (int k = 0; k < input.cases(); k++) {
            int back = input.days - 1 - input.caseDay[k];
            if (back < windows) {
                recent[input.caseLocation[k] * windows + back]++;
            }
        }
        accumulate(recent);
        Cylinder[] best = new Cylinder[input.locations()];
        AtomicInteger nextCentre = new AtomicInteger();
        inParallel(
                () -> {
                    long[] observed = new long[windows];
                    for (int c = nextCentre.getAndIncrement(); c < best.length; c = nextCentre.getAndIncrement()) {
                        best[c] = bestAround(c, recent, observed);
                    }
                },
                threads);
        List<Cylinder> chosen = ClusterReport.choose(Arrays.asList(best), input);
        double[] maxima = new double[input.settings.replications()];
        Arrays.fill(maxima, Double.NEGATIVE_INFINITY);
        if (!chosen.isEmpty()) {
            double level = ClusterReport.lowestRatio(chosen);
            double[] largestTotal = largestTotals(level);
            AtomicInteger next = new AtomicInteger();
            Runnable work = () -> {
                Replication replication = new Replication(largestTotal, level);
                for (int r = next.getAndIncrement(); r < maxima.length; r = next.getAndIncrement()) {
                    maxima[r] = replication.largestRatio(r);
                }
            };
            inParallel(work, Math.min(threads, maxima.length));
        }
        return new ScanOutcome(ClusterReport.report(chosen, maxima, input), maxima);
    }

    /** Turns per-day counts (index = days back) into counts of the last 1, 2, ... days, location by location. */
    private void accumulate(int[] recent) {
        for (int base = 0; base < recent.length; base += windows) {
            for (int back = 1; back < windows; back++) {
                recent[base + back] += recent[base + back - 1];
            }
        }
    }

    private Cylinder bestAround(int centre, int[] recent, long[] observed) {
        Arrays.fill(observed, 0);
        int complete = completeStart[centre];
        Cylinder bestHere = null;
        for (int at = circleStart[centre]; at < circleStart[centre + 1]; at++) {
            int base = neighbour[at] * windows;
            for (int w = 0; w < windows; w++) {
                observed[w] += recent[base + w];
            }
            if (!circleComplete[at]) {
                continue;
            }
            for (int w = 0; w < windows; w++) {
                double expected = input.expected(circleTotal[complete], w + 1);
                double ratio = ScanStatistic.logLikelihoodRatio(observed[w], expected, input.cases());
                if (ratio > (bestHere == null ? 0 : bestHere.ratio())) {
                    bestHere = new Cylinder(
                            centre,
                            Arrays.copyOfRange(neighbour, circleStart[centre], at + 1),
                            neighbourMeters[at],
                            w + 1,
                            observed[w],
                            expected,
                            ratio);
                }
            }
            complete++;
        }
        return bestHere;
    }

    /**
     * {@code largestTotal[count * windows + w - 1]}: the largest location total a cylinder of {@code w} days with {@code
     * count} cases may have and still reach {@code level}, a hair above the exact bound so that rounding never
     * drops a cylinder that reaches it.
     */
    private double[] largestTotals(double level) {
        int counts = input.recentCases() + 1;
        double[] largestExpected = new double[counts];
        for (int count = 0; count < counts; count++) {
            largestExpected[count] = ScanStatistic.largestExpectedReaching(level, count, input.cases());
        }
        // Count by count, so that the windows of one circle, whose counts differ little, read nearby entries.
        double[] largestTotal = new double[counts * windows];
        for (int w = 0; w < windows; w++) {
            double perExpected = (double) input.cases() / Math.max(1, input.windowTotal[w]);
            for (int count = 0; count < counts; count++) {
                largestTotal[count * windows + w] =
                        largestExpected[count] == 0 ? -1 : largestExpected[count] * perExpected * (1 + 1e-9) + 1e-9;
            }
        }
        return largestTotal;
    }

    private static void inParallel(Runnable work, int threads) {
        ParallelWork.run(work, threads, "emerging-cluster-scan");
    }

    /** One thread's working space, reused from replication to replication. */
    private final class Replication {

        private final double[] largestTotal;
        private final double level;
        private final int[] unshuffled;
        private final int[] order;
        private final int[] recent;
        private final int[] firstCase;
        private final int[] observed;

        Replication(double[] largestTotal, double level) {
            this.largestTotal = largestTotal;
            this.level = level;
            unshuffled = new int[input.cases()];
            for (int k = 0; k < unshuffled.length; k++) {
                unshuffled[k] = k;
            }
            order = new int[input.cases()];
            recent = new int[input.locations() * windows];
            firstCase = new int[input.locations()];
            observed = new int[windows];
        }

        double largestRatio(int replication) {
            int dealt = input.recentCases();
            System.arraycopy(unshuffled, 0, order, 0, order.length);
            DatePermutation.deal(order, input.settings.seed(), replication, dealt);
            Arrays.fill(recent, 0);
            for (int i = 0; i < dealt; i++) {
                recent[input.caseLocation[order[i]] * windows + input.days - 1 - input.daysLatestFirst[i]]++;
            }
            // Cumulative counts, and each location's most recent case: shorter windows see nothing there.
            for (int location = 0, base = 0; location < firstCase.length; location++, base += windows) {
                int first = windows;
                for (int back = 0; back < windows; back++) {
                    if (back > 0) {
                        recent[base + back] += recent[base + back - 1];
                    }
                    if (first == windows && recent[base + back] != 0) {
                        first = back;
                    }
                }
                firstCase[location] = first;
            }
            double largest = Double.NEGATIVE_INFINITY;
            long total = input.cases();
            for (int centre = 0; centre < input.locations(); centre++) {
                Arrays.fill(observed, 0);
                int complete = completeStart[centre];
                // Windows shorter than the ring's most recent case count the same as inside the ring, with more
                // expected: they cannot beat the smaller circle, so only the longer ones are looked at.
                int changedFrom = windows;
                for (int at = circleStart[centre]; at < circleStart[centre + 1]; at++) {
                    int location = neighbour[at];
                    int first = firstCase[location];
                    if (first < windows) {
                        int base = location * windows;
                        for (int w = first; w < windows; w++) {
                            observed[w] += recent[base + w];
                        }
                        changedFrom = Math.min(changedFrom, first);
                    }
                    if (!circleComplete[at]) {
                        continue;
                    }
                    if (changedFrom < windows) {
                        double circle = circleTotal[complete];
                        for (int w = changedFrom; w < windows; w++) {
                            if (circle <= largestTotal[observed[w] * windows + w]) {
                                double ratio = ScanStatistic.logLikelihoodRatio(
                                        observed[w], input.expected(circleTotal[complete], w + 1), total);
                                largest = Math.max(largest, ratio);
                            }
                        }
                        changedFrom = windows;
                    }
                    complete++;
                }
            }
            return largest >= level ? largest : Double.NEGATIVE_INFINITY;
        }
    }
}
