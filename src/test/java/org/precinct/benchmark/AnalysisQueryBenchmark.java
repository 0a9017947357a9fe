package org.precinct.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctApplication;
import org.precinct.analysis.AnalysisIncidentDimension;
import org.precinct.analysis.AnalysisIncidentQuery;
import org.precinct.analysis.AnalysisIncidents;
import org.precinct.analysis.incident.HexagonGrid;
import org.precinct.records.NibrsUcrOffense;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's and the hotspot map's counts over a store of a million incidents (five years at 5,000 places),
 * each printed beside a plain {@code count(*)} over the whole table measured in the same run, so that the ratio
 * holds on a busy machine. The target is under 300 ms a query.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark test -Dtest=AnalysisQueryBenchmark}; {@code benchmark.analysis-rows} sets
 * the size (default 1,000,000). The data directory ({@code target/benchmark-analysis}) is kept between runs, and
 * the fill only tops the store up.
 */
class AnalysisQueryBenchmark {

    private static final Path OUTPUT = Path.of("target", "benchmark", "analysis-queries.txt");
    private static final int PLACES = 5_000;
    private static final int REPEATS = 9;
    private static final NibrsUcrOffense[] OFFENSES = {
        NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE,
        NibrsUcrOffense.ALL_OTHER_LARCENY,
        NibrsUcrOffense.DESTRUCTION_DAMAGE_VANDALISM,
        NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING,
        NibrsUcrOffense.MOTOR_VEHICLE_THEFT,
        NibrsUcrOffense.SIMPLE_ASSAULT,
        NibrsUcrOffense.SHOPLIFTING,
        NibrsUcrOffense.ROBBERY,
        NibrsUcrOffense.AGGRAVATED_ASSAULT,
        NibrsUcrOffense.DRUG_NARCOTIC_VIOLATIONS,
        NibrsUcrOffense.FALSE_PRETENSES,
        NibrsUcrOffense.THEFT_FROM_BUILDING,
        NibrsUcrOffense.TRESPASS_OF_REAL_PROPERTY,
        NibrsUcrOffense.DISORDERLY_CONDUCT,
        NibrsUcrOffense.ALL_OTHER_OFFENSES,
        NibrsUcrOffense.WEAPON_LAW_VIOLATIONS
    };

