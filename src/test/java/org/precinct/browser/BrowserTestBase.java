package org.precinct.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.precinct.PrecinctTest;
import org.precinct.identity.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium per test class, a fresh browser profile per test, and after each test the check that no page
 * shown needed what the content security policy forbids.
 */
@PrecinctTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    HeadlessChromium chromium;
    BrowserTab tab;
    Page page;

    @BeforeAll
    void startChromium() {
        chromium = new HeadlessChromium();
    }

    @AfterAll
    void stopChromium() {
        chromium.close();
    }

    @BeforeEach
    void openTab() {
        tab = chromium.open(port);
        page = tab.page();
    }

    @AfterEach
    void noPageBrokeTheContentSecurityPolicy() {
        try {
            assertThat(tab.contentSecurityPolicyViolations())
                    .as("Content-Security-Policy violations on the pages shown: %s", tab.pagesShown())
                    .isEmpty();
        } finally {
            tab.close();
        }
    }
}
