package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precinct.shared.Role;

/**
 * An administrator issues an Open311 key and revokes it in a real browser, in English and in Spanish: the refused
 * form, the key shown once and the list after the revocation each pass the accessibility check, and the key field
 * takes the focus when the key appears.
 */
class Open311AdminBrowserTests extends BrowserTestBase {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            quoteCharacter = '"',
            value = {
                "en, Give the client's name., Revoke the key of, The key was revoked.",
                "es, Indique el nombre del cliente., Revocar la clave de, La clave fue revocada."
            })
    void issueAndRevokeAKey(String language, String nameMissing, String revokeLabel, String revokedNotice) {
        tab.signIn(testAccounts.enrolled(Role.ADMIN));
        Response shown = page.navigate("/staff/admin/open311?lang=" + language);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("h1")).hasCount(1);
        AccessibilityAudit.assertNoSeriousViolations(page);

        Locator issue = page.locator("#open311-panel form").first().locator("button[type=submit]");
        issue.click();
        assertThat(page.locator("#name-error")).hasText(nameMissing);
        assertThat(page.locator("#error-summary a[href='#name']")).hasText(nameMissing);
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        AccessibilityAudit.assertNoSeriousViolations(page);

        String name = "Browser app " + UUID.randomUUID().toString().substring(0, 8);
        page.locator("#name").fill(name);
        page.locator("#open311-panel form")
                .first()
                .locator("button[type=submit]")
                .click();
        Locator key = page.locator("#issued-key");
        assertThat(key).hasValue(Pattern.compile("o311_[A-Za-z0-9_-]{43}"));
        assertThat(key).isFocused();
        assertThat(page.locator("#issued-heading")).containsText(name);
        assertThat(page.locator("#open311-panel tbody")).containsText(name);
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.onceDialog(dialog -> {
            assertThat(dialog.message()).contains(name);
            dialog.accept();
        });
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(revokeLabel + " " + name))
                .click();
        assertThat(page.locator("#open311-panel [role=status]")).containsText(revokedNotice);
        assertThat(page.locator("#issued-key")).hasCount(0);
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(revokeLabel + " " + name)))
                .hasCount(0);
        AccessibilityAudit.assertNoSeriousViolations(page);
    }
}
