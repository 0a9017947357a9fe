package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.precinct.StaffWebClient;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;

/**
 * One tab in its own browser profile. It notes every page it shows and every refusal by the content security
 * policy that the browser reports on its console, because Precinct's policy forbids inline scripts and styles and
 * a page that relies on them silently loses part of its behaviour or look.
 */
final class BrowserTab implements AutoCloseable {

    private final BrowserContext context;
    private final Page page;
    private final List<String> pagesShown = new CopyOnWriteArrayList<>();
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    BrowserTab(BrowserContext context) {
        this.context = context;
        this.page = context.newPage();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                pagesShown.add(frame.url());
            }
        });
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && message.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + " (" + message.location() + "): " + message.text());
            }
        });
    }

    Page page() {
        return page;
    }

    /** Goes through the password step on the sign-in page, as a person would, and waits for the next page. */
    void submitPassword(String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState();
    }

    /** Signs in fully with the password and the current code of the account's authenticator. */
    void signIn(TestAccounts.Created account) {
        submitPassword(account.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/mfa$"));
        page.locator("#code").fill(Totp.codeAt(account.totpSecret(), StaffWebClient.currentStep()));
        page.locator("main form button[type=submit]").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/staff$"));
    }

    /** The pages shown so far, in order. */
    List<String> pagesShown() {
        return new ArrayList<>(pagesShown);
    }

    /** Refusals the browser reported so far, each with the page that caused it. */
    List<String> contentSecurityPolicyViolations() {
        // A round trip to the page makes sure every console message sent before it has been delivered.
        if (!page.isClosed()) {
            page.evaluate("() => true");
        }
        return new ArrayList<>(policyViolations);
    }

    @Override
    public void close() {
        context.close();
    }
}
