package org.precinct.analysis.nearrepeat.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.EmergingClusterEvents;
import org.precinct.analysis.NearRepeatSettings;
import org.precinct.analysis.NearRepeatTable;
import org.precinct.analysis.cluster.web.AnalysisProblems;
import org.precinct.analysis.nearrepeat.KnoxTest;
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
 * The near-repeat (Knox) table on request, for burglaries, vehicle crimes or any offenses: do incidents close to
 * one another in space also come close in time more often than chance? Incidents come from {@link
 * EmergingClusterEvents}; without any, the answer says there is nothing to analyse.
 */
@RestController
@Tag(name = "Analysis")
class NearRepeatRestController {

    private static final String PREFIX = "analysis.near-repeats.";

    private final ObjectProvider<EmergingClusterEvents> events;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final PrecinctProperties properties;

    NearRepeatRestController(
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

    /** Every field may be left out: the last 365 days, five 100 m bands, four 7-day bands, 999 replications. */
    record NearRepeatRequest(
            List<String> offenses,
            LocalDate from,
            LocalDate to,
            Double distanceBandMeters,
            Integer distanceBands,
            Integer timeBandDays,
            Integer timeBands,
            Integer replications,
            Long seed) {}

    record NearRepeatResponse(NearRepeatTable table, long seed, long elapsedMs) {}

    @PostMapping("/api/v1/analysis/near-repeats")
    @PreAuthorize("hasAnyRole('ANALYST','COMMAND')")
    @Operation(
            summary = "Near-repeat analysis (Knox test)",
            description = "Pairs of incidents by distance band and time band, observed against permuted dates, "
                    + "with the Knox ratio and a Monte Carlo p-value per cell. Absurd bands answer 400 naming the "
                    + "field; no incidents answer 422.")
    ResponseEntity<?> knox(@RequestBody NearRepeatRequest request, Locale locale) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        Set<String> offenses = new LinkedHashSet<>(request.offenses() == null ? List.of() : request.offenses());
        if (offenses.size() > 50 || !offenses.stream().allMatch(o -> o != null && o.matches("[0-9]{2}[0-9A-Z]"))) {
            return AnalysisProblems.invalid(PREFIX, "offenses", messages, locale);
        }
        LocalDate to = request.to() == null ? today : request.to();
        LocalDate from = request.from() == null ? to.minusDays(364) : request.from();
        if (to.isAfter(today) || from.isAfter(to)) {
            return AnalysisProblems.invalid(PREFIX, "to", messages, locale);
        }
        double bandMeters = request.distanceBandMeters() == null ? 100 : request.distanceBandMeters();
        int distanceBands = request.distanceBands() == null ? 5 : request.distanceBands();
        int bandDays = request.timeBandDays() == null ? 7 : request.timeBandDays();
        int timeBands = request.timeBands() == null ? 4 : request.timeBands();
        int replications = request.replications() == null ? 999 : request.replications();
        String refused =
                NearRepeatSettings.check(from, to, bandMeters, distanceBands, bandDays, timeBands, replications);
        if (refused != null) {
            return AnalysisProblems.invalid(PREFIX, refused, messages, locale);
        }
        long seed = request.seed() == null ? ThreadLocalRandom.current().nextLong(1, 1_000_000) : request.seed();
        var settings =
                new NearRepeatSettings(from, to, bandMeters, distanceBands, bandDays, timeBands, replications, seed);
        EmergingClusterEvents source = events.getIfAvailable();
        List<EmergingClusterEvent> found = source == null ? List.of() : source.between(offenses, from, to);
        if (found.size() < 2) {
            return AnalysisProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, PREFIX + "no-data", messages, locale);
        }
        NearRepeatTable table;
        try {
            table = KnoxTest.run(found, settings);
        } catch (IllegalArgumentException tooManyPairs) {
            return AnalysisProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, PREFIX + "too-large", messages, locale);
        }
        audit.success(AuditAction.SEARCH, "NearRepeatTable", String.join(",", offenses) + "@" + from + ".." + to);
        return ResponseEntity.ok(new NearRepeatResponse(table, seed, (System.nanoTime() - started) / 1_000_000));
    }
}
