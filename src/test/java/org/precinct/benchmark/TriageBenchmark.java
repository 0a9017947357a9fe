package org.precinct.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.triage.StandaloneTriage;

/**
 * The emergency check alone, on the benchmark's report descriptions, one thread: microseconds per description,
 * beside the same descriptions only lower-cased and split into words (the least any reading of a text costs) in
 * the same run, so the ratio holds on a busy machine. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=TriageBenchmark}; {@code benchmark.triage-seconds} sets each measured round (default 10).
 */
class TriageBenchmark {

    private static final Path OUTPUT = Path.of("target", "benchmark", "triage.txt");

    @Test
    void theEmergencyCheckOnReportDescriptions() throws IOException {
        long seconds = Long.getLong("benchmark.triage-seconds", 10);
        ReportTriage triage = StandaloneTriage.create();
        List<String> descriptions =
                ReportCorpus.of(List.of(new ReportCorpus.Place("1 Main St", 0, 0))).stories().stream()
                        .map(ReportCorpus.Story::description)
                        .toList();
        assertThat(descriptions).isNotEmpty();

        StringBuilder report = new StringBuilder("Emergency check benchmark, " + Instant.now() + "\n");
        report.append("%,d descriptions, %,d characters on average%n"
                .formatted(
                        descriptions.size(),
                        descriptions.stream().mapToInt(String::length).sum() / descriptions.size()));
        // Warm both up first, so that both are measured compiled.
        rounds(descriptions, text -> triage.assess(TriageRequest.of(text)).emergency() ? 1 : 0, seconds);
        rounds(descriptions, TriageBenchmark::splitIntoWords, seconds);
        double check = rounds(
                descriptions, text -> triage.assess(TriageRequest.of(text)).emergency() ? 1 : 0, seconds);
        double split = rounds(descriptions, TriageBenchmark::splitIntoWords, seconds);
        report.append("emergency check     %8.1f µs per description%n".formatted(check));
        report.append("lower-case + split  %8.1f µs per description (baseline), ratio 1:%.1f%n"
                .formatted(split, check / split));
        int threads = Integer.getInteger("benchmark.triage-threads", 16);
        double together = together(
                threads,
                descriptions,
                text -> triage.assess(TriageRequest.of(text)).emergency() ? 1 : 0,
                seconds);
        report.append("emergency check, %d threads at once: %.1f µs of processor per description%n"
                .formatted(threads, together));
        Files.createDirectories(OUTPUT.getParent());
        Files.writeString(OUTPUT, report);
        System.out.print(report);
    }

    private static int splitIntoWords(String text) {
        return text.toLowerCase(Locale.ROOT).split("\\s+").length;
    }

    /** Microseconds of processor per description with {@code threads} threads at once. */
    private static double together(
            int threads, List<String> descriptions, java.util.function.ToIntFunction<String> work, long seconds) {
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[threads];
        long[] done = new long[threads];
        Thread[] running = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            running[t] = new Thread(() -> {
                long started = bean.getCurrentThreadCpuTime();
                long until = System.nanoTime() + seconds * 1_000_000_000L;
                long count = 0;
                while (System.nanoTime() < until) {
                    for (String description : descriptions) {
                        work.applyAsInt(description);
                    }
                    count += descriptions.size();
                }
                cpu[index] = bean.getCurrentThreadCpuTime() - started;
                done[index] = count;
            });
            running[t].start();
        }
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        return java.util.Arrays.stream(cpu).sum()
                / 1000.0
                / java.util.Arrays.stream(done).sum();
    }

    /** Microseconds per description, going round the descriptions for about {@code seconds}. */
    private static double rounds(
            List<String> descriptions, java.util.function.ToIntFunction<String> work, long seconds) {
        long sink = 0;
        long count = 0;
        long started = System.nanoTime();
        long until = started + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            for (String description : descriptions) {
                sink += work.applyAsInt(description);
            }
            count += descriptions.size();
        }
        long elapsed = System.nanoTime() - started;
        if (sink < 0) {
            throw new AssertionError("never");
        }
        return elapsed / 1000.0 / count;
    }
}
