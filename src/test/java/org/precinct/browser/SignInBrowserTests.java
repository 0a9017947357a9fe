package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.precinct.StaffWebClient;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;
import org.precinct.shared.Role;

/** Signing in, out and enrolling the second factor in a real browser, with the mouse and with the keyboard. */
class SignInBrowserTests extends BrowserTestBase {

    @Test
    void aStaffMemberReadsTheNoticeSignsInWithPasswordAndCodeAndReachesTheConsole() {
        var account = testAccounts.enrolled(Role.OFFICER);

        page.navigate("/login");
        Locator notice = page.locator("#use-notice");
        assertThat(notice).isVisible();
        assertThat(notice).containsText("Authorized use only");
        assertThat(notice).containsText("monitored, recorded and subject to audit");

        page.getByLabel("Username").fill(account.username());
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree, sign in"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/login/mfa$"));
        assertThat(page.locator("h1")).hasText("Verification code");
        page.getByLabel("6-digit code").fill(Totp.codeAt(account.totpSecret(), StaffWebClient.currentStep()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/staff$"));
        assertThat(page.locator("h1")).hasText("Welcome, Test " + account.username());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Test " + account.username())))
                .hasAttribute("href", "/staff/account");
    }

    @Test
    void signingOutClosesTheConsole() {
        var account = testAccounts.enrolled(Role.OFFICER);
        tab.signIn(account);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");

        page.navigate("/staff");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("h1")).hasText("Staff sign-in");
        assertThat(page.locator("#username")).isVisible();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefused() {
        var account = testAccounts.enrolled(Role.OFFICER);
        Locator alert = page.getByRole(AriaRole.ALERT);

        for (int attempt = 1; attempt <= 4; attempt++) {
            tab.submitPassword(account.username(), "wrong password " + attempt);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(alert).containsText("The username or password is not correct");
        }
        tab.submitPassword(account.username(), "wrong password 5");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?locked$"));
        assertThat(alert).containsText("This account is locked");

        tab.submitPassword(account.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?locked$"));
        assertThat(alert).containsText("This account is locked");
        assertThat(page.locator("#code")).hasCount(0);
    }

    @Test
    void aNewMemberScansTheCodeOrTypesTheKeyAndIsSignedIn() {
        var account = testAccounts.unenrolled(Role.RECORDS);

        tab.submitPassword(account.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/mfa/enrol$"));
        assertThat(page.locator("h1")).hasText("Set up your second factor");

        Locator qrCode = page.locator("img.qr-code");
        assertThat(qrCode).isVisible();
        assertThat(qrCode).hasAttribute("alt", "QR code to add Precinct to your authenticator app");
        assertThat(qrCode).hasAttribute("src", Pattern.compile("^data:image/png;base64,.+"));
        assertThat((Boolean) qrCode.evaluate("image => image.complete && image.naturalWidth > 0"))
                .as("the QR code image is decoded and shown")
                .isTrue();

        String key = page.locator("#totp-secret").innerText().replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");
        page.getByLabel("6-digit code").fill(Totp.codeAt(key, StaffWebClient.currentStep()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and sign in"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/staff$"));
        assertThat(page.locator("h1")).hasText("Welcome, Test " + account.username());
    }

    @Test
    void theSignInPageWorksWithTheKeyboardAlone() {
        var account = testAccounts.enrolled(Role.OFFICER);
        page.navigate("/login");
        tabFromTheStartOfThePage();

        Locator skipLink = page.locator("a.skip-link");
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isVisible();
        assertThat(skipLink).hasText("Skip to main content");

        Locator username = page.locator("#username");
        tabUntilFocused(username, 10);
        page.keyboard().type(account.username());
        page.keyboard().press("Tab");
        assertThat(page.locator("#password")).isFocused();
        page.keyboard().type(TestAccounts.PASSWORD);
        page.keyboard().press("Tab");
        assertThat(page.locator("main form button[type=submit]")).isFocused();

        // Enter in a field submits its form.
        page.keyboard().press("Shift+Tab");
        assertThat(page.locator("#password")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/login/mfa$"));

        Locator code = page.locator("#code");
        assertThat(code).isFocused();
        page.keyboard().type(Totp.codeAt(account.totpSecret(), StaffWebClient.currentStep()));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/staff$"));
    }

    @Test
    void theSkipLinkTakesKeyboardUsersPastTheNavigationToTheForm() {
        page.navigate("/login");
        tabFromTheStartOfThePage();
        assertThat(page.locator("a.skip-link")).isFocused();

        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/login#main$"));
        page.keyboard().press("Tab");
        assertThat(page.locator("#username")).isFocused();
    }

    /**
     * The username field takes focus when the page opens. Someone coming to the page from the browser's address
     * bar or tabs instead enters it at its first element; here the focus leaves the page past its last element,
     * out to the browser, and comes back in with one more Tab, as it does for a person cycling through the page.
     */
    private void tabFromTheStartOfThePage() {
        for (int presses = 0; presses < 30; presses++) {
            if ((Boolean) page.evaluate("() => document.activeElement === document.body")) {
                page.keyboard().press("Tab");
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError(
                "focus never left the page; it is on " + page.evaluate("() => document.activeElement.outerHTML"));
    }

    private void tabUntilFocused(Locator target, int maximumPresses) {
        for (int presses = 0; presses < maximumPresses; presses++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                return;
            }
        }
        throw new AssertionError(target + " not reached within " + maximumPresses + " presses of Tab; focus is on "
                + page.evaluate("() => document.activeElement.outerHTML"));
    }
}
