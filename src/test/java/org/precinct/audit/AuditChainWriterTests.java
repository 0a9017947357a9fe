package org.precinct.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many threads recording at once: every row is stored once, the chain stays whole, a row the database refuses fails
 * only its own caller, and recording works even while the application's transactions hold every pooled connection.
 */
@PrecinctTest
class AuditChainWriterTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void rowsRecordedAtOnceAreAllStoredInOneWholeChain() throws Exception {
        String user = "concurrent-" + UUID.randomUUID();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> recorded = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int objectId = i;
                recorded.add(threads.submit(
                        () -> audit.record(user, null, AuditAction.VIEW, "employee", objectId, AuditOutcome.SUCCESS)));
            }
            for (Future<?> future : recorded) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("select count(distinct object_id) from audit.audit_event where username = :u")
                        .param("u", user)
                        .query(Long.class)
                        .single())
                .isEqualTo(400);
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aRowTheDatabaseRefusesFailsOnlyItsOwnCaller() throws Exception {
        String user = "refused-" + UUID.randomUUID();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                // PostgreSQL refuses the NUL character in text: the one row it cannot store.
                String objectId = i == 20 ? "bad\u0000id" : Integer.toString(i);
                Callable<Boolean> record = () -> {
                    try {
                        audit.record(user, null, AuditAction.VIEW, "employee", objectId, AuditOutcome.SUCCESS);
                        return true;
                    } catch (RuntimeException refused) {
                        return false;
                    }
                };
                outcomes.add(threads.submit(record));
            }
            int failed = 0;
            for (Future<Boolean> outcome : outcomes) {
                if (!outcome.get(60, TimeUnit.SECONDS)) {
                    failed++;
                }
            }
            assertThat(failed).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from audit.audit_event where username = :u")
                        .param("u", user)
                        .query(Long.class)
                        .single())
                .isEqualTo(39);
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void recordingNeedsNoConnectionOfTheApplicationsPool() throws Exception {
        String user = "pool-full-" + UUID.randomUUID();
        List<Connection> held = new ArrayList<>();
        try {
            // Every connection of the pool taken, as by requests that each wait for their audit row.
            while (held.size() < dataSource.getMaximumPoolSize()) {
                held.add(dataSource.getConnection());
            }
            long started = System.nanoTime();
            audit.record(user, null, AuditAction.VIEW, "employee", 1, AuditOutcome.SUCCESS);
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started))
                    .isLessThan(5);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(audit.search(new AuditQuery(user, null, null, null, null, null, null, 0)))
                .hasSize(1);
    }
}
