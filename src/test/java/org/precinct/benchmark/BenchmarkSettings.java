package org.precinct.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one run of the filing benchmark does, from system properties ({@code -Dbenchmark.rows=20000} on the Maven
 * command line), so that a quick smoke run and the full run are the same code.
 *
 * @param rows reports the database holds before anything is measured; missing ones are added, none removed
 * @param jitWarmUp unmeasured load once before everything, so that the JIT has compiled the request path (a large
 *     application keeps compiling for a minute or more under load, and its compiler competes for the processors)
 * @param warmUp unmeasured load before each measured phase, for the pools and the caches
 * @param duration how long each measured phase lasts
 * @param clients concurrent clients of the closed-loop phases, one phase per number; the best one counts
 * @param rate reports per second of the open-loop latency phase
 * @param dataDirectory the benchmark's own Precinct data directory (embedded PostgreSQL), kept between runs
 * @param profile record a Java Flight Recording of the closed-loop phases and print where the CPU time went
 * @param smtpPort where the benchmark's SMTP server listens, and the application sends its receipts
 */
record BenchmarkSettings(
        long rows,
        Duration jitWarmUp,
        Duration warmUp,
        Duration duration,
        List<Integer> clients,
        int rate,
        Path dataDirectory,
        boolean profile,
        int smtpPort) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Long.getLong("benchmark.rows", 1_000_000),
                Duration.ofSeconds(Long.getLong("benchmark.jit-warmup", 180)),
                Duration.ofSeconds(Long.getLong("benchmark.warmup", 10)),
                Duration.ofSeconds(Long.getLong("benchmark.duration", 30)),
                Arrays.stream(System.getProperty("benchmark.clients", "16,32,64")
                                .split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList(),
                Integer.getInteger("benchmark.rate", 500),
                Path.of(System.getProperty("benchmark.data-dir", "target/benchmark-data"))
                        .toAbsolutePath()
                        .normalize(),
                Boolean.getBoolean("benchmark.profile"),
                Integer.getInteger("precinct.test.smtp-port", 3025));
    }

    BenchmarkSettings {
        if (rows < 0 || rate < 1 || clients.isEmpty() || clients.stream().anyMatch(count -> count < 1)) {
            throw new IllegalArgumentException("benchmark.rows, benchmark.rate and benchmark.clients must be positive");
        }
        clients = List.copyOf(clients);
    }
}
