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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline: what the database alone does for one report, a single-row insert over plain JDBC with autocommit
 * (one statement, one commit) into a table like {@code intake.service_request}, with its columns, constraints and
 * indexes. A call takes a connection of its own from a pool as large as the most clients of a phase, as each
 * client of the application has a thread and a pooled connection there.
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
    private final int poolSize;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final BlockingQueue<PreparedStatement> idle = new LinkedBlockingQueue<>();
    private final Failures failures = new Failures();

    /** @param poolSize the most calls at once: connections, and threads for calls that do not wait */
    BareInsertWorkload(BenchmarkDatabase database, ReportCorpus corpus, int poolSize) throws SQLException {
        this.database = database;
        this.corpus = corpus;
        this.poolSize = poolSize;
        this.executor = Executors.newFixedThreadPool(poolSize, runnable -> {
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
        PreparedStatement insert = null;
        try {
            insert = borrow();
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.note("interrupted");
            return false;
        } finally {
            if (insert != null) {
                idle.add(insert);
            }
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

    private PreparedStatement borrow() throws SQLException, InterruptedException {
        PreparedStatement statement = idle.poll();
        if (statement != null) {
            return statement;
        }
        synchronized (connections) {
            if (connections.size() < poolSize) {
                Connection connection = database.application();
                connection.setAutoCommit(true);
                connections.add(connection);
                return connection.prepareStatement(INSERT);
            }
        }
        return idle.take();
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
