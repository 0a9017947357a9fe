package org.precinct.benchmark;

import java.time.Duration;
import java.util.Arrays;

/**
 * What one measured phase gave: the calls that succeeded and failed inside its window and the latency of each
 * successful one.
 *
 * @param workload what was called
 * @param clients concurrent clients of a closed loop, 0 for an open loop
 * @param rate intended calls per second of an open loop, 0 for a closed loop
 * @param window how long the measurement lasted
 * @param failed calls that failed inside the window
 * @param latencies of the successful calls, in nanoseconds; in an open loop from the moment each call was due
 * @param cpu processor time used during the window
 * @param sendLag in an open loop, how late the load generator sent its latest call, in nanoseconds (0 otherwise): a
 *     large lag means the generator, not the application, fell behind
 * @param loadBefore the machine's load average when the phase began
 * @param loadAfter the machine's load average when it ended
 */
record PhaseResult(
        String workload,
        int clients,
        int rate,
        Duration window,
        long failed,
        long[] latencies,
        CpuTime.Reading cpu,
        long sendLag,
        String loadBefore,
        String loadAfter) {

    PhaseResult {
        latencies = latencies.clone();
        Arrays.sort(latencies);
    }

    long succeeded() {
        return latencies.length;
    }

    double perSecond() {
        return latencies.length / (window.toNanos() / 1e9);
    }

    /** The latency below which {@code percent} of the successful calls stayed, in milliseconds. */
    double percentileMillis(double percent) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * latencies.length) - 1;
        return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
    }

    /** Processor time of this JVM (application and load generator) per successful call, in milliseconds. */
    double jvmCpuMillisPerCall() {
        return cpu.jvm() / 1e6 / Math.max(1, latencies.length + failed);
    }

    /** Processor time of the PostgreSQL server per successful call, in milliseconds. */
    double postgresCpuMillisPerCall() {
        return cpu.postgres() / 1e6 / Math.max(1, latencies.length + failed);
    }

    /** The JVM threads that used most processor time in the window, in milliseconds per call. */
    String busiestThreads(int count) {
        long calls = Math.max(1, latencies.length + failed);
        StringBuilder threads = new StringBuilder();
        cpu.jvmThreads().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .forEach(thread ->
                        threads.append(String.format("%s %.2f; ", thread.getKey(), thread.getValue() / 1e6 / calls)));
        return threads.toString().strip();
    }

    /** The share of the machine's processors that other processes (other builds, the kernel) used in the window. */
    double othersShare() {
        long others = cpu.machine() - cpu.jvm() - cpu.postgres();
        return Math.max(0, others)
                / (double) (window.toNanos() * Runtime.getRuntime().availableProcessors());
    }

    double maxMillis() {
        return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
    }
}
