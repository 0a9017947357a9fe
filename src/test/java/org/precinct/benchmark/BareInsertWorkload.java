package org.precinct.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline: what the database alone does for one report, a single-row insert over plain JDBC with autocommit
 * (one statement, one commit) into a table like {@code intake.service_request}, with its columns, constraints and
 * indexes. Each calling thread has a connection of its own, as each client of the application has a thread.
 */
final class BareInsertWorkload implements Workload {

    static final String TABLE = "benchmark.bare_request";

    private static final String INSERT = """
            insert into benchmark.bare_request (tracking_number, tracking_code_hash, channel, incident_type_code,
                status, priority, description, occurred_from, occurred_to, address, latitude, longitude, beat_code,
                jurisdiction_code, answers, reporter_name, reporter_email, reporter_phone, caller_phone, taken_by,
                idempotency_key, created_at, updated_at, review_due_at)
            values (?, ?, 'ONLINE', ?, 'RECEIVED', 3, ?, ?, null, ?, ?, ?, 'B11', 'CHESTERFIELD', cast(? as jsonb), ?, ?,
                    ?, null, null, ?, ?, ?, ?)
            """;

    private final BenchmarkDatabase database;
    private final ReportCorpus corpus;
    private final ExecutorService executor;
    private final AtomicLong serial = new AtomicLong();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();
    private final Failures failures = new Failures();

    BareInsertWorkload(BenchmarkDatabase database, ReportCorpus corpus, int asyncThreads) throws SQLException {
        this.database = database;
        this.corpus = corpus;
        this.executor = Executors.newFixedThreadPool(asyncThreads, runnable -> {
            Thread thread = new Thread(runnable, "benchmark-jdbc");
            thread.setDaemon(true);
            return thread;
        });
        try (Connection connection = database.application();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists benchmark");
            statement.execute("drop table if exists " + TABLE);
            statement.execute("create table " + TABLE
                    + " (like intake.service_request including defaults including constraints including indexes)");
        }
    }

    @Override
    public String name() {
        return "bare JDBC insert";
    }

    @Override
    public boolean call(Random random) {
        try {
            PreparedStatement insert = statement();
            ReportCorpus.Story story = corpus.story(random);
            ReportCorpus.Place place = corpus.place(random);
            Instant now = Instant.now();
            insert.setString(1, String.format("X26-%08d", serial.incrementAndGet()));
            insert.setString(2, UUID.randomUUID().toString().replace("-", "") + "0".repeat(32));
            insert.setString(3, story.type());
            insert.setString(4, story.description());
            insert.setTimestamp(5, Timestamp.from(now.minus(Duration.ofHours(1 + random.nextInt(200)))));
            insert.setString(6, random.nextBoolean() ? place.address() : null);
            insert.setDouble(7, place.latitude());
            insert.setDouble(8, place.longitude());
            insert.setString(9, corpus.answersJson(story, random));
            insert.setString(10, "Dana Reyes");
            insert.setString(11, "dana.reyes" + random.nextInt(1000) + "@example.org");
            insert.setString(12, "(636) 555-0100");
            insert.setString(13, new UUID(random.nextLong(), random.nextLong()).toString());
            insert.setTimestamp(14, Timestamp.from(now));
            insert.setTimestamp(15, Timestamp.from(now));
            insert.setTimestamp(16, Timestamp.from(now.plus(Duration.ofHours(24))));
            if (insert.executeUpdate() == 1) {
                return true;
            }
            failures.note("no row inserted");
            return false;
        } catch (SQLException | RuntimeException e) {
            failures.note(e.toString());
            return false;
        }
    }

    @Override
    public CompletableFuture<Boolean> callAsync(Random random) {
        long seed = random.nextLong();
        return CompletableFuture.supplyAsync(() -> call(new Random(seed)), executor);
    }

    @Override
    public Failures failures() {
        return failures;
    }

    private PreparedStatement statement() throws SQLException {
        PreparedStatement statement = statements.get();
        if (statement == null) {
            Connection connection = database.application();
            connection.setAutoCommit(true);
            connections.add(connection);
            statement = connection.prepareStatement(INSERT);
            statements.set(statement);
        }
        return statement;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing at the end of the run; the server drops the session either way.
            }
        }
    }
}
