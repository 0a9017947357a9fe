package org.precinct.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends rows to the hash chain for every thread of the node, many rows to one transaction.
 *
 * <p>The chain is linear, so its writers take turns under a database lock that is held until their transaction
 * commits; one commit for each row would make the trail the limit of the whole node (every report, view and
 * change records a row). Here the callers queue their rows and wait; one writer thread takes whatever is queued,
 * takes the lock once, links the rows in queue order and stores them in one transaction, then lets every caller
 * go. A caller returns only once its row is committed, exactly as before; a batch that fails is tried again row by
 * row, so a row the database refuses fails only its own caller.
 *
 * <p>The writer has a connection pool of its own. Callers usually hold a connection of the main pool for their own
 * transaction while they wait for their row; were the writer to draw from that pool too, a full pool of waiting
 * callers would leave it no connection and nobody could go on.
 */
final class AuditChainWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditChainWriter.class);

    /** Arbitrary constant naming the advisory lock that orders writers of the chain, across nodes. */
    private static final long CHAIN_LOCK = 0x5052_4543_4155_4454L;

    /** Enough to empty the queue of a busy node in one go, small enough to keep one statement quick. */
    private static final int MAX_BATCH = 500;

    private static final String INSERT = """
            insert into audit.audit_event (occurred_at, username, dsn, action, object_type, object_id,
                                           outcome, ip_address, user_agent, previous_hash, hash)
            values (:occurredAt, :username, :dsn, :action, :objectType, :objectId,
                    :outcome, :ip, :userAgent, :previous, :hash)
            """;

    private record Pending(AuditTrail.Row row, CompletableFuture<Void> stored) {}

    private final HikariDataSource connections;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    AuditChainWriter(DataSource applicationDataSource) {
        this.connections = DataSourceBuilder.derivedFrom(applicationDataSource)
                .type(HikariDataSource.class)
                .build();
        connections.setPoolName("audit-trail");
        // One writer thread, one connection; a second one stands by while the first is replaced.
        connections.setMaximumPoolSize(2);
        connections.setMinimumIdle(1);
        this.jdbc = JdbcClient.create(connections);
        this.batches = new NamedParameterJdbcTemplate(connections);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(connections));
        this.writer = new Thread(this::writeWhileOpen, "audit-trail-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Links {@code row} to the chain and stores it; returns once it is committed.
     *
     * @throws org.springframework.dao.DataAccessException when it could not be stored
     * @throws IllegalStateException when the application is shutting down
     */
    void append(AuditTrail.Row row) {
        if (closed) {
            throw new IllegalStateException("The audit trail is closed: the application is shutting down");
        }
        Pending pending = new Pending(row, new CompletableFuture<>());
        queue.add(pending);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    pending.stored().get(1, TimeUnit.SECONDS);
                    return;
                } catch (TimeoutException stillQueued) {
                    if (!writer.isAlive() && queue.remove(pending)) {
                        throw new IllegalStateException("The audit trail is closed: the application is shutting down");
                    }
                } catch (InterruptedException e) {
                    // Waited out like the JDBC call this replaces: the caller must learn whether its row was stored.
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw new IllegalStateException("The audit row could not be stored", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void writeWhileOpen() {
        List<Pending> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                // Nothing interrupts the writer; closing ends the loop once the queue is empty.
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            store(batch);
            batch.forEach(pending -> pending.stored().complete(null));
        } catch (RuntimeException | Error failure) {
            if (batch.size() == 1) {
                batch.get(0).stored().completeExceptionally(failure);
                return;
            }
            log.warn("Audit rows could not be stored together ({}); storing them one by one", failure.toString());
            for (Pending pending : batch) {
                try {
                    store(List.of(pending));
                    pending.stored().complete(null);
                } catch (RuntimeException | Error single) {
                    pending.stored().completeExceptionally(single);
                }
            }
        }
    }

    private void store(List<Pending> batch) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)")
                    .param("lock", CHAIN_LOCK)
                    .query()
                    .singleRow();
            String previous = jdbc.sql("select hash from audit.audit_event order by id desc limit 1")
                    .query(String.class)
                    .optional()
                    .orElse(AuditTrail.GENESIS);
            SqlParameterSource[] rows = new SqlParameterSource[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                AuditTrail.Row row = batch.get(i).row();
                String hash = AuditTrail.hash(previous, row);
                rows[i] = new MapSqlParameterSource()
                        .addValue("occurredAt", Timestamp.from(row.occurredAt()))
                        .addValue("username", row.username())
                        .addValue("dsn", row.dsn())
                        .addValue("action", row.action())
                        .addValue("objectType", row.objectType())
                        .addValue("objectId", row.objectId())
                        .addValue("outcome", row.outcome())
                        .addValue("ip", row.ip())
                        .addValue("userAgent", row.userAgent())
                        .addValue("previous", previous)
                        .addValue("hash", hash);
                previous = hash;
            }
            // One round trip; the rows get their ids in this order, which is the order of the chain.
            batches.batchUpdate(INSERT, rows);
        });
    }

    /** Stores what is queued, then stops the writer and closes its connections. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.close();
    }
}
