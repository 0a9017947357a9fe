package org.precinct.intake.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The score orders candidates by place, time and words, and a related type below the same type. */
class DuplicateScoreTests {

    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void theSameSpotAtTheSameTimeWithAlikeWordsScoresOne() {
        assertThat(DuplicateScore.of(0, 100, Duration.ZERO, DAY, 0.6, true)).isEqualTo(1.0);
    }

    @Test
    void nearerScoresHigherThanFarther() {
        double near = DuplicateScore.of(10, 200, Duration.ofHours(3), DAY, 0.2, true);
        double far = DuplicateScore.of(180, 200, Duration.ofHours(3), DAY, 0.2, true);
        assertThat(near).isGreaterThan(far);
    }

    @Test
    void closerInTimeScoresHigher() {
        double sameHour = DuplicateScore.of(50, 200, Duration.ZERO, DAY, 0.2, true);
        double nextDay = DuplicateScore.of(50, 200, Duration.ofHours(23), DAY, 0.2, true);
        assertThat(sameHour).isGreaterThan(nextDay);
    }

    @Test
    void moreAlikeWordsScoreHigherUpToHalfOfTheTriples() {
        double unlike = DuplicateScore.of(50, 200, Duration.ofHours(2), DAY, 0.0, true);
        double alike = DuplicateScore.of(50, 200, Duration.ofHours(2), DAY, 0.3, true);
        double veryAlike = DuplicateScore.of(50, 200, Duration.ofHours(2), DAY, 0.5, true);
        double identical = DuplicateScore.of(50, 200, Duration.ofHours(2), DAY, 1.0, true);
        assertThat(unlike).isLessThan(alike);
        assertThat(alike).isLessThan(veryAlike);
        assertThat(veryAlike).isEqualTo(identical);
    }

    @Test
    void aRelatedTypeScoresBelowTheSameType() {
        double same = DuplicateScore.of(20, 100, Duration.ZERO, DAY, 0.4, true);
        double related = DuplicateScore.of(20, 100, Duration.ZERO, DAY, 0.4, false);
        assertThat(related)
                .isLessThan(same)
                .isEqualTo(Math.round(same * 0.85 * 100) / 100.0, org.assertj.core.data.Offset.offset(0.011));
    }

    @Test
    void distancesCountInStepsSoThatNearbyQueryPointsGiveTheSameScore() {
        assertThat(DuplicateScore.of(51, 200, Duration.ZERO, DAY, 0, true))
                .isEqualTo(DuplicateScore.of(74, 200, Duration.ZERO, DAY, 0, true));
        assertThat(DuplicateScore.of(74, 200, Duration.ZERO, DAY, 0, true))
                .isGreaterThan(DuplicateScore.of(76, 200, Duration.ZERO, DAY, 0, true));
    }

    @Test
    void scoresStayBetweenZeroAndOneInHundredths() {
        double edge = DuplicateScore.of(100, 100, DAY, DAY, 0, false);
        assertThat(edge).isEqualTo(0.0);
        double some = DuplicateScore.of(33, 100, Duration.ofMinutes(77), DAY, 0.123, true);
        assertThat(some).isBetween(0.0, 1.0);
        assertThat(Math.round(some * 100) / 100.0).isEqualTo(some);
    }
}
