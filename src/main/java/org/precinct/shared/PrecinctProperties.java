package org.precinct.shared;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Precinct's own settings, under {@code precinct.*}.
 *
 * @param dataDir where the embedded database and the file store live
 * @param timeZone the department's zone, in which times are shown
 * @param nonEmergencyPhone the non-emergency line shown to residents
 * @param departmentName shown in page headers and e-mails
 * @param maxRequestBytes the largest request body accepted outside file uploads
 * @param demo demo mode
 * @param security login and token rules
 * @param mail outgoing e-mail
 */
@ConfigurationProperties("precinct")
public record PrecinctProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("America/Chicago") ZoneId timeZone,
        @DefaultValue("(636) 537-3000") String nonEmergencyPhone,
        @DefaultValue("Police Department") String departmentName,
        @DefaultValue("2097152") long maxRequestBytes,
        @DefaultValue Demo demo,
        @DefaultValue Security security,
        @DefaultValue Mail mail) {

    /**
     * @param enabled load demo data and accounts
     * @param password the demo accounts' password; generated and kept in the data directory when empty
     * @param open311ApiKey the Open311 {@code api_key} that files requests in demo mode, besides issued keys
     */
    public record Demo(
            @DefaultValue("false") boolean enabled,
            String password,
            @DefaultValue("demo-open311-key") String open311ApiKey) {}

    /**
     * @param requireMfa whether staff must use a second factor (never in demo mode)
     * @param tokenLifetime how long an API token lives
     * @param lockoutAttempts failed logins that lock an account
     * @param lockoutWindow the window in which they count
     */
    public record Security(
            @DefaultValue("true") boolean requireMfa,
            @DefaultValue("8h") Duration tokenLifetime,
            @DefaultValue("5") int lockoutAttempts,
            @DefaultValue("15m") Duration lockoutWindow) {}

    /** @param from the sender address of Precinct's e-mails */
    public record Mail(
            @DefaultValue("no-reply@precinct.example") String from) {}
}
