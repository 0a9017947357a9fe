package org.precinct.analysis.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.precinct.analysis.EmergingCluster;

/**
 * From each centre's best cylinder to the reported clusters, as SaTScan reports them: the most likely cluster,
 * then secondary clusters that share no location with any cluster reported before them; p-values compare each
 * cluster's ratio with the largest ratio of every replication.
 */
final class ClusterReport {

    private ClusterReport() {}

    /** The clusters to report, most likely first; centres without any excess give none. */
    static List<Cylinder> choose(List<Cylinder> bestPerCentre, ScanInput input) {
        List<Cylinder> ranked = new ArrayList<>();
        for (Cylinder cylinder : bestPerCentre) {
            if (cylinder != null && cylinder.ratio() > 0) {
                ranked.add(cylinder);
            }
        }
        // A stable sort: equal ratios stay in centre order, so both scans pick the same cluster.
        ranked.sort(Comparator.comparingDouble(Cylinder::ratio).reversed());
        boolean[] taken = new boolean[input.locations()];
        List<Cylinder> chosen = new ArrayList<>();
        for (Cylinder cylinder : ranked) {
            if (chosen.size() == input.settings.maxClusters()) {
                break;
            }
            boolean overlaps = false;
            for (int location : cylinder.locations()) {
                overlaps |= taken[location];
            }
            if (!overlaps) {
                for (int location : cylinder.locations()) {
                    taken[location] = true;
                }
                chosen.add(cylinder);
            }
        }
        return chosen;
    }

    /** The smallest ratio among the chosen clusters: replications below it change no p-value. */
    static double lowestRatio(List<Cylinder> chosen) {
        double lowest = Double.POSITIVE_INFINITY;
        for (Cylinder cylinder : chosen) {
            lowest = Math.min(lowest, cylinder.ratio());
        }
        return lowest;
    }

    static List<EmergingCluster> report(List<Cylinder> chosen, double[] replicationMaxima, ScanInput input) {
        List<EmergingCluster> clusters = new ArrayList<>();
        for (Cylinder cylinder : chosen) {
            int atLeast = 0;
            for (double maximum : replicationMaxima) {
                if (maximum >= cylinder.ratio()) {
                    atLeast++;
                }
            }
            double p = (1.0 + atLeast) / (1.0 + replicationMaxima.length);
            clusters.add(new EmergingCluster(
                    input.latitude[cylinder.centre()],
                    input.longitude[cylinder.centre()],
                    cylinder.radius(),
                    input.settings.asOf().minusDays(cylinder.window() - 1L),
                    input.settings.asOf(),
                    cylinder.observed(),
                    cylinder.expected(),
                    cylinder.observed() / cylinder.expected(),
                    cylinder.ratio(),
                    p,
                    1 / p,
                    incidents(cylinder, input)));
        }
        return clusters;
    }

    private static List<Long> incidents(Cylinder cylinder, ScanInput input) {
        boolean[] inside = new boolean[input.locations()];
        for (int location : cylinder.locations()) {
            inside[location] = true;
        }
        int firstDay = input.days - cylinder.window();
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < input.cases(); k++) {
            if (inside[input.caseLocation[k]] && input.caseDay[k] >= firstDay) {
                ids.add(input.caseId[k]);
            }
        }
        return ids;
    }
}
