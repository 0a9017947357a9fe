package org.precinct.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Files reports over HTTP as a resident's browser or app would: {@code POST /api/v1/reports} with a JSON body from
 * {@link ReportCorpus} and an Idempotency-Key of its own, so that each call makes a new report. Only {@code 201
 * Created} counts as success.
 */
final class FilingWorkload implements Workload {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI reports;
    private final ReportCorpus corpus;
    private final ExecutorService executor;
    private final HttpClient client;
    private final Failures failures = new Failures();

    FilingWorkload(int port, ReportCorpus corpus) {
        this.reports = URI.create("http://127.0.0.1:" + port + "/api/v1/reports");
        this.corpus = corpus;
        // A fixed pool for the client's own work (answers, completions); the callers' threads are the clients.
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
        return "POST /api/v1/reports";
    }

    @Override
    public boolean call(Random random) {
        try {
            return filed(client.send(request(random), HttpResponse.BodyHandlers.ofString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.note("interrupted");
            return false;
        } catch (Exception e) {
            failures.note(e.toString());
            return false;
        }
    }

    @Override
    public CompletableFuture<Boolean> callAsync(Random random) {
        return client.sendAsync(request(random), HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> {
                    if (error != null) {
                        failures.note(error.toString());
                        return false;
                    }
                    return filed(response);
                });
    }

    @Override
    public Failures failures() {
        return failures;
    }

    private HttpRequest request(Random random) {
        return HttpRequest.newBuilder(reports)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", new UUID(random.nextLong(), random.nextLong()).toString())
                .POST(HttpRequest.BodyPublishers.ofString(corpus.reportJson(random, Instant.now())))
                .build();
    }

    private boolean filed(HttpResponse<String> response) {
        if (response.statusCode() == 201) {
            return true;
        }
        failures.note(response.statusCode() + " " + response.body());
        return false;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
