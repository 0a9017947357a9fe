package org.precinct.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.analysis.EmergingCluster;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.EmergingClusterSettings;

class EmergingClusterScanTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Test
    void findsAPlantedClusterInTheRightPlaceAndDays() {
        SyntheticIncidents data = new SyntheticIncidents(7, 600, 6_000, 1).background(3_000, AS_OF, 120);
        List<Long> planted = data.plant(24, AS_OF, 5, 4);
        var settings = new EmergingClusterSettings(AS_OF, 120, 30, 800, 99, 1, 5);

        List<EmergingCluster> clusters =
                FastScan.run(ScanInput.of(data.events(), settings)).clusters();

        assertThat(clusters).isNotEmpty();
        EmergingCluster found = clusters.get(0);
        assertThat(ScanStatistic.meters(
                        found.centerLatitude(), found.centerLongitude(), data.centreLatitude(), data.centreLongitude()))
                .isLessThan(500);
        assertThat(found.windowEnd()).isEqualTo(AS_OF);
        assertThat(found.windowStart()).isBetween(AS_OF.minusDays(10), AS_OF.minusDays(4));
        assertThat(found.pValue()).isEqualTo(0.01);
        assertThat(found.recurrenceIntervalDays()).isEqualTo(100, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(found.observed()).isGreaterThan(2 * Math.round(found.expected()));
        assertThat(found.relativeRisk()).isEqualTo(found.observed() / found.expected());
        assertThat(found.incidentIds()).hasSize((int) found.observed());
        long plantedFound =
                planted.stream().filter(found.incidentIds()::contains).count();
        assertThat(plantedFound).isGreaterThanOrEqualTo(planted.size() * 3 / 4);
        // Secondary clusters share no location with the most likely one, and come in order of their ratio.
        for (int i = 1; i < clusters.size(); i++) {
            assertThat(clusters.get(i).logLikelihoodRatio())
                    .isLessThanOrEqualTo(clusters.get(i - 1).logLikelihoodRatio());
            assertThat(clusters.get(i).pValue())
                    .isGreaterThanOrEqualTo(clusters.get(i - 1).pValue());
            assertThat(Collections.disjoint(clusters.get(i).incidentIds(), found.incidentIds()))
                    .isTrue();
        }
    }

    @Test
    void theFastScanAgreesWithTheReferenceClusterForClusterAndPValueForPValue() {
        for (long seed = 1; seed <= 4; seed++) {
            SyntheticIncidents data = new SyntheticIncidents(seed, 250, 4_000, 1).background(1_500, AS_OF, 60);
            if (seed % 2 == 0) {
                data.plant(12, AS_OF, 3, 3);
            }
            var settings = new EmergingClusterSettings(AS_OF, 60, 14, 700, 49, seed, 8);
            ScanInput input = ScanInput.of(data.events(), settings);

            ScanOutcome reference = ReferenceScan.run(input);
            ScanOutcome fast = FastScan.run(input, 2);

            assertThat(reference.clusters()).isNotEmpty();
            assertThat(fast.clusters()).isEqualTo(reference.clusters());
            double lowest = reference.clusters().stream()
                    .mapToDouble(EmergingCluster::logLikelihoodRatio)
                    .min()
                    .orElseThrow();
            for (int r = 0; r < reference.replicationMaxima().length; r++) {
                if (reference.replicationMaxima()[r] >= lowest) {
                    assertThat(fast.replicationMaxima()[r]).isEqualTo(reference.replicationMaxima()[r]);
                } else {
                    assertThat(fast.replicationMaxima()[r]).isEqualTo(Double.NEGATIVE_INFINITY);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePValuesWhateverTheThreadsOrTheOrderOfTheIncidents() {
        SyntheticIncidents data = new SyntheticIncidents(11, 300, 4_000, 1).background(2_000, AS_OF, 90);
        data.plant(10, AS_OF, 4, 3);
        var settings = new EmergingClusterSettings(AS_OF, 90, 20, 600, 99, 42, 5);
        List<EmergingClusterEvent> shuffled = new ArrayList<>(data.events());
        Collections.shuffle(shuffled, new java.util.Random(3));

        ScanOutcome once = FastScan.run(ScanInput.of(data.events(), settings), 1);
        ScanOutcome again = FastScan.run(ScanInput.of(shuffled, settings), 2);

        assertThat(again.clusters()).isEqualTo(once.clusters());
    }

    @Test
    void dataWithoutAClusterRaisesFalseAlarmsAtTheStatedRate() {
        int runs = 200;
        int alarms = 0;
        for (int run = 0; run < runs; run++) {
            SyntheticIncidents data = new SyntheticIncidents(1_000 + run, 120, 3_000, 1).background(600, AS_OF, 60);
            var settings = new EmergingClusterSettings(AS_OF, 60, 7, 500, 99, run, 1);
            List<EmergingCluster> clusters =
                    FastScan.run(ScanInput.of(data.events(), settings), 1).clusters();
            if (!clusters.isEmpty() && clusters.get(0).pValue() < 0.05) {
                alarms++;
            }
        }
        // 5 % expected: 10 of 200, with a binomial standard deviation of about 3.
        assertThat(alarms).isBetween(2, 20);
    }

    @Test
    void incidentsOutsideTheStudyPeriodAreLeftOutAndNoDataGivesNoCluster() {
        var settings = new EmergingClusterSettings(AS_OF, 30, 7, 500, 9, 1, 5);
        List<EmergingClusterEvent> outside = List.of(
                new EmergingClusterEvent(1, 39.7, -104.9, AS_OF.plusDays(1)),
                new EmergingClusterEvent(2, 39.7, -104.9, AS_OF.minusDays(30)));

        ScanInput input = ScanInput.of(outside, settings);

        assertThat(input.cases()).isZero();
        assertThat(FastScan.run(input).clusters()).isEmpty();
        assertThat(ReferenceScan.run(input).clusters()).isEmpty();
    }

    @Test
    void absurdSettingsAreRefused() {
        assertThatThrownBy(() -> new EmergingClusterSettings(AS_OF, 3_650, 30, 1_000, 999, 1, 10))
                .hasMessage("studyDays");
        assertThatThrownBy(() -> new EmergingClusterSettings(AS_OF, 365, 30, 0, 999, 1, 10))
                .hasMessage("maxRadiusMeters");
        assertThatThrownBy(() -> new EmergingClusterSettings(AS_OF, 365, 30, 100_000, 999, 1, 10))
                .hasMessage("maxRadiusMeters");
        assertThatThrownBy(() -> new EmergingClusterSettings(AS_OF, 365, 30, 1_000, 10_000, 1, 10))
                .hasMessage("replications");
        assertThatThrownBy(() -> new EmergingClusterSettings(AS_OF, 40, 30, 1_000, 999, 1, 10))
                .hasMessage("maxWindowDays");
    }
}
