package org.precinct.analysis.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Known values computed exactly (rational arithmetic) for the same definition R's binom.test uses. */
class PoissonComparisonTests {

    @Test
    void sameLengthPeriodsCompareAsAFairCoin() {
        // binom.test(15, 20): 0.04139
        assertThat(PoissonComparison.pValue(15, 5, 1)).isCloseTo(0.0413894653, within(1e-9));
        assertThat(PoissonComparison.pValue(10, 10, 1)).isCloseTo(1.0, within(1e-9));
        // 40 this period against 20 the same period last year.
        assertThat(PoissonComparison.pValue(40, 20, 1)).isCloseTo(0.0134892937, within(1e-9));
        assertThat(PoissonComparison.significant(40, 20, 1)).isTrue();
    }

    @Test
    void aBaselineOfSeveralPeriodsWeighsByItsLength() {
        // 30 this week against 80 in the four weeks before (20 a week): binom.test(30, 110, 1/5) = 0.07256.
        assertThat(PoissonComparison.pValue(30, 80, 4)).isCloseTo(0.0725649123, within(1e-9));
        assertThat(PoissonComparison.significant(30, 80, 4)).isFalse();
        // 2 against 28 over eight weeks (3.5 a week): 0.7684; 9 against 36 over eight: 0.08974.
        assertThat(PoissonComparison.pValue(2, 28, 8)).isCloseTo(0.7684310112, within(1e-9));
        assertThat(PoissonComparison.pValue(9, 36, 8)).isCloseTo(0.0897384327, within(1e-9));
    }

    @Test
    void aLargePercentChangeOnSmallCountsIsNotFlaggedButASmallOneOnLargeCountsIs() {
        assertThat(PoissonComparison.significant(4, 2, 1)).isFalse();
        assertThat(PoissonComparison.significant(2_600, 2_000, 1)).isTrue();
        assertThat(PoissonComparison.pValue(0, 0, 1)).isEqualTo(1.0);
    }

    @Test
    void logGammaMatchesFactorials() {
        assertThat(PoissonComparison.logGamma(1)).isCloseTo(0, within(1e-12));
        assertThat(PoissonComparison.logGamma(11)).isCloseTo(Math.log(3_628_800), within(1e-10));
        assertThat(PoissonComparison.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-12));
    }

    @Test
    void refusesNegativeCountsAndEmptyBaselines() {
        assertThatThrownBy(() -> PoissonComparison.pValue(-1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoissonComparison.pValue(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
