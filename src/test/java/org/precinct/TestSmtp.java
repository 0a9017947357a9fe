package org.precinct;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The in-process SMTP server tests deliver to. Its port comes from the build ({@code precinct.test.smtp-port}), so
 * two builds on one machine each have a server of their own.
 */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("precinct.test.smtp-port", 3025);

    private TestSmtp() {}

    public static ServerSetup setup() {
        return new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }
}
