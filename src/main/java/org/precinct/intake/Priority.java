package org.precinct.intake;

/**
 * How urgently a report needs attention: threat to life first, then threat to property, then routine work, and last
 * what is only counted. A type has a default; a report's answers may raise it.
 */
public enum Priority {
    THREAT_TO_LIFE(1),
    THREAT_TO_PROPERTY(2),
    ROUTINE(3),
    STATISTICS_ONLY(4);

    private final int level;

    Priority(int level) {
        this.level = level;
    }

    /** 1 (most urgent) to 4. */
    public int level() {
        return level;
    }

    /** Whether this priority comes before {@code other} in a queue. */
    public boolean moreUrgentThan(Priority other) {
        return level < other.level;
    }

    /**
     * The priority of a level.
     *
     * @throws IllegalArgumentException unless {@code level} is 1 to 4
     */
    public static Priority ofLevel(int level) {
        for (Priority priority : values()) {
            if (priority.level == level) {
                return priority;
            }
        }
        throw new IllegalArgumentException("A priority level is 1 to 4: " + level);
    }

    public String messageKey() {
        return "intake.priority." + name();
    }
}
