package org.precinct.intake.review;

import java.time.Duration;

/** How long ago a report came in, in the bands the queue filters by. */
public enum QueueAge {
    UNDER_A_DAY(Duration.ZERO, Duration.ofDays(1)),
    ONE_TO_THREE_DAYS(Duration.ofDays(1), Duration.ofDays(3)),
    THREE_TO_SEVEN_DAYS(Duration.ofDays(3), Duration.ofDays(7)),
    OVER_A_WEEK(Duration.ofDays(7), null);

    private final Duration atLeast;
    private final Duration below;

    QueueAge(Duration atLeast, Duration below) {
        this.atLeast = atLeast;
        this.below = below;
    }

    /** The youngest age in the band, inclusive. */
    public Duration atLeast() {
        return atLeast;
    }

    /** The age the band ends before, or {@code null} for the open-ended oldest band. */
    public Duration below() {
        return below;
    }

    public String messageKey() {
        return "intake.review.age." + name();
    }
}
