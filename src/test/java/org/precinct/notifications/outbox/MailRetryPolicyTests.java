package org.precinct.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pauses between delivery attempts grow, and a mail is given up after the last attempt. */
class MailRetryPolicyTests {

    private final RetryPolicy policy = new RetryPolicy(8);

    @Test
    void pausesGrowFromHalfAMinuteToADay() {
        assertThat(policy.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.pauseAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.pauseAfter(3)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.pauseAfter(4)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.pauseAfter(7)).isEqualTo(Duration.ofHours(12));
        assertThat(policy.pauseAfter(8)).isEqualTo(Duration.ofHours(24));
        assertThat(policy.pauseAfter(50)).isEqualTo(Duration.ofHours(24));
        for (int attempt = 1; attempt < 10; attempt++) {
            assertThat(policy.pauseAfter(attempt + 1)).isGreaterThanOrEqualTo(policy.pauseAfter(attempt));
        }
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.givesUpAfter(1)).isFalse();
        assertThat(policy.givesUpAfter(7)).isFalse();
        assertThat(policy.givesUpAfter(8)).isTrue();
        assertThat(new RetryPolicy(1).givesUpAfter(1)).isTrue();
    }

    @Test
    void theDefaultScheduleGivesUpAboutADayAfterQueuing() {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; !policy.givesUpAfter(attempt); attempt++) {
            waited = waited.plus(policy.pauseAfter(attempt));
        }

        assertThat(waited).isBetween(Duration.ofHours(20), Duration.ofHours(26));
    }

    @Test
    void refusesNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0));
        assertThatIllegalArgumentException().isThrownBy(() -> policy.pauseAfter(0));
    }
}
