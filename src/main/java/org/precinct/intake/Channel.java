package org.precinct.intake;

/** How a report reached the department; the first letter of its tracking number says it. */
public enum Channel {
    /** A resident on the public portal. */
    ONLINE('W'),
    /** A call-taker entering a call on the non-emergency line. */
    PHONE('T'),
    /** A city system or app through the Open311 API. */
    OPEN311('C');

    private final char prefix;

    Channel(char prefix) {
        this.prefix = prefix;
    }

    public char prefix() {
        return prefix;
    }

    static Channel ofPrefix(char prefix) {
        for (Channel channel : values()) {
            if (channel.prefix == prefix) {
                return channel;
            }
        }
        throw new IllegalArgumentException("No channel has the prefix " + prefix);
    }
}
