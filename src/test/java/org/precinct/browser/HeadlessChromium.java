package org.precinct.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The Chromium of the operating system, driven headless by Playwright. Playwright never downloads a browser of
 * its own here, and Chromium is kept off the network except for the application under test: its background
 * connections would be refused by the build machines' closed networks anyway.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final String EXECUTABLE = "/usr/bin/chromium";

    private static final List<String> ARGUMENTS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    HeadlessChromium() {
        // Two cores shared with the application and its database: give pages more time than the default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(EXECUTABLE))
                            .setHeadless(true)
                            .setArgs(ARGUMENTS));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A tab in a fresh browser profile (no cookies, no session), in English, on the application at the port. */
    BrowserTab open(int port) {
        return open(port, "en-US");
    }

    BrowserTab open(int port, String locale) {
        return new BrowserTab(browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port)
                .setLocale(locale)
                .setViewportSize(1280, 900)));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
