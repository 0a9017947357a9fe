package org.precinct.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.StaffWebClient;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.account.StaffAccountRepository;
import org.precinct.identity.mfa.Totp;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in as a browser goes through it, over real HTTP with cookies and sessions kept in the database. */
@PrecinctTest
class SignInTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageShowsTheUseNotificationBeforeAnyoneSignsIn() {
        var page = new StaffWebClient(port).get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Authorized use only").contains("monitored, recorded and subject to audit");
    }

    @Test
    void staffPagesSendAnonymousVisitorsToTheSignInPage() {
        var page = new StaffWebClient(port).get("/staff");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.redirectsTo("/login")).isTrue();
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        var account = testAccounts.enrolled(Role.OFFICER);
        var client = new StaffWebClient(port);
        var page = client.submitPassword(account.username(), "not the password at all");
        assertThat(page.location()).endsWith("/login?error");
        assertThat(client.get("/staff").redirectsTo("/login")).isTrue();
        assertThat(audit.search(new AuditQuery(
                        account.username(), AuditAction.LOGIN_FAILED, null, null, AuditOutcome.FAILED, null, null, 0)))
                .hasSize(1);
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        var account = testAccounts.enrolled(Role.OFFICER);
        var client = new StaffWebClient(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(client.submitPassword(account.username(), "wrong-" + attempt)
                            .location())
                    .endsWith("/login?error");
        }
        var fifth = client.submitPassword(account.username(), "wrong-5");
        assertThat(fifth.location()).as("status %s", fifth.status()).endsWith("/login?locked");
        assertThat(accounts.findById(account.id()).orElseThrow().locked()).isTrue();

        // Even the right password no longer opens it.
        assertThat(client.submitPassword(account.username(), TestAccounts.PASSWORD)
                        .location())
                .endsWith("/login?locked");
        assertThat(audit.search(
                        new AuditQuery(account.username(), AuditAction.LOCKOUT, null, null, null, null, null, 0)))
                .hasSize(1);

        var admin = testAccounts.enrolled(Role.ADMIN);
        var adminClient = new StaffWebClient(port);
        assertThat(adminClient
                        .signIn(
                                admin.username(),
                                TestAccounts.PASSWORD,
                                admin.totpSecret(),
                                StaffWebClient.currentStep())
                        .redirectsTo("/staff"))
                .isTrue();
        adminClient.get("/staff/admin/accounts/" + account.id());
        var unlocked = adminClient.post("/staff/admin/accounts/" + account.id() + "/unlock", Map.of());
        assertThat(unlocked.status()).isEqualTo(302);
        assertThat(accounts.findById(account.id()).orElseThrow().locked()).isFalse();

        var signedIn = new StaffWebClient(port)
                .signIn(account.username(), TestAccounts.PASSWORD, account.totpSecret(), StaffWebClient.currentStep());
        assertThat(signedIn.redirectsTo("/staff")).isTrue();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        var account = testAccounts.enrolled(Role.OFFICER);
        var client = new StaffWebClient(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            client.submitPassword(account.username(), "wrong-" + attempt);
        }
        jdbc.sql("update identity.login_failure set failed_at = failed_at - interval '16 minutes' where username = :u")
                .param("u", account.username())
                .update();
        assertThat(client.submitPassword(account.username(), "wrong-5").location())
                .endsWith("/login?error");
        assertThat(accounts.findById(account.id()).orElseThrow().locked()).isFalse();
    }

    @Test
    void aNewMemberEnrolsTheirAuthenticatorAppAtTheFirstSignIn() {
        var account = testAccounts.unenrolled(Role.RECORDS);
        var client = new StaffWebClient(port);
        var afterPassword = client.submitPassword(account.username(), TestAccounts.PASSWORD);
        assertThat(afterPassword.location()).endsWith("/login/mfa/enrol");

        // Half signed in: the console stays closed until the second factor is set up.
        assertThat(client.get("/staff").redirectsTo("/login/mfa")).isTrue();

        var enrolPage = client.get("/login/mfa/enrol");
        assertThat(enrolPage.status()).isEqualTo(200);
        assertThat(enrolPage.body()).contains("src=\"data:image/png;base64,");
        String secret = enrolPage
                .body()
                .replaceAll("(?s).*<code id=\"totp-secret\">([A-Z2-7 ]+)</code>.*", "$1")
                .replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        var wrong = client.post(
                "/login/mfa/enrol",
                Map.of(
                        "code",
                        "000000".equals(Totp.codeAt(secret, StaffWebClient.currentStep())) ? "111111" : "000000"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("That code is not correct");
        assertThat(accounts.findById(account.id()).orElseThrow().totpEnrolled()).isFalse();

        long step = StaffWebClient.currentStep();
        var enrolled = client.post("/login/mfa/enrol", Map.of("code", Totp.codeAt(secret, step)));
        assertThat(enrolled.redirectsTo("/staff")).isTrue();
        assertThat(client.get("/staff").status()).isEqualTo(200);
        assertThat(accounts.findById(account.id()).orElseThrow().totpEnrolled()).isTrue();
        assertThat(audit.search(
                        new AuditQuery(account.username(), AuditAction.MFA_ENROLLED, null, null, null, null, null, 0)))
                .hasSize(1);

        // The next sign-in asks for a code, and the code used to enrol cannot be replayed.
        var again = new StaffWebClient(port);
        assertThat(again.submitPassword(account.username(), TestAccounts.PASSWORD)
                        .location())
                .endsWith("/login/mfa");
        again.get("/login/mfa");
        assertThat(again.post("/login/mfa", Map.of("code", Totp.codeAt(secret, step)))
                        .status())
                .isEqualTo(200);
        assertThat(again.post("/login/mfa", Map.of("code", Totp.codeAt(secret, step + 1)))
                        .redirectsTo("/staff"))
                .isTrue();
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() {
        var account = testAccounts.enrolled(Role.OFFICER);
        var client = new StaffWebClient(port);
        client.get("/login");
        client.post("/login", Map.of("username", account.username(), "password", "wrong password here"));
        client.get("/login");
        String before = client.sessionId();
        assertThat(before).isNotNull();
        client.signIn(account.username(), TestAccounts.PASSWORD, account.totpSecret(), StaffWebClient.currentStep());
        assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);
        var console = client.get("/staff");
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.body()).contains("Welcome, Test " + account.username());

        var loggedOut = client.post("/logout", Map.of());
        assertThat(loggedOut.location()).endsWith("/login?logout");
        assertThat(client.get("/staff").redirectsTo("/login")).isTrue();
        assertThat(audit.search(
                        new AuditQuery(account.username(), AuditAction.LOGOUT, null, null, null, null, null, 0)))
                .hasSize(1);
    }

    @Test
    void thirtyMinutesWithoutActivityEndTheSession() {
        var account = testAccounts.enrolled(Role.OFFICER);
        var client = new StaffWebClient(port);
        client.signIn(account.username(), TestAccounts.PASSWORD, account.totpSecret(), StaffWebClient.currentStep());
        assertThat(client.get("/staff").status()).isEqualTo(200);

        // 29 minutes idle: still signed in.
        ageSession(account.username(), 29);
        assertThat(client.get("/staff").status()).isEqualTo(200);

        // 31 minutes idle: the session is over.
        ageSession(account.username(), 31);
        assertThat(client.get("/staff").redirectsTo("/login")).isTrue();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        var account = testAccounts.enrolled(Role.OFFICER);
        var admin = testAccounts.enrolled(Role.ADMIN);
        var client = new StaffWebClient(port);
        client.signIn(admin.username(), TestAccounts.PASSWORD, admin.totpSecret(), StaffWebClient.currentStep());
        var refused = client.postRaw("/staff/admin/accounts/" + account.id() + "/roles", Map.of("roles", "ADMIN"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(accounts.findById(account.id()).orElseThrow().roles()).containsExactly(Role.OFFICER);

        var anonymous = new StaffWebClient(port);
        assertThat(anonymous
                        .postRaw("/login", Map.of("username", account.username(), "password", TestAccounts.PASSWORD))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMemberWithoutTheRoleIsDeniedAndTheRefusalAudited() {
        var officer = testAccounts.enrolled(Role.OFFICER);
        var client = new StaffWebClient(port);
        client.signIn(officer.username(), TestAccounts.PASSWORD, officer.totpSecret(), StaffWebClient.currentStep());
        assertThat(client.get("/staff/admin/accounts").status()).isEqualTo(403);
        assertThat(audit.search(
                        new AuditQuery(officer.username(), null, "path", null, AuditOutcome.DENIED, null, null, 0)))
                .isNotEmpty();
    }

    private void ageSession(String username, int minutesIdle) {
        long idleSince = System.currentTimeMillis() - minutesIdle * 60_000L;
        jdbc.sql("""
                        update spring_session set last_access_time = :since,
                               expiry_time = :since + max_inactive_interval * 1000
                        where principal_name = :user
                        """).param("since", idleSince).param("user", username).update();
    }
}
