package org.precinct.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.precinct.shared.database.EmbeddedDatabase;
import org.springframework.core.env.Environment;

/**
 * The benchmark's own connections to the database the application runs on: as the application's account for the
 * fill and the bare-insert baseline, and as the server's superuser for its statistics.
 */
final class BenchmarkDatabase {

    private final String url;
    private final String user;
    private final String password;
    private final String superuserPassword;

    private BenchmarkDatabase(String url, String user, String password, String superuserPassword) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.superuserPassword = superuserPassword;
    }

    /** The database of a running application on the embedded server of {@code dataDirectory}. */
    static BenchmarkDatabase of(Environment environment, Path dataDirectory) {
        return new BenchmarkDatabase(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getRequiredProperty("spring.datasource.password"),
                credentials(dataDirectory));
    }

    /**
     * Has the embedded server of {@code dataDirectory} load pg_stat_statements from its next start on, creating the
     * cluster if there is none yet. The setting stays in that cluster only; the application starts the server again.
     */
    static void loadStatementStatistics(Path dataDirectory) {
        Path settings = dataDirectory.resolve("postgres").resolve("postgresql.auto.conf");
        try {
            if (Files.exists(settings) && Files.readString(settings).contains("pg_stat_statements")) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDirectory);
                Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", "postgres", server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not configure the benchmark's PostgreSQL", e);
        }
    }

    Connection application() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    Connection superuser() throws SQLException {
        return DriverManager.getConnection(url, "postgres", superuserPassword);
    }

    private static String credentials(Path dataDirectory) {
        try {
            return Files.readString(dataDirectory.resolve("postgres.credentials"), StandardCharsets.UTF_8)
                    .trim();
        } catch (IOException e) {
            throw new UncheckedIOException("The benchmark needs the embedded database's credentials", e);
        }
    }
}
