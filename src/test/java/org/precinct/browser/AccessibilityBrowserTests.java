package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.precinct.StaffWebClient;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;
import org.precinct.shared.Role;

/**
 * The public pages, the sign-in steps and the staff pages meet WCAG 2.1 level AA as far as axe-core can tell, in
 * English and in Spanish, and none of them needs an inline script or style that the content security policy
 * would refuse.
 */
class AccessibilityBrowserTests extends BrowserTestBase {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"/, en", "/?lang=es, es", "/when-to-call-911, en", "/when-to-call-911?lang=es, es", "/login, en"})
    void publicPages(String path, String language) {
        show(path);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    @Test
    void secondFactorPage() {
        tab.submitPassword(testAccounts.enrolled(Role.OFFICER).username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/mfa$"));
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    @Test
    void secondFactorPageWithAWrongCode() {
        var account = testAccounts.enrolled(Role.OFFICER);
        tab.submitPassword(account.username(), TestAccounts.PASSWORD);
        page.locator("#code").fill(wrongCode(account.totpSecret()));
        page.locator("main form button[type=submit]").first().click();
        assertThat(page.locator("#code-error")).isVisible();
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    @Test
    void enrolmentPage() {
        tab.submitPassword(testAccounts.unenrolled(Role.OFFICER).username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/mfa/enrol$"));
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/staff",
                "/staff/admin/accounts",
                "/staff/account",
                "/staff?lang=es",
                "/staff/admin/audit",
                "/staff/personnel",
                "/staff/personnel/employees",
                "/staff/geography",
                "/staff/notifications",
                "/staff/notifications/outbox",
                "/staff/intake/incident-types",
                "/staff/intake/incident-types/new"
            })
    void staffPagesOfAnAdministrator(String path) {
        tab.signIn(testAccounts.enrolled(Role.ADMIN));
        show(path);
        assertThat(page.locator("h1")).hasCount(1);
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    @Test
    void theChecksThemselvesNoticeABrokenPage() {
        // A page spoilt on purpose, in a tab of its own, so that a silent audit or console watch cannot pass
        // for a clean result.
        try (BrowserTab spoilt = chromium.open(port)) {
            Page broken = spoilt.page();
            broken.navigate("/when-to-call-911");
            broken.evaluate("""
                    () => {
                        const image = document.createElement('img');
                        image.src = '/favicon.ico';
                        document.querySelector('main').append(image);
                        const script = document.createElement('script');
                        script.textContent = 'document.title = "inline"';
                        document.body.append(script);
                    }""");

            assertThatThrownBy(() -> AccessibilityAudit.assertNoSeriousViolations(broken))
                    .hasMessageContaining("image-alt [critical]")
                    .hasMessageContaining("Images must have alternative text")
                    .hasMessageContaining("element [img]: <img src=\"/favicon.ico\">");
            assertThat(spoilt.contentSecurityPolicyViolations())
                    .singleElement()
                    .asString()
                    .contains("/when-to-call-911")
                    .contains("script-src");
            assertThat(broken.title()).isNotEqualTo("inline");
        }
    }

    /** Six digits that are not the code of any time step the server would accept now. */
    private static String wrongCode(String secret) {
        long now = StaffWebClient.currentStep();
        Set<String> accepted = LongStream.rangeClosed(now - 2, now + 2)
                .mapToObj(step -> Totp.codeAt(secret, step))
                .collect(Collectors.toSet());
        return Stream.of("000000", "111111", "222222", "333333", "444444", "555555")
                .filter(code -> !accepted.contains(code))
                .findFirst()
                .orElseThrow();
    }

    private void show(String path) {
        Response response = page.navigate(path);
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
    }
}
