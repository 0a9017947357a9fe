package org.precinct.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.precinct.identity.account.AccountAdministration;
import org.precinct.identity.account.NewAccount;
import org.precinct.identity.account.StaffAccount;
import org.precinct.identity.account.StaffAccountRepository;
import org.precinct.identity.mfa.Totp;
import org.precinct.shared.Role;
import org.springframework.stereotype.Component;

/** Opens accounts for tests, each with a unique name, optionally with a second factor already enrolled. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private final AccountAdministration administration;
    private final StaffAccountRepository accounts;

    TestAccounts(AccountAdministration administration, StaffAccountRepository accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    public record Created(long id, String username, String totpSecret) {}

    /** An account not yet enrolled in the second factor. */
    public Created unenrolled(Role... roles) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StaffAccount account = administration.open(new NewAccount(
                username, "Test " + username, username + "@police.example", null, Set.of(roles), PASSWORD));
        return new Created(account.id(), username, null);
    }

    /** An account whose authenticator app is set up; codes from the current time step on are accepted. */
    public Created enrolled(Role... roles) {
        Created created = unenrolled(roles);
        String secret = Totp.newSecret();
        StaffAccount account = accounts.findById(created.id()).orElseThrow();
        account.enrolTotp(secret, Totp.stepAt(Instant.now()) - 2, Instant.now());
        accounts.save(account);
        return new Created(created.id(), created.username(), secret);
    }
}
