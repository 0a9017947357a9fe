package org.precinct.analysis.cluster;

import java.util.List;
import org.precinct.analysis.EmergingCluster;

/**
 * What a scan found, most significant first, and each replication's largest log likelihood ratio ({@code
 * Double.NEGATIVE_INFINITY} where a scan only established that it stayed below every reported cluster's ratio).
 */
public record ScanOutcome(List<EmergingCluster> clusters, double[] replicationMaxima) {}
