package org.precinct.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the database spends its time while the application is loaded: the statements that cost most
 * (pg_stat_statements) and what the application's sessions are doing at each moment (pg_stat_activity, sampled
 * every fifty milliseconds: running, waiting for a lock, for the WAL to reach the disk, or idle in a transaction
 * while the application works). Sampling runs only while Precinct is loaded, not during the baseline.
 */
final class DatabaseActivity implements AutoCloseable {

    private final BenchmarkDatabase database;
    private final Map<String, Long> samples = new HashMap<>();
    private final AtomicBoolean sampling = new AtomicBoolean();
    private Thread sampler;
    private long rounds;

    DatabaseActivity(BenchmarkDatabase database) throws SQLException {
        this.database = database;
        try (Connection connection = database.superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
        }
    }

    /** Forgets the statistics and samples so far. */
    void reset() throws SQLException {
        try (Connection connection = database.superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        }
        synchronized (samples) {
            samples.clear();
            rounds = 0;
        }
    }

    /** Samples the sessions until {@link #pause()}. */
    void resume() {
        sampling.set(true);
        sampler = new Thread(this::sample, "benchmark-pg-activity");
        sampler.setDaemon(true);
        sampler.start();
    }

    void pause() throws InterruptedException {
        sampling.set(false);
        if (sampler != null) {
            sampler.join();
            sampler = null;
        }
    }

    private void sample() {
        try (Connection connection = database.superuser();
                Statement statement = connection.createStatement()) {
            while (sampling.get()) {
                try (ResultSet rows = statement.executeQuery("""
                        select case when state = 'active'
                                    then coalesce(wait_event_type || ': ' || wait_event, 'running (CPU)')
                                    else state end as doing, count(*)
                        from pg_stat_activity
                        where backend_type = 'client backend' and pid <> pg_backend_pid()
                          and state <> 'idle' and datname = 'precinct'
                        group by 1
                        """)) {
                    synchronized (samples) {
                        rounds++;
                        while (rows.next()) {
                            samples.merge(rows.getString(1), rows.getLong(2), Long::sum);
                        }
                    }
                }
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sampling pg_stat_activity failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sessions' states, as the average number of sessions in each state, busiest first. */
    List<String> sessionStates() {
        List<String> lines = new ArrayList<>();
        synchronized (samples) {
            long taken = Math.max(1, rounds);
            samples.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(entry -> lines.add(
                            String.format("%6.2f sessions  %s", entry.getValue() / (double) taken, entry.getKey())));
        }
        return lines;
    }

    /** The statements of the application that took most of the server's time since {@link #reset()}. */
    List<String> topStatements(int count) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = database.superuser();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select calls, total_exec_time, mean_exec_time,
                               left(regexp_replace(query, '\\s+', ' ', 'g'), 120) as query
                        from pg_stat_statements
                        where dbid = (select oid from pg_database where datname = 'precinct')
                          and query not like '%%benchmark.bare_request%%'
                        order by total_exec_time desc
                        limit %d
                        """.formatted(count))) {
            lines.add(String.format("%10s %12s %10s  %s", "calls", "total ms", "mean ms", "statement"));
            while (rows.next()) {
                lines.add(String.format(
                        "%,10d %12.0f %10.3f  %s",
                        rows.getLong("calls"),
                        rows.getDouble("total_exec_time"),
                        rows.getDouble("mean_exec_time"),
                        rows.getString("query")));
            }
        }
        return lines;
    }

    @Override
    public void close() throws InterruptedException {
        pause();
    }
}
