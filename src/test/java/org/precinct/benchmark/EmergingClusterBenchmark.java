package org.precinct.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.analysis.EmergingCluster;
import org.precinct.analysis.EmergingClusterSettings;
import org.precinct.analysis.cluster.FastScan;
import org.precinct.analysis.cluster.ReferenceScan;
import org.precinct.analysis.cluster.ScanInput;
import org.precinct.analysis.cluster.ScanOutcome;
import org.precinct.analysis.cluster.SyntheticIncidents;

/**
 * The emerging-cluster scan at a city's scale: 250,000 incidents over 365 days at 5,000 locations in a 16 km square,
 * 30-day windows, 1 km circles, 999 replications, on all processors; beside it, in the same run, the reference
 * implementation on the same data with fewer replications ({@code benchmark.reference-replications}, default 19),
 * the fast scan repeated with that many, and a check that both found the same clusters with the same p-values.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=EmergingClusterBenchmark}; no application is started.
 */
class EmergingClusterBenchmark {

    private static final Path OUTPUT = Path.of("target", "benchmark", "emerging-clusters.txt");

    @Test
    void theScanOverAYearOfACity() throws IOException {
        int referenceReplications = Integer.getInteger("benchmark.reference-replications", 19);
        LocalDate asOf = LocalDate.of(2026, 11, 20);
        SyntheticIncidents data = new SyntheticIncidents(2026, 5_000, 16_000, 1).background(250_000, asOf, 365);
        data.plant(40, asOf, 7, 6);
        var full = new EmergingClusterSettings(asOf, 365, 30, 1_000, 999, 1, 10);
        var fewer = new EmergingClusterSettings(asOf, 365, 30, 1_000, referenceReplications, 1, 10);
        ScanInput input = ScanInput.of(data.events(), full);
        ScanInput fewerInput = ScanInput.of(data.events(), fewer);
        int processors = Runtime.getRuntime().availableProcessors();

        StringBuilder report = new StringBuilder("Emerging-cluster scan benchmark, " + Instant.now() + "\n");
        report.append("%,d incidents, %,d locations, %d days, windows up to %d days, radius %.0f m, %d processors%n"
                .formatted(
                        input.cases(),
                        input.locations(),
                        full.studyDays(),
                        full.maxWindowDays(),
                        full.maxRadiusMeters(),
                        processors));
        // One small run first, so that the measured runs are compiled code.
        FastScan.run(ScanInput.of(data.events(), new EmergingClusterSettings(asOf, 365, 30, 1_000, 49, 9, 10)));

        // Processor time beside the elapsed time: on a shared machine the elapsed time includes waiting for a core.
        var system = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        report.append("load average before: %.1f%n".formatted(system.getSystemLoadAverage()));
        long processor = system.getProcessCpuTime();
        long started = System.nanoTime();
        ScanOutcome fast = FastScan.run(input);
        double fastSeconds = (System.nanoTime() - started) / 1e9;
        report.append("fast scan, 999 replications:           %8.2f s (%.2f s of processor)%n"
                .formatted(fastSeconds, (system.getProcessCpuTime() - processor) / 1e9));

        started = System.nanoTime();
        ScanOutcome fastFewer = FastScan.run(fewerInput);
        double fastFewerSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        ScanOutcome reference = ReferenceScan.run(fewerInput);
        double referenceSeconds = (System.nanoTime() - started) / 1e9;
        report.append(
                "fast scan, %3d replications:           %8.2f s%n".formatted(referenceReplications, fastFewerSeconds));
        report.append("reference scan, %3d replications:      %8.2f s (%.1f s per replication: about %.0f s for 999)%n"
                .formatted(
                        referenceReplications,
                        referenceSeconds,
                        referenceSeconds / (referenceReplications + 1),
                        referenceSeconds / (referenceReplications + 1) * 1_000));
        boolean same = fastFewer.clusters().equals(reference.clusters());
        report.append("same clusters and p-values with %d replications: %s%n".formatted(referenceReplications, same));
        report.append("clusters (999 replications):\n");
        for (EmergingCluster cluster : fast.clusters()) {
            report.append("  %.5f,%.5f r=%4.0f m %s..%s observed %3d expected %6.2f LLR %6.2f p=%.3f RI %.0f days%n"
                    .formatted(
                            cluster.centerLatitude(),
                            cluster.centerLongitude(),
                            cluster.radiusMeters(),
                            cluster.windowStart(),
                            cluster.windowEnd(),
                            cluster.observed(),
                            cluster.expected(),
                            cluster.logLikelihoodRatio(),
                            cluster.pValue(),
                            cluster.recurrenceIntervalDays()));
        }
        Files.createDirectories(OUTPUT.getParent());
        Files.writeString(OUTPUT, report);
        System.out.print(report);
        assertThat(same).isTrue();
        List<EmergingCluster> clusters = fast.clusters();
        assertThat(clusters).isNotEmpty();
        assertThat(clusters.get(0).pValue()).isEqualTo(0.001);
    }
}
