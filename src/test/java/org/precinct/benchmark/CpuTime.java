package org.precinct.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The processor time used so far by this JVM (the application and the load generator) and by the embedded
 * PostgreSQL server (its postmaster and every process it started, the ended ones included). Unlike throughput, the
 * time a call costs hardly changes when other work shares the machine, so it compares runs on a busy machine.
 */
final class CpuTime {

    /** Linux reports process times in ticks of 1/100 s (USER_HZ) on every architecture Precinct runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /**
     * Processor time in nanoseconds.
     *
     * @param machine all processors of the machine, every process and the kernel
     * @param jvmThreads the JVM's part by thread name (see {@link #jvmThreads()})
     */
    record Reading(long jvm, long postgres, long machine, Map<String, Long> jvmThreads) {

        Reading minus(Reading earlier) {
            Map<String, Long> threads = new TreeMap<>();
            jvmThreads.forEach((name, time) -> {
                long used = time - earlier.jvmThreads.getOrDefault(name, 0L);
                if (used > 0) {
                    threads.put(name, used);
                }
            });
            return new Reading(jvm - earlier.jvm, postgres - earlier.postgres, machine - earlier.machine, threads);
        }
    }

    private final Path postmasterPid;

    /** @param dataDirectory the Precinct data directory whose embedded server to watch */
    CpuTime(Path dataDirectory) {
        this.postmasterPid = dataDirectory.resolve("postgres").resolve("postmaster.pid");
    }

    Reading now() {
        long jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
        return new Reading(jvm, postgres(), machine(), jvmThreads());
    }

    /** Busy time of all processors since boot, from the first line of /proc/stat (idle and waiting left out). */
    private static long machine() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            long ticks = 0;
            // user nice system idle iowait irq softirq steal: everything but idle (4) and iowait (5).
            for (int field = 1; field <= 8; field++) {
                if (field != 4 && field != 5) {
                    ticks += Long.parseLong(fields[field]);
                }
            }
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private long postgres() {
        try {
            String postmaster = Files.readAllLines(postmasterPid).get(0).strip();
            long ticks = 0;
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    long[] stat = stat(process);
                    if (stat == null) {
                        continue;
                    }
                    boolean server = process.getFileName().toString().equals(postmaster);
                    if (server) {
                        // The postmaster's own time and that of the backends that have ended.
                        ticks += stat[1] + stat[2] + stat[3] + stat[4];
                    } else if (Long.toString(stat[0]).equals(postmaster)) {
                        ticks += stat[1] + stat[2];
                    }
                }
            }
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Processor time so far of each thread of this JVM, the JVM's own (garbage collector, compiler) included, by
     * thread name with the numbers taken out, so that a pool's threads add up. Threads that have ended are missing.
     */
    static Map<String, Long> jvmThreads() {
        Map<String, Long> byName = new TreeMap<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path thread : threads) {
                long[] stat = stat(thread);
                if (stat == null) {
                    continue;
                }
                String name;
                try {
                    name = Files.readString(thread.resolve("comm")).strip().replaceAll("\\d+", "N");
                } catch (IOException e) {
                    continue;
                }
                byName.merge(name, (stat[1] + stat[2]) * NANOS_PER_TICK, Long::sum);
            }
        } catch (IOException e) {
            // No /proc: no breakdown.
        }
        return byName;
    }

    /** Parent pid, utime, stime, cutime and cstime of a process, or null when it is gone. */
    private static long[] stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // The command name is in parentheses and may contain spaces; the fields after it are plain.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {
                Long.parseLong(fields[1]),
                Long.parseLong(fields[11]),
                Long.parseLong(fields[12]),
                Long.parseLong(fields[13]),
                Long.parseLong(fields[14])
            };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
