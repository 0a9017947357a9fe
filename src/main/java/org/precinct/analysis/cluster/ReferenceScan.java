package org.precinct.analysis.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The prospective space-time permutation scan written as directly as its definition, one step after another: it
 * is the yardstick {@link FastScan} must agree with, cluster for cluster and p-value for p-value. For every
 * location as centre, the circle grows through the nearest locations (locations at the same distance join
 * together) up to the maximum radius; for every window ending on the analysis day it counts the cases, takes the
 * expected count from the margins and the likelihood ratio. Each replication deals the dates out again and
 * repeats the whole scan.
 */
public final class ReferenceScan {

    private ReferenceScan() {}

    public static ScanOutcome run(ScanInput input) {
        List<List<Neighbour>> circles = circles(input);
        List<Cylinder> chosen = ClusterReport.choose(bestPerCentre(input, circles, input.caseDay), input);
        int replications = input.settings.replications();
        double[] maxima = new double[replications];
        Arrays.fill(maxima, Double.NEGATIVE_INFINITY);
        if (!chosen.isEmpty()) {
            for (int r = 0; r < replications; r++) {
                int[] order = new int[input.cases()];
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                DatePermutation.deal(order, input.settings.seed(), r, order.length);
                int[] permutedDay = new int[input.cases()];
                for (int i = 0; i < order.length; i++) {
                    permutedDay[order[i]] = input.daysLatestFirst[i];
                }
                double maximum = 0;
                for (Cylinder best : bestPerCentre(input, circles, permutedDay)) {
                    if (best != null) {
                        maximum = Math.max(maximum, best.ratio());
                    }
                }
                maxima[r] = maximum;
            }
        }
        return new ScanOutcome(ClusterReport.report(chosen, maxima, input), maxima);
    }

    private record Neighbour(int location, double meters) {}

    private static List<List<Neighbour>> circles(ScanInput input) {
        List<List<Neighbour>> circles = new ArrayList<>();
        for (int centre = 0; centre < input.locations(); centre++) {
            List<Neighbour> circle = new ArrayList<>();
            for (int other = 0; other < input.locations(); other++) {
                double meters = ScanStatistic.meters(
                        input.latitude[centre], input.longitude[centre], input.latitude[other], input.longitude[other]);
                if (meters <= input.settings.maxRadiusMeters()) {
                    circle.add(new Neighbour(other, meters));
                }
            }
            circle.sort(Comparator.comparingDouble(Neighbour::meters).thenComparingInt(Neighbour::location));
            circles.add(circle);
        }
        return circles;
    }

    private static List<Cylinder> bestPerCentre(ScanInput input, List<List<Neighbour>> circles, int[] caseDay) {
        int[][] counts = new int[input.locations()][input.days];
        for (int k = 0; k < caseDay.length; k++) {
            counts[input.caseLocation[k]][caseDay[k]]++;
        }
        List<Cylinder> best = new ArrayList<>();
        for (int centre = 0; centre < input.locations(); centre++) {
            List<Neighbour> circle = circles.get(centre);
            long[] observed = new long[input.windows];
            long locationsTotal = 0;
            Cylinder bestHere = null;
            for (int i = 0; i < circle.size(); i++) {
                int location = circle.get(i).location();
                locationsTotal += input.locationTotal[location];
                for (int w = 1; w <= input.windows; w++) {
                    for (int day = input.days - w; day < input.days; day++) {
                        observed[w - 1] += counts[location][day];
                    }
                }
                boolean circleComplete = i == circle.size() - 1
                        || circle.get(i + 1).meters() > circle.get(i).meters();
                if (!circleComplete) {
                    continue;
                }
                for (int w = 1; w <= input.windows; w++) {
                    double expected = input.expected(locationsTotal, w);
                    double ratio = ScanStatistic.logLikelihoodRatio(observed[w - 1], expected, input.cases());
                    if (ratio > (bestHere == null ? 0 : bestHere.ratio())) {
                        int[] locations = circle.subList(0, i + 1).stream()
                                .mapToInt(Neighbour::location)
                                .toArray();
                        bestHere = new Cylinder(
                                centre, locations, circle.get(i).meters(), w, observed[w - 1], expected, ratio);
                    }
                }
            }
            best.add(bestHere);
        }
        return best;
    }
}
