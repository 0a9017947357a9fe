package org.precinct.analysis.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.AnalysisIncidentView;
import org.precinct.analysis.AnalysisIncidents;
import org.springframework.beans.factory.annotation.Autowired;

/** The importers on the cities' published files in ../shared/data, read as they are. */
@PrecinctTest
class RealFileImportTests {

    private static final Path DATA = Path.of("..", "shared", "data");

    @Autowired
    IncidentImporter importer;

    @Autowired
    AnalysisIncidents incidents;

    @Test
    void denverCrimeWithAndWithoutItsHeaderRow() throws IOException {
        IncidentImportOutcome first = run("denver/crime.csv", IncidentImportFormat.DENVER);
        IncidentImportOutcome continued = run("denver/crime_2.csv", IncidentImportFormat.DENVER);
        for (IncidentImportOutcome outcome : new IncidentImportOutcome[] {first, continued}) {
            // crime.csv: a header and 9,817 rows; crime_2.csv: 9,818 rows without a header (neither ends in a line
            // break).
            assertThat(outcome.rejectedCount()).isZero();
            assertThat(outcome.imported()).isGreaterThan(6_000);
            // Traffic accidents are a quarter of the file and not crimes.
            assertThat(outcome.skipped()).isGreaterThan(1_500);
            assertThat(outcome.skippedCodes()).containsKey("5441-0");
        }
        assertThat(first.imported() + first.skipped()).isEqualTo(9_817);
        assertThat(continued.imported() + continued.skipped()).isEqualTo(9_818);

        AnalysisIncidentView discharge = incidents
                .find(AnalysisIncidentSource.IMPORT, "denver:2016376978521300")
                .orElseThrow();
        assertThat(discharge.offense()).isEqualTo("520");
        // 6/15/2016 11:31 PM in Denver (MDT, UTC-6).
        assertThat(discharge.occurredAt()).isEqualTo(Instant.parse("2016-06-16T05:31:00Z"));
        assertThat(discharge.latitude()).isEqualTo(39.773188);
        AnalysisIncidentView burglary = incidents
                .find(AnalysisIncidentSource.IMPORT, "denver:2018460426220500")
                .orElseThrow();
        assertThat(burglary.offense()).isEqualTo("220");
        assertThat(burglary.blockAddress()).isEqualTo("900 BLOCK N GRANT ST");

        // The same file again updates what it stored: nothing more, nothing lost.
        IncidentImportOutcome again = run("denver/crime.csv", IncidentImportFormat.DENVER);
        assertThat(again.imported()).isEqualTo(first.imported());
        assertThat(incidents.find(AnalysisIncidentSource.IMPORT, "denver:2016376978521300"))
                .isPresent();
    }

    @Test
    void sanFranciscoIncidentReports() throws IOException {
        IncidentImportOutcome outcome = run("sanfrancisco/incidents-2018-12.csv", IncidentImportFormat.SAN_FRANCISCO);
        assertThat(outcome.rejectedCount()).isZero();
        assertThat(outcome.imported() + outcome.skipped()).isEqualTo(11_884);
        assertThat(outcome.imported()).isGreaterThan(8_000);
        assertThat(outcome.skippedCodes()).containsKeys("Non-Criminal", "Lost Property", "Warrant");

        AnalysisIncidentView robbery = incidents
                .find(AnalysisIncidentSource.IMPORT, "sanfrancisco:74339603074")
                .orElseThrow();
        assertThat(robbery.offense()).isEqualTo("120");
        assertThat(robbery.occurredAt()).isEqualTo(Instant.parse("2018-12-01T08:25:00Z"));
        assertThat(robbery.blockAddress()).isEqualTo("BOSWORTH ST / DIAMOND ST");
        // "Minor, contributing to delinquency of": a juvenile matter, withheld from the public.
        AnalysisIncidentView minor = incidents
                .find(AnalysisIncidentSource.IMPORT, "sanfrancisco:74339615030")
                .orElseThrow();
        assertThat(minor.sensitive()).isTrue();
    }

    @Test
    void sanDiegoCallsForServiceKeepOnlyCallsThatNameAnOffense() throws IOException {
        IncidentImportOutcome outcome =
                run("sandiego/pd_calls_for_service_2023_datasd.csv", IncidentImportFormat.SAN_DIEGO);
        assertThat(outcome.rejectedCount()).isZero();
        assertThat(outcome.imported() + outcome.skipped()).isEqualTo(26_595);
        // Most calls are traffic stops, alarms, welfare checks and the like.
        assertThat(outcome.skipped()).isGreaterThan(outcome.imported());
        assertThat(outcome.imported()).isGreaterThan(1_500);
        assertThat(outcome.skippedCodes()).containsKeys("T", "459A", "CW");

        AnalysisIncidentView burglary = incidents
                .find(AnalysisIncidentSource.IMPORT, "sandiego:E23010000562")
                .orElseThrow();
        assertThat(burglary.offense()).isEqualTo("220");
        assertThat(burglary.occurredAt()).isEqualTo(Instant.parse("2023-01-01T18:51:50Z"));
        assertThat(burglary.blockAddress()).isEqualTo("7500 BLOCK LAKE REE AVE");
        assertThat(burglary.latitude()).isNull();
    }

    private IncidentImportOutcome run(String file, IncidentImportFormat format) throws IOException {
        try (Reader reader = Files.newBufferedReader(DATA.resolve(file), StandardCharsets.UTF_8)) {
            return importer.run(reader, format, (lines, imported, skipped, rejected) -> {});
        }
    }
}
