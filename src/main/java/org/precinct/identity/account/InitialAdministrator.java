package org.precinct.identity.account;

import java.util.Set;
import org.precinct.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the first administrator of a new installation from {@code precinct.initial-admin.username} and
 * {@code precinct.initial-admin.password}, only while no account exists at all. The administrator sets up the
 * second factor at the first sign-in and opens everyone else's accounts.
 */
@Component
@Order(30)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final StaffAccountRepository accounts;
    private final AccountAdministration administration;
    private final String username;
    private final String password;

    InitialAdministrator(
            StaffAccountRepository accounts,
            AccountAdministration administration,
            @Value("${precinct.initial-admin.username:admin}") String username,
            @Value("${precinct.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.administration = administration;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("Precinct has no staff account yet. Start it once with --precinct.initial-admin.password=... "
                    + "(and optionally --precinct.initial-admin.username=...) to open the first administrator.");
            return;
        }
        var request = new NewAccount(username, "Administrator", null, null, Set.of(Role.ADMIN), password);
        var problems = administration.problems(request);
        if (!problems.isEmpty()) {
            log.error("The initial administrator was not opened: {}", problems);
            return;
        }
        administration.open(request);
        log.warn("Opened the initial administrator account '{}'. Sign in to set up its second factor.", username);
    }
}
