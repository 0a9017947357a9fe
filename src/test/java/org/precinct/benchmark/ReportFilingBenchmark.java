package org.precinct.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctApplication;
import org.precinct.intake.ReportTriage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How many online reports Precinct files per second, and how fast it answers, with a year of reports (a million
 * by default) already in the database; each figure beside the same figure for a bare single-row JDBC insert
 * measured in the same run, because on a shared machine only the ratio travels.
 *
 * <p>Starts the whole application with the {@code benchmark} profile on a data directory of its own, with the demo
 * map for placing reports and a mail server that takes the receipts and keeps none; fills the database; then, for each number of
 * clients, loads {@code POST /api/v1/reports} and the bare insert in a closed loop (throughput), and finally both
 * at a fixed rate in an open loop (latency from the moment each call was due). Whatever the submission does when
 * the benchmark runs (emergency check, duplicate check, catalogue, geography, storage, receipt, audit, event) is
 * what is measured.
 *
 * <p>Not a test: run on demand with {@code ./mvnw -Pbenchmark test}; the README says how, and which system
 * properties make a quick run. It fails only when a call fails, never on the figures.
 */
class ReportFilingBenchmark {

    private static final Path OUTPUT = Path.of("target", "benchmark");

    @Test
    void fileReportsAgainstAYearOfReports() throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        Files.createDirectories(OUTPUT);
        Path figuresFile = OUTPUT.resolve("report-filing.txt");
        try (OutputStream file = new FileOutputStream(figuresFile.toFile());
                PrintStream out = new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8)) {
            out.printf("Report filing benchmark, %s; load average %s%n", Instant.now(), LoadPhases.loadAverage());
            out.println("settings: " + settings);
            BenchmarkDatabase.loadStatementStatistics(settings.dataDirectory());
            try (DiscardingSmtpServer smtp = new DiscardingSmtpServer(settings.smtpPort());
                    ConfigurableApplicationContext application = new SpringApplicationBuilder(PrecinctApplication.class)
                            .profiles("benchmark")
                            // As arguments, which win over the system properties the test build sets for the tests.
                            .run(
                                    "--precinct.data-dir=" + settings.dataDirectory(),
                                    "--server.port=0",
                                    "--spring.mail.port=" + settings.smtpPort())) {
                run(settings, application, out);
                out.printf("receipts the mail server took: %,d%n", smtp.accepted());
            }
            out.println("figures written to " + figuresFile.toAbsolutePath());
        }
    }

    private static void run(BenchmarkSettings settings, ConfigurableApplicationContext application, PrintStream out)
            throws Exception {
        int port = Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
        BenchmarkDatabase database = BenchmarkDatabase.of(application.getEnvironment(), settings.dataDirectory());
        ReportCorpus corpus = ReportCorpus.of(places(database));
        out.printf(
                "%,d descriptions checked: none reads as an emergency%n",
                corpus.requireNonEmergencies(application.getBean(ReportTriage.class)));
        long before = new ReportHistoryFill(database, out).fillTo(settings.rows(), corpus);

        List<PhaseResult[]> closed = new ArrayList<>();
        PhaseResult[] open = new PhaseResult[2];
        CpuProfile profile = settings.profile() ? new CpuProfile(OUTPUT) : null;
        CpuTime cpu = new CpuTime(settings.dataDirectory());
        try (FilingWorkload filing = new FilingWorkload(port, corpus);
                BareInsertWorkload bare = new BareInsertWorkload(database, corpus, maxClients(settings));
                DatabaseActivity activity = new DatabaseActivity(database)) {
            if (!filing.call(new Random(System.nanoTime()))) {
                throw new IllegalStateException("A first report could not be filed: "
                        + filing.failures().examples());
            }
            PhaseResult jit = LoadPhases.closedLoop(
                    filing, settings.clients().get(0), settings.jitWarmUp(), Duration.ofSeconds(1), cpu);
            out.println(line("JIT warm-up", jit));
            activity.reset();
            // Each Precinct phase is followed at once by its baseline, so both see much the same machine.
            for (int clients : settings.clients()) {
                activity.resume();
                if (profile != null) {
                    profile.start();
                }
                PhaseResult precinct =
                        LoadPhases.closedLoop(filing, clients, settings.warmUp(), settings.duration(), cpu);
                if (profile != null) {
                    profile.stop();
                }
                activity.pause();
                out.println(line("closed loop", precinct));
                out.println("  JVM threads, ms of processor per call: " + precinct.busiestThreads(8));
                PhaseResult baseline =
                        LoadPhases.closedLoop(bare, clients, settings.warmUp(), settings.duration(), cpu);
                out.println(line("closed loop", baseline));
                closed.add(new PhaseResult[] {precinct, baseline});
            }
            activity.resume();
            open[0] = LoadPhases.openLoop(filing, settings.rate(), settings.warmUp(), settings.duration(), cpu);
            activity.pause();
            out.println(line("open loop", open[0]));
            out.println("  JVM threads, ms of processor per call: " + open[0].busiestThreads(8));
            open[1] = LoadPhases.openLoop(bare, settings.rate(), settings.warmUp(), settings.duration(), cpu);
            out.println(line("open loop", open[1]));

            out.println();
            figures(settings, before, closed, open, out);
            out.println();
            out.println("Where the time goes while Precinct files reports");
            out.println("PostgreSQL sessions of the database (average number in each state, sampled every 50 ms):");
            activity.sessionStates().forEach(state -> out.println("  " + state));
            out.println("PostgreSQL statements by total time (pg_stat_statements):");
            activity.topStatements(15).forEach(statement -> out.println("  " + statement));
            if (profile != null) {
                out.println("Java CPU samples (JFR):");
                profile.summary(20).forEach(row -> out.println("  " + row));
            }
            out.println();
            mail(database, out);
            long failures = filing.failures().count() + bare.failures().count();
            if (failures > 0) {
                out.println("failed calls: " + filing.failures().examples() + " "
                        + bare.failures().examples());
            }
            // A closed loop waits for each answer, so any failure there is a fault. The open loop keeps sending at
            // its rate whether or not answers come: past what the machine can take, calls time out waiting for a
            // connection, and how many did is one of its figures ("failed" on its line), not a fault.
            long closedLoopFailures = closed.stream()
                    .flatMap(Arrays::stream)
                    .mapToLong(PhaseResult::failed)
                    .sum();
            assertEquals(0, closedLoopFailures, "every call of the closed loops must succeed");
        }
    }

    private static void figures(
            BenchmarkSettings settings, long reports, List<PhaseResult[]> closed, PhaseResult[] open, PrintStream out) {
        out.printf(
                "Figures: %d cores (%s), Java %s; %,d reports in intake.service_request before the run%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"),
                reports);
        out.printf("%-22s %-28s %-28s %s%n", "", "POST /api/v1/reports", "bare JDBC insert", "ratio");
        out.printf(
                "Throughput, closed loop, %ds after %ds warm-up (calls answered per second):%n",
                settings.duration().toSeconds(), settings.warmUp().toSeconds());
        for (PhaseResult[] pair : closed) {
            out.printf(
                    "  %-20s %-28s %-28s %.3f   load %s%n",
                    pair[0].clients() + " clients",
                    String.format("%,.0f/s (p99 %.1f ms)", pair[0].perSecond(), pair[0].percentileMillis(99)),
                    String.format("%,.0f/s (p99 %.1f ms)", pair[1].perSecond(), pair[1].percentileMillis(99)),
                    pair[0].perSecond() / pair[1].perSecond(),
                    pair[0].loadBefore());
        }
        out.println("Processor time per call in the closed loops, ms (JVM = application and load generator):");
        for (PhaseResult[] pair : closed) {
            out.printf(
                    "  %-20s %-28s %-28s %.1f%n",
                    pair[0].clients() + " clients",
                    String.format(
                            "JVM %.2f + PostgreSQL %.2f",
                            pair[0].jvmCpuMillisPerCall(), pair[0].postgresCpuMillisPerCall()),
                    String.format(
                            "JVM %.2f + PostgreSQL %.2f",
                            pair[1].jvmCpuMillisPerCall(), pair[1].postgresCpuMillisPerCall()),
                    (pair[0].jvmCpuMillisPerCall() + pair[0].postgresCpuMillisPerCall())
                            / (pair[1].jvmCpuMillisPerCall() + pair[1].postgresCpuMillisPerCall()));
        }
        PhaseResult bestApplication = closed.stream()
                .map(pair -> pair[0])
                .max(Comparator.comparingDouble(PhaseResult::perSecond))
                .orElseThrow();
        PhaseResult bestBaseline = closed.stream()
                .map(pair -> pair[1])
                .max(Comparator.comparingDouble(PhaseResult::perSecond))
                .orElseThrow();
        out.printf(
                "  %-20s %-28s %-28s %.3f%n",
                "best",
                String.format("%,.0f/s (%d clients)", bestApplication.perSecond(), bestApplication.clients()),
                String.format("%,.0f/s (%d clients)", bestBaseline.perSecond(), bestBaseline.clients()),
                bestApplication.perSecond() / bestBaseline.perSecond());
        out.printf(
                "Latency, open loop at %d/s for %ds, from when each call was due (ms):   load %s%n",
                settings.rate(), settings.duration().toSeconds(), open[0].loadBefore());
        for (double percent : new double[] {50, 95, 99}) {
            latencyRow(out, "p" + (int) percent, open[0].percentileMillis(percent), open[1].percentileMillis(percent));
        }
        latencyRow(out, "max", open[0].maxMillis(), open[1].maxMillis());
        out.printf(
                "  %-20s %-28s %-28s%n",
                "answered per second",
                String.format("%,.0f/s", open[0].perSecond()),
                String.format("%,.0f/s", open[1].perSecond()));
        out.printf(
                "  %-20s %-28s %-28s%n",
                "failed (timed out)", String.format("%,d", open[0].failed()), String.format("%,d", open[1].failed()));
        out.printf(
                "Targets: >= 1,000 reports/s sustained: %s (%,.0f/s); p99 < 100 ms at %d/s: %s (%.1f ms)%n",
                bestApplication.perSecond() >= 1000 ? "met" : "NOT met",
                bestApplication.perSecond(),
                settings.rate(),
                open[0].percentileMillis(99) < 100 ? "met" : "NOT met",
                open[0].percentileMillis(99));
    }

    private static void latencyRow(PrintStream out, String name, double application, double baseline) {
        out.printf(
                "  %-20s %-28s %-28s %.1f%n",
                name, String.format("%.1f", application), String.format("%.1f", baseline), application / baseline);
    }

    private static String line(String kind, PhaseResult result) {
        return String.format(
                "%-22s %-11s %-4s %,8.0f/s  p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms  failed %d  cpu/call %.2f+%.2f ms"
                        + "  others %.0f%%%s  load %s -> %s",
                result.workload(),
                kind,
                result.clients() > 0 ? result.clients() + "c" : result.rate() + "/s",
                result.perSecond(),
                result.percentileMillis(50),
                result.percentileMillis(99),
                result.maxMillis(),
                result.failed(),
                result.jvmCpuMillisPerCall(),
                result.postgresCpuMillisPerCall(),
                100 * result.othersShare(),
                result.rate() > 0 ? String.format("  sender late by %.1f ms at most", result.sendLag() / 1e6) : "",
                result.loadBefore(),
                result.loadAfter());
    }

    private static int maxClients(BenchmarkSettings settings) {
        return settings.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static List<ReportCorpus.Place> places(BenchmarkDatabase database) throws SQLException {
        List<ReportCorpus.Place> places = new ArrayList<>();
        try (Connection connection = database.application();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select full_address, latitude, longitude from geography.address where jurisdiction_id is not null")) {
            while (rows.next()) {
                places.add(new ReportCorpus.Place(rows.getString(1), rows.getDouble(2), rows.getDouble(3)));
            }
        }
        return places;
    }

    /** How far the outbox got with the receipts while the benchmark ran. */
    private static void mail(BenchmarkDatabase database, PrintStream out) throws SQLException {
        try (Connection connection = database.application();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select status, count(*) from notifications.outbound_mail group by status order by status")) {
            StringBuilder line = new StringBuilder("receipt mails in the outbox:");
            while (rows.next()) {
                line.append(String.format(" %s %,d", rows.getString(1), rows.getLong(2)));
            }
            out.println(line);
        }
    }

    /** Writes what the benchmark prints both to the console and to its figures file. */
    private static final class Tee extends OutputStream {

        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
