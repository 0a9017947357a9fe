package org.precinct.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctApplication;
import org.precinct.StaffWebClient;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;
import org.precinct.records.check.ItemMatch;
import org.precinct.records.check.PersonMatch;
import org.precinct.records.check.RecordCheckRequest;
import org.precinct.records.check.RecordChecks;
import org.precinct.records.index.RecordsStaff;
import org.precinct.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast and how well the record check answers with a city's master indexes (a million persons and three million
 * involvements by default): name search and plate search p50/p95/p99 with 20 patrol cars searching at once, through
 * the staff API as a car's laptop calls it (token, search, check log, audit row), each beside a plain {@code ILIKE}
 * scan of the same table measured in the same run; and the share of misspelled names (typos, sound-alike
 * spellings, nicknames, swapped names, generated from persons whose name is unique) whose person is among the first
 * ten answers, for both.
 *
 * <p>Starts the whole application with the {@code benchmark} profile on a data directory of its own
 * ({@code target/record-check-data}, kept between runs), fills it with SQL, then measures. Not a test: run on demand
 * with {@code ./mvnw -Pbenchmark test -Dtest=RecordCheckBenchmark}; it fails only when a call fails.
 *
 * <p>System properties: {@code benchmark.persons}, {@code benchmark.involvements}, {@code benchmark.vehicles},
 * {@code benchmark.clients} (20), {@code benchmark.jit-warmup} (60 s), {@code benchmark.warmup} (10 s),
 * {@code benchmark.duration} (30 s), {@code benchmark.names} (queries in the misspelled set, 1,000),
 * {@code benchmark.data-dir}.
 */
class RecordCheckBenchmark {

    private static final Path OUTPUT = Path.of("target", "benchmark");

    private static final String ILIKE_NAMES = """
            select id from records.master_person
            where last_name ilike ? and first_name ilike ? and merged_into is null
            order by last_name, first_name limit 10
            """;

    private static final String ILIKE_PLATES =
            "select id from records.master_vehicle where plate ilike ? and merged_into is null limit 10";

