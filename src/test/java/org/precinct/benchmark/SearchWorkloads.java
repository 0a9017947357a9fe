package org.precinct.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The record check's searches as the benchmark makes them, and the plain ILIKE scans they are compared with. */
final class SearchWorkloads {

    private SearchWorkloads() {}

    /**
     * A search through the staff API with a bearer token, as a patrol car's laptop makes it: {@code GET
     * /api/v1/persons/search} or {@code /api/v1/vehicles/search} with the next query of the set, ten results, and
     * a reason (so that each search is logged and audited as in service). Only 200 counts as success.
     */
    static final class Api implements Workload {

        private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

        private final String base;
        private final String token;
        private final List<String> queries;
        private final String name;
        private final ExecutorService executor;
        private final HttpClient client;
        private final Failures failures = new Failures();

        Api(int port, String path, String token, List<String> queries) {
            this.base = "http://127.0.0.1:" + port + path;
            this.token = token;
            this.queries = List.copyOf(queries);
            this.name = "GET " + path;
            this.executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "benchmark-http");
                thread.setDaemon(true);
                return thread;
            });
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(executor)
                    .build();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean call(Random random) {
            return search(queries.get(random.nextInt(queries.size()))) != null;
        }

        /** The ids the search answered, best first, or {@code null} when it failed. */
        List<Long> search(String query) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(
                            base + "?limit=10&reason=Benchmark&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60))
                    .GET()
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    failures.note(response.statusCode() + " " + response.body());
                    return null;
                }
                List<Long> ids = new ArrayList<>();
                Matcher matcher = ID.matcher(response.body());
                while (matcher.find()) {
                    ids.add(Long.parseLong(matcher.group(1)));
                }
                return ids;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.note("interrupted");
                return null;
            } catch (Exception e) {
                failures.note(e.toString());
                return null;
            }
        }

        @Override
        public CompletableFuture<Boolean> callAsync(Random random) {
            return CompletableFuture.supplyAsync(() -> call(random), executor);
        }

        @Override
        public Failures failures() {
            return failures;
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    /**
     * The record check called in the application's own process, as the record check page's controller calls it:
     * the search, the check log row and the audit row, without HTTP, security filters and JSON.
     */
    static final class InProcess implements Workload {

        private final String name;
        private final java.util.function.Function<String, List<Long>> search;
        private final List<String> queries;
        private final Failures failures = new Failures();

        InProcess(String name, java.util.function.Function<String, List<Long>> search, List<String> queries) {
            this.name = name;
            this.search = search;
            this.queries = List.copyOf(queries);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean call(Random random) {
            return search(queries.get(random.nextInt(queries.size()))) != null;
        }

        List<Long> search(String query) {
            try {
                return search.apply(query);
            } catch (RuntimeException e) {
                failures.note(e.toString());
                return null;
            }
        }

        @Override
        public CompletableFuture<Boolean> callAsync(Random random) {
            return CompletableFuture.supplyAsync(() -> call(random));
        }

        @Override
        public Failures failures() {
            return failures;
        }

        @Override
        public void close() {}
    }

    /**
     * The same searches as a plain {@code ILIKE} over the table, straight over JDBC with a connection per client:
     * what a records system without name keys does. Each query is turned into the statement's parameters by
     * {@code binder}.
     */
    static final class Ilike implements Workload {

        interface Binder {
            void bind(PreparedStatement statement, String query) throws SQLException;
        }

        private final BenchmarkDatabase database;
        private final String sql;
        private final Binder binder;
        private final List<String> queries;
        private final String name;
        private final List<Connection> opened = new ArrayList<>();
        private final ThreadLocal<Connection> connection = new ThreadLocal<>();
        private final Failures failures = new Failures();

        Ilike(BenchmarkDatabase database, String name, String sql, Binder binder, List<String> queries) {
            this.database = database;
            this.name = name;
            this.sql = sql;
            this.binder = binder;
            this.queries = List.copyOf(queries);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean call(Random random) {
            return search(queries.get(random.nextInt(queries.size()))) != null;
        }

        List<Long> search(String query) {
            try {
                Connection current = connection.get();
                if (current == null) {
                    current = database.application();
                    synchronized (opened) {
                        opened.add(current);
                    }
                    connection.set(current);
                }
                try (PreparedStatement statement = current.prepareStatement(sql)) {
                    binder.bind(statement, query);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                    return ids;
                }
            } catch (SQLException e) {
                failures.note(e.toString());
                return null;
            }
        }

        @Override
        public CompletableFuture<Boolean> callAsync(Random random) {
            return CompletableFuture.supplyAsync(() -> call(random));
        }

        @Override
        public Failures failures() {
            return failures;
        }

        @Override
        public void close() {
            synchronized (opened) {
                for (Connection each : opened) {
                    try {
                        each.close();
                    } catch (SQLException e) {
                        // Closing at the end of the run; nothing is left to do with it.
                    }
                }
            }
        }
    }
}
