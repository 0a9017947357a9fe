package org.precinct.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** The two ways the benchmark loads a workload: as many calls as N clients can make, and calls at a fixed rate. */
final class LoadPhases {

    private LoadPhases() {}

    /**
     * Closed loop: {@code clients} threads each call, wait for the answer and call again. Counts the calls answered
     * inside the window that follows the warm-up; the throughput is the most the workload sustains with that many
     * clients.
     */
    static PhaseResult closedLoop(Workload workload, int clients, Duration warmUp, Duration window, CpuTime cpu)
            throws InterruptedException {
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        long from = start + warmUp.toNanos();
        long until = from + window.toNanos();
        long[][] perClient = new long[clients][];
        AtomicLong failed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int number = client;
            Thread thread = new Thread(
                    () -> {
                        Random random = new Random(start + number);
                        LatencyList latencies = new LatencyList();
                        while (true) {
                            long sent = System.nanoTime();
                            if (sent >= until) {
                                break;
                            }
                            boolean ok = workload.call(random);
                            long answered = System.nanoTime();
                            if (answered >= from && answered < until) {
                                if (ok) {
                                    latencies.add(answered - sent);
                                } else {
                                    failed.incrementAndGet();
                                }
                            }
                        }
                        perClient[number] = latencies.toArray();
                    },
                    "benchmark-client-" + client);
            threads.add(thread);
            thread.start();
        }
        sleepUntil(from);
        CpuTime.Reading atStart = cpu.now();
        sleepUntil(until);
        CpuTime.Reading used = cpu.now().minus(atStart);
        for (Thread thread : threads) {
            thread.join();
        }
        return new PhaseResult(
                workload.name(),
                clients,
                0,
                window,
                failed.get(),
                merge(List.of(perClient)),
                used,
                0,
                loadBefore,
                loadAverage());
    }

    /**
     * Open loop: a call is due every {@code 1/rate} seconds whatever the answers so far, and each call's latency is
     * measured from when it was due, not from when it left. A stall therefore shows in the latency of every call that
     * should have gone out during it, instead of hiding in fewer calls (coordinated omission).
     */
    static PhaseResult openLoop(Workload workload, int rate, Duration warmUp, Duration window, CpuTime cpu)
            throws InterruptedException {
        String loadBefore = loadAverage();
        long period = 1_000_000_000L / rate;
        int warmUpCalls = (int) (warmUp.toNanos() / period);
        int total = warmUpCalls + (int) (window.toNanos() / period);
        long[] latencies = new long[total];
        boolean[] succeeded = new boolean[total];
        CountDownLatch answered = new CountDownLatch(total);
        Random random = new Random(System.nanoTime());
        long start = System.nanoTime() + 10_000_000L;
        CpuTime.Reading atStart = null;
        long sendLag = 0;
        for (int call = 0; call < total; call++) {
            long due = start + call * period;
            sleepUntil(due);
            sendLag = Math.max(sendLag, System.nanoTime() - due);
            if (call == warmUpCalls) {
                atStart = cpu.now();
            }
            int index = call;
            try {
                workload.callAsync(random).whenComplete((ok, error) -> {
                    latencies[index] = System.nanoTime() - due;
                    succeeded[index] = ok != null && ok;
                    answered.countDown();
                });
            } catch (RuntimeException e) {
                workload.failures().note(e.toString());
                latencies[index] = System.nanoTime() - due;
                answered.countDown();
            }
        }
        sleepUntil(start + total * period);
        CpuTime.Reading used = atStart == null
                ? new CpuTime.Reading(0, 0, 0, Map.of())
                : cpu.now().minus(atStart);
        if (!answered.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Calls still unanswered two minutes after the last was due");
        }
        LatencyList measured = new LatencyList();
        long failed = 0;
        for (int call = warmUpCalls; call < total; call++) {
            if (succeeded[call]) {
                measured.add(latencies[call]);
            } else {
                failed++;
            }
        }
        return new PhaseResult(
                workload.name(), 0, rate, window, failed, measured.toArray(), used, sendLag, loadBefore, loadAverage());
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static long[] merge(List<long[]> parts) {
        int size = parts.stream().mapToInt(part -> part.length).sum();
        long[] all = new long[size];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** A growable list of longs, so a million latencies cost eight megabytes and no boxing. */
    private static final class LatencyList {

        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