    @Test
    void recordChecksAgainstACitysMasterIndexes() throws Exception {
        long persons = Long.getLong("benchmark.persons", 1_000_000);
        long involvements = Long.getLong("benchmark.involvements", 3_000_000);
        long vehicles = Long.getLong("benchmark.vehicles", 500_000);
        int clients = Integer.getInteger("benchmark.clients", 20);
        Duration jit = Duration.ofSeconds(Long.getLong("benchmark.jit-warmup", 60));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
        Duration window = Duration.ofSeconds(Long.getLong("benchmark.duration", 30));
        int names = Integer.getInteger("benchmark.names", 1_000);
        Path dataDirectory = Path.of(System.getProperty("benchmark.data-dir", "target/record-check-data"))
                .toAbsolutePath()
                .normalize();
        int smtpPort = Integer.getInteger("precinct.test.smtp-port", 3025);
        Files.createDirectories(OUTPUT);
        Path figuresFile = OUTPUT.resolve("record-check.txt");
        try (OutputStream file = new FileOutputStream(figuresFile.toFile());
                PrintStream out = new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8)) {
            out.printf("Record check benchmark, %s; load average %s%n", Instant.now(), LoadPhases.loadAverage());
            out.printf(
                    "settings: %,d persons, %,d involvements, %,d vehicles, %d clients, JIT warm-up %ds, warm-up %ds,"
                            + " windows %ds, %,d misspelled names, data in %s%n",
                    persons,
                    involvements,
                    vehicles,
                    clients,
                    jit.toSeconds(),
                    warmUp.toSeconds(),
                    window.toSeconds(),
                    names,
                    dataDirectory);
            try (ConfigurableApplicationContext application = new SpringApplicationBuilder(PrecinctApplication.class)
                    .profiles("benchmark")
                    .run("--precinct.data-dir=" + dataDirectory, "--server.port=0", "--spring.mail.port=" + smtpPort)) {
                int port = Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
                BenchmarkDatabase database = BenchmarkDatabase.of(application.getEnvironment(), dataDirectory);
                long started = System.nanoTime();
                long held = new MasterIndexFill(database, out).fillTo(persons, vehicles, involvements);
                out.printf("filled in %.0f s%n", (System.nanoTime() - started) / 1e9);
                String token = token(application, port);
                run(application, port, token, database, held, clients, jit, warmUp, window, names, dataDirectory, out);
            }
            out.println("figures written to " + figuresFile.toAbsolutePath());
        }
    }

    private static void run(
            ConfigurableApplicationContext application,
            int port,
            String token,
            BenchmarkDatabase database,
            long held,
            int clients,
            Duration jit,
            Duration warmUp,
            Duration window,
            int names,
            Path dataDirectory,
            PrintStream out)
            throws Exception {
        Random random = new Random(20261123);
        Map<String, Target> misspelled = misspelledSet(database, names, random);
        List<String> nameQueries = new ArrayList<>(misspelled.keySet());
        List<String> plateQueries = plateSet(database, names, random);
        CpuTime cpu = new CpuTime(dataDirectory);
        RecordChecks checks = application.getBean(RecordChecks.class);
        RecordsStaff officer = new RecordsStaff("benchmark-officer", null, Set.of(Role.OFFICER));
        try (SearchWorkloads.InProcess nameService = new SearchWorkloads.InProcess(
                        "record check, names",
                        query -> checks
                                .check(new RecordCheckRequest(query, "Benchmark", null, null, null, 10), officer)
                                .persons()
                                .stream()
                                .map(PersonMatch::id)
                                .toList(),
                        nameQueries);
                SearchWorkloads.InProcess plateService = new SearchWorkloads.InProcess(
                        "record check, plates",
                        query -> checks
                                .check(new RecordCheckRequest(query, "Benchmark", null, null, null, 10), officer)
                                .items()
                                .stream()
                                .map(ItemMatch::id)
                                .toList(),
                        plateQueries);
                SearchWorkloads.Api nameApi =
                        new SearchWorkloads.Api(port, "/api/v1/persons/search", token, nameQueries);
                SearchWorkloads.Ilike nameIlike = new SearchWorkloads.Ilike(
                        database, "ILIKE on names", ILIKE_NAMES, RecordCheckBenchmark::bindName, nameQueries);
                SearchWorkloads.Api plateApi =
                        new SearchWorkloads.Api(port, "/api/v1/vehicles/search", token, plateQueries);
                SearchWorkloads.Ilike plateIlike = new SearchWorkloads.Ilike(
                        database,
                        "ILIKE on plates",
                        ILIKE_PLATES,
                        (statement, query) -> statement.setString(1, query.replace('?', '_')),
                        plateQueries)) {
            out.println(line("JIT warm-up, names", LoadPhases.closedLoop(nameApi, clients, Duration.ZERO, jit, cpu)));
            out.println(line(
                    "JIT warm-up, plates",
                    LoadPhases.closedLoop(plateApi, clients, Duration.ZERO, jit.dividedBy(3), cpu)));

            // Each record check phase is followed at once by its baseline, so both see much the same machine.
            PhaseResult nameService1 = LoadPhases.closedLoop(nameService, clients, warmUp, window, cpu);
            out.println(line("names, in process", nameService1));
            PhaseResult namePrecinct = LoadPhases.closedLoop(nameApi, clients, warmUp, window, cpu);
            out.println(line("names, API", namePrecinct));
            PhaseResult nameBaseline = LoadPhases.closedLoop(nameIlike, clients, warmUp, window, cpu);
            out.println(line("names, ILIKE", nameBaseline));
            PhaseResult plateService1 = LoadPhases.closedLoop(plateService, clients, warmUp, window, cpu);
            out.println(line("plates, in process", plateService1));
            PhaseResult platePrecinct = LoadPhases.closedLoop(plateApi, clients, warmUp, window, cpu);
            out.println(line("plates, API", platePrecinct));
            PhaseResult plateBaseline = LoadPhases.closedLoop(plateIlike, clients, warmUp, window, cpu);
            out.println(line("plates, ILIKE", plateBaseline));

            // Quality: each misspelled name once, in order, one at a time.
            Map<String, int[]> byKind = new LinkedHashMap<>();
            int found = 0;
            int asked = 0;
            for (Map.Entry<String, Target> entry : misspelled.entrySet()) {
                List<Long> ids = nameService.search(entry.getKey());
                boolean hit = ids != null && ids.contains(entry.getValue().id());
                int[] counts = byKind.computeIfAbsent(entry.getValue().kind(), kind -> new int[2]);
                counts[0]++;
                if (hit) {
                    counts[1]++;
                    found++;
                }
                asked++;
            }
            int baselineAsked = Math.min(100, nameQueries.size());
            int baselineFound = 0;
            for (int i = 0; i < baselineAsked; i++) {
                List<Long> ids = nameIlike.search(nameQueries.get(i));
                if (ids != null
                        && ids.contains(misspelled.get(nameQueries.get(i)).id())) {
                    baselineFound++;
                }
            }

            out.println();
            out.printf(
                    "Figures: %d cores, Java %s; %,d persons, %,d involvements held; %d concurrent searches, %ds windows"
                            + " after %ds warm-up%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    held,
                    count(database, "records.involvement"),
                    clients,
                    window.toSeconds(),
                    warmUp.toSeconds());
            out.printf(
                    "%-28s %-40s %-40s %-40s%n",
                    "", "record check, in process", "record check, API over HTTP", "plain ILIKE scan, JDBC");
            row(out, "name search", nameService1, namePrecinct, nameBaseline);
            row(out, "plate search", plateService1, platePrecinct, plateBaseline);
            out.printf(
                    "%-28s %-40s %-40s %-40s%n",
                    "misspelled names, top 10",
                    String.format("%.1f%% (%d of %d)", 100.0 * found / asked, found, asked),
                    "(the same search)",
                    String.format(
                            "%.1f%% (%d of %d)", 100.0 * baselineFound / baselineAsked, baselineFound, baselineAsked));
            byKind.forEach((kind, counts) -> out.printf(
                    "  %-26s %.1f%% (%d of %d)%n", kind, 100.0 * counts[1] / counts[0], counts[1], counts[0]));
            out.printf(
                    "Targets: name p95 < 25 ms, plate p95 < 10 ms, at least 95%% in the top 10. Load average now %s%n",
                    LoadPhases.loadAverage());
            long failures = nameService.failures().count()
                    + plateService.failures().count()
                    + nameApi.failures().count()
                    + plateApi.failures().count()
                    + nameIlike.failures().count()
                    + plateIlike.failures().count();
            if (failures > 0) {
                out.println("failed calls: " + nameService.failures().examples() + " "
                        + plateService.failures().examples() + " "
                        + nameApi.failures().examples() + " "
                        + plateApi.failures().examples() + " "
                        + nameIlike.failures().examples() + " "
                        + plateIlike.failures().examples());
            }
            assertEquals(0, failures, "every call of the benchmark must succeed");
        }
    }

    private static void row(PrintStream out, String what, PhaseResult... results) {
        out.printf(
                "%-28s %-40s %-40s %-40s%n",
                what + ", p50/p95/p99 ms", percentiles(results[0]), percentiles(results[1]), percentiles(results[2]));
        out.printf(
                "%-28s %-40s %-40s %-40s%n",
                "  searches a second",
                String.format("%,.1f", results[0].perSecond()),
                String.format("%,.1f", results[1].perSecond()),
                String.format("%,.1f", results[2].perSecond()));
        out.printf(
                "%-28s %-40s %-40s %-40s%n",
                "  processor ms per search", cpu(results[0]), cpu(results[1]), cpu(results[2]));
        out.printf(
                "%-28s %-40s %-40s %-40s%n",
                "  other processes' share", others(results[0]), others(results[1]), others(results[2]));
    }

    private static String cpu(PhaseResult result) {
        return String.format(
                "JVM %.2f + PostgreSQL %.2f", result.jvmCpuMillisPerCall(), result.postgresCpuMillisPerCall());
    }

    private static String others(PhaseResult result) {
        return String.format("%.0f%% (load %s)", 100 * result.othersShare(), result.loadBefore());
    }

    private static String percentiles(PhaseResult result) {
        return String.format(
                "%.1f / %.1f / %.1f",
                result.percentileMillis(50), result.percentileMillis(95), result.percentileMillis(99));
    }

    private static String line(String what, PhaseResult result) {
        return String.format(
                "%-22s %,8d searches, %,.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, failed %d, load %s",
                what,
                result.succeeded(),
                result.perSecond(),
                result.percentileMillis(50),
                result.percentileMillis(95),
                result.percentileMillis(99),
                result.failed(),
                result.loadBefore());
    }

    /** "Last, First" or "First Last" as the ILIKE baseline's two patterns: the words as typed, at their start. */
    private static void bindName(PreparedStatement statement, String query) throws SQLException {
        String last;
        String first;
        int comma = query.indexOf(',');
        if (comma >= 0) {
            last = query.substring(0, comma).strip();
            first = query.substring(comma + 1).strip();
        } else {
            int space = query.indexOf(' ');
            first = space < 0 ? "" : query.substring(0, space);
            last = query.substring(space + 1).strip();
        }
        statement.setString(1, last + "%");
        statement.setString(2, first + "%");
    }

    record Target(long id, String kind) {}

    /**
     * Misspelled names of persons whose name (surname and given name) no one else has, so that "the right person" is
     * well defined without a date of birth.
     */
    private static Map<String, Target> misspelledSet(BenchmarkDatabase database, int size, Random random)
            throws SQLException {
        MisspelledNames misspeller = new MisspelledNames();
        Map<String, Target> set = new LinkedHashMap<>();
        try (Connection connection = database.application();
                PreparedStatement sample = connection.prepareStatement("""
                        select p.id, p.last_name, p.first_name from records.master_person p
                        where p.id = ? and p.merged_into is null and p.last_name not like '%-%'
                          and (select count(*) from records.person_search_name n
                               where n.last_norm = lower(p.last_name) and n.first_tail = right(lower(p.first_name), 3)
                                 and n.first_norm = lower(p.first_name)) = 1
                        """);
                PreparedStatement range =
                        connection.prepareStatement("select min(id), max(id) from records.master_person")) {
            long min;
            long max;
            try (ResultSet rows = range.executeQuery()) {
                rows.next();
                min = rows.getLong(1);
                max = rows.getLong(2);
            }
            int tries = 0;
            while (set.size() < size && tries++ < size * 50) {
                sample.setLong(1, min + (long) (random.nextDouble() * (max - min + 1)));
                try (ResultSet rows = sample.executeQuery()) {
                    if (rows.next()) {
                        MisspelledNames.Typed typed = misspeller.misspell(rows.getString(2), rows.getString(3), random);
                        set.putIfAbsent(typed.text(), new Target(rows.getLong(1), typed.kind()));
                    }
                }
            }
        }
        return set;
    }

    /** Plates as read: half whole, half with one character unknown ({@code ABC1?34}), the first one now and then. */
    private static List<String> plateSet(BenchmarkDatabase database, int size, Random random) throws SQLException {
        List<String> plates = new ArrayList<>();
        try (Connection connection = database.application();
                PreparedStatement sample = connection.prepareStatement(
                        "select plate_key from records.master_vehicle tablesample bernoulli (1) limit ?")) {
            sample.setInt(1, size);
            try (ResultSet rows = sample.executeQuery()) {
                while (rows.next()) {
                    String plate = rows.getString(1);
                    if (random.nextBoolean()) {
                        plates.add(plate);
                    } else {
                        int at = random.nextInt(plate.length());
                        plates.add(plate.substring(0, at) + "?" + plate.substring(at + 1));
                    }
                }
            }
        }
        return plates;
    }

    private static long count(BenchmarkDatabase database, String table) throws SQLException {
        try (Connection connection = database.application();
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A staff account with its second factor, and a bearer token for it, as a patrol car's laptop holds. */
    private static String token(ConfigurableApplicationContext application, int port) throws Exception {
        TestAccounts.Created account = application.getBean(TestAccounts.class).enrolled(Role.OFFICER);
        String body = "{\"username\":\"%s\",\"password\":\"%s\",\"totp\":\"%s\"}"
                .formatted(
                        account.username(),
                        TestAccounts.PASSWORD,
                        Totp.codeAt(account.totpSecret(), StaffWebClient.currentStep()));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
        }
        return response.body()
                .replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1")
                .strip();
    }

    /** Writes to two streams at once: the console and the figures file. */
    private static final class Tee extends OutputStream {
        private final OutputStream one;
        private final OutputStream two;

        Tee(OutputStream one, OutputStream two) {
            this.one = one;
            this.two = two;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            one.write(b);
            two.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            one.write(bytes, offset, length);
            two.write(bytes, offset, length);
        }

        @Override
        public void flush() throws java.io.IOException {
            one.flush();
            two.flush();
        }
    }
}
