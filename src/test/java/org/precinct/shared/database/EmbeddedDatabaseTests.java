package org.precinct.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server a fresh machine runs on: persistent, exclusive, and restartable. */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsItsDataAcrossRestartsAndRefusesASecondUserOfTheDirectory() throws Exception {
        // The directory must be reachable by the server's own user when tests run as root.
        Files.setPosixFilePermissions(
                dataDirectory, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory);
        try {
            execute(first, "create table kept (value text)");
            execute(first, "insert into kept values ('still here')");

            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another Precinct process");
            assertThat(Files.readString(dataDirectory.resolve("postgres.credentials")))
                    .isNotBlank();
        } finally {
            first.close();
        }

        EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory);
        try {
            assertThat(second.password()).isEqualTo(first.password());
            try (var connection =
                            DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.USER, second.password());
                    var rows = connection.createStatement().executeQuery("select value from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        } finally {
            second.close();
        }
    }

    @Test
    void refusesAWrongPassword() {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
        try {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "guess"))
                    .isInstanceOf(SQLException.class);
        } finally {
            database.close();
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection =
                        DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