    @Test
    void dashboardAndMapCountsOverAMillionIncidents() throws IOException {
        long rows = Long.getLong("benchmark.analysis-rows", 1_000_000);
        Path data = Path.of(System.getProperty("benchmark.analysis-data-dir", "target/benchmark-analysis"))
                .toAbsolutePath();
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(PrecinctApplication.class)
                .profiles("benchmark")
                .run(
                        "--precinct.data-dir=" + data,
                        "--server.port=0",
                        "--spring.mail.port=" + Integer.getInteger("precinct.test.smtp-port", 3150))) {
            JdbcClient jdbc = application.getBean(JdbcClient.class);
            AnalysisIncidents incidents = application.getBean(AnalysisIncidents.class);
            StringBuilder report = new StringBuilder("Analysis query benchmark, " + Instant.now() + "\n");
            long stored = fill(jdbc, rows);
            report.append("%,d incidents in the store%n".formatted(stored));

            Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
            AnalysisIncidentQuery year = AnalysisIncidentQuery.period(now.minus(Duration.ofDays(365)), now);
            AnalysisIncidentQuery month = AnalysisIncidentQuery.period(now.minus(Duration.ofDays(28)), now);
            AnalysisIncidentQuery theftsOfAYear = new AnalysisIncidentQuery(
                    Set.of(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, NibrsUcrOffense.MOTOR_VEHICLE_THEFT),
                    year.from(),
                    year.to(),
                    null,
                    null);
            LongSupplier plainCount = () -> jdbc.sql("select count(*) from analysis.incident")
                    .query(Long.class)
                    .single();
            report.append(line("plain count(*) over the whole table (baseline)", plainCount));
            for (AnalysisIncidentDimension dimension : AnalysisIncidentDimension.values()) {
                report.append(line(
                        "a year by " + dimension,
                        () -> incidents.countBy(dimension, year).size()));
            }
            report.append(line(
                    "28 days by OFFENSE",
                    () -> incidents
                            .countBy(AnalysisIncidentDimension.OFFENSE, month)
                            .size()));
            report.append(line(
                    "28 days by HEX_CELL (map)",
                    () -> incidents
                            .countBy(AnalysisIncidentDimension.HEX_CELL, month)
                            .size()));
            report.append(line(
                    "a year of two vehicle offenses by HEX_CELL (map)",
                    () -> incidents
                            .countBy(AnalysisIncidentDimension.HEX_CELL, theftsOfAYear)
                            .size()));
            report.append(line(
                    "a year of two vehicle offenses by WEEK",
                    () -> incidents
                            .countBy(AnalysisIncidentDimension.WEEK, theftsOfAYear)
                            .size()));
            report.append(line("plain count(*) over the whole table (baseline, again)", plainCount));
            Files.createDirectories(OUTPUT.getParent());
            Files.writeString(OUTPUT, report);
            System.out.print(report);
        }
    }

    /** Tops the store up to {@code rows} benchmark incidents: five years, 5,000 places, sixteen offenses. */
    private static long fill(JdbcClient jdbc, long rows) {
        long have = jdbc.sql("select count(*) from analysis.incident where external_id like 'benchmark-%'")
                .query(Long.class)
                .single();
        if (have < rows) {
            jdbc.sql(
                            "create temporary table benchmark_place (n int, latitude float8, longitude float8, hex_cell bigint,"
                                    + " beat_code text, jurisdiction_code text)")
                    .update();
            Random random = new Random(42);
            for (int n = 0; n < PLACES; n++) {
                double latitude = 39.65 + random.nextDouble() * 0.15;
                double longitude = -105.05 + random.nextDouble() * 0.2;
                jdbc.sql("insert into benchmark_place values (:n, :lat, :lon, :cell, :beat, :jurisdiction)")
                        .param("n", n)
                        .param("lat", latitude)
                        .param("lon", longitude)
                        .param("cell", HexagonGrid.STORE.cellOf(latitude, longitude))
                        .param("beat", "B" + (n % 24))
                        .param("jurisdiction", n % 10 == 0 ? "CV" : "CITY")
                        .update();
            }
            String offenses = String.join(
                    ",", Arrays.stream(OFFENSES).map(o -> "'" + o.code() + "'").toList());
            jdbc.sql("""
                            insert into analysis.incident (source, external_id, offense, occurred_at, latitude, longitude,
                                block_address, beat_code, jurisdiction_code, hex_cell, sensitive)
                            select 'IMPORT', 'benchmark-' || g, (array[%s])[1 + (g * 7919) %% %d],
                                   now() - (g %% 1826) * interval '1 day' - (g %% 1440) * interval '1 minute',
                                   p.latitude, p.longitude, null, p.beat_code, p.jurisdiction_code, p.hex_cell, false
                            from generate_series(:from, :to) g
                            join benchmark_place p on p.n = (g * 104729) %% %d
                            """.formatted(offenses, OFFENSES.length, PLACES))
                    .param("from", have + 1)
                    .param("to", rows)
                    .update();
            jdbc.sql("drop table benchmark_place").update();
        }
        // Index-only scans need the visibility map, as autovacuum keeps it on a store that changes slowly.
        jdbc.sql("vacuum analyze analysis.incident").update();
        return jdbc.sql("select count(*) from analysis.incident")
                .query(Long.class)
                .single();
    }

    /** The median of several runs after two warm-up runs. */
    private static String line(String what, LongSupplier query) {
        query.getAsLong();
        query.getAsLong();
        double[] millis = new double[REPEATS];
        long result = 0;
        for (int i = 0; i < REPEATS; i++) {
            long started = System.nanoTime();
            result = query.getAsLong();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return "%-58s median %7.1f ms (min %6.1f, max %6.1f), %,d rows%n"
                .formatted(what, millis[REPEATS / 2], millis[0], millis[REPEATS - 1], result);
    }
}
