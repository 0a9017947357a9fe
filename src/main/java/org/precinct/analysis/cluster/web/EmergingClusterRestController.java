package org.precinct.analysis.cluster.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.precinct.analysis.EmergingCluster;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.EmergingClusterEvents;
import org.precinct.analysis.EmergingClusterSettings;
import org.precinct.analysis.cluster.FastScan;
import org.precinct.analysis.cluster.ScanInput;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.PrecinctProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Emerging space-time clusters on request: analysts and command staff choose the offenses, the analysis day and
 * the scan's limits; the answer lists the clusters, most significant first. The incidents come from whatever
 * implements {@link EmergingClusterEvents}; without one, there is no data to analyse and the answer says so.
 */
@RestController
@Tag(name = "Analysis")
class EmergingClusterRestController {

    /** NIBRS offense codes: two digits and a digit or letter (13A, 220, 23F, 90Z). */
    static final Pattern OFFENSE = Pattern.compile("[0-9]{2}[0-9A-Z]");

    /**
     * Incidents × replications above which a scan would hold a request for minutes: the benchmark's year of a
     * city (250,000 incidents × 999) is a quarter of it.
     */
    static final long MAX_WORK = 1_000_000_000L;

    private final ObjectProvider<EmergingClusterEvents> events;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final PrecinctProperties properties;

    EmergingClusterRestController(
            ObjectProvider<EmergingClusterEvents> events,
            AuditTrail audit,
            MessageSource messages,
            Clock clock,
            PrecinctProperties properties) {
        this.events = events;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.properties = properties;
    }

    /** Every field may be left out: the usual SaTScan settings apply, the analysis day is today. */
    record ScanRequest(
            List<String> offenses,
            LocalDate asOf,
            Integer studyDays,
            Integer maxWindowDays,
            Double maxRadiusMeters,
            Integer replications,
            Long seed,
            Integer maxClusters) {}

    /** @param seed the seed used, to repeat the analysis with the same p-values */
    record ScanResponse(List<EmergingCluster> clusters, int incidents, long seed, long elapsedMs) {}

    @PostMapping("/api/v1/analysis/emerging-clusters")
    @PreAuthorize("hasAnyRole('ANALYST','COMMAND')")
    @Operation(
            summary = "Find emerging space-time clusters",
            description = "Kulldorff's prospective space-time permutation scan over the study period ending on "
                    + "asOf. Absurd limits answer 400 naming the field; no incidents answer 422.")
    ResponseEntity<?> scan(@RequestBody ScanRequest request, Locale locale) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        Set<String> offenses = new LinkedHashSet<>(request.offenses() == null ? List.of() : request.offenses());
        if (offenses.size() > 50
                || !offenses.stream()
                        .allMatch(o -> o != null && OFFENSE.matcher(o).matches())) {
            return AnalysisProblems.invalid("analysis.clusters.", "offenses", messages, locale);
        }
        LocalDate asOf = request.asOf() == null ? today : request.asOf();
        if (asOf.isAfter(today)) {
            return AnalysisProblems.invalid("analysis.clusters.", "asOf", messages, locale);
        }
        int studyDays = orElse(request.studyDays(), 365);
        int maxWindowDays = orElse(request.maxWindowDays(), 30);
        double maxRadiusMeters = request.maxRadiusMeters() == null ? 1_000 : request.maxRadiusMeters();
        int replications = orElse(request.replications(), 999);
        int maxClusters = orElse(request.maxClusters(), 10);
        String refused =
                EmergingClusterSettings.check(studyDays, maxWindowDays, maxRadiusMeters, replications, maxClusters);
        if (refused != null) {
            return AnalysisProblems.invalid("analysis.clusters.", refused, messages, locale);
        }
        long seed = request.seed() == null ? ThreadLocalRandom.current().nextLong(1, 1_000_000) : request.seed();
        var settings = new EmergingClusterSettings(
                asOf, studyDays, maxWindowDays, maxRadiusMeters, replications, seed, maxClusters);
        EmergingClusterEvents source = events.getIfAvailable();
        List<EmergingClusterEvent> found =
                source == null ? List.of() : source.between(offenses, settings.studyStart(), asOf);
        ScanInput input = ScanInput.of(found, settings);
        if (input.cases() == 0) {
            return AnalysisProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "analysis.clusters.no-data", messages, locale);
        }
        if ((long) input.cases() * replications > MAX_WORK) {
            return AnalysisProblems.of(
                    HttpStatus.UNPROCESSABLE_CONTENT, "analysis.clusters.too-large", messages, locale);
        }
        List<EmergingCluster> clusters = FastScan.run(input).clusters();
        // The answer names incidents: who looked, and at what, is recorded.
        audit.success(AuditAction.SEARCH, "EmergingClusterScan", String.join(",", offenses) + "@" + asOf);
        return ResponseEntity.ok(
                new ScanResponse(clusters, input.cases(), seed, (System.nanoTime() - started) / 1_000_000));
    }

    private static int orElse(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
