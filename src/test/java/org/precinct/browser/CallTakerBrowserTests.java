package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.addresses.AddressImport;
import org.precinct.identity.TestAccounts;
import org.precinct.intake.duplicates.DuplicateFixtures;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A call-taker works the console in a real browser by keyboard alone: takes a phone report, seeing the emergency
 * check as they type, and reads out the number; transfers an emergency to 911; logs an answered inquiry. The
 * console and the count of calls pass the accessibility check in English and Spanish.
 */
class CallTakerBrowserTests extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Boundaries boundaries;

    @Autowired
    AddressImport addressImport;

    private String street;
    private DuplicateFixtures town;

    /** A town of the class's own, with a street of five houses going north from its centre. */
    @BeforeAll
    void town() {
        town = DuplicateFixtures.somewhere(jdbc).withTown(boundaries);
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        street = "Wren" + letters + " Ave";
        StringBuilder rows = new StringBuilder("address,latitude,longitude\n");
        for (int number = 100; number <= 140; number += 10) {
            GeoPoint point = town.at(number - 100, 0);
            rows.append(String.format(
                    Locale.ROOT, "\"%d %s\",%.7f,%.7f%n", number, street, point.latitude(), point.longitude()));
        }
        assertThat(addressImport.importCsv(new StringReader(rows.toString())).accepted())
                .isEqualTo(5);
    }

    private TestAccounts.Created callTaker() {
        TestAccounts.Created account = testAccounts.enrolled(Role.RECORDS);
        tab.signIn(account);
        Response response = page.navigate("/staff/intake/calls");
        assertThat(response.status()).isEqualTo(200);
        return account;
    }

    private static String phone() {
        return "(314) 555-" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "-"
                + ThreadLocalRandom.current().nextInt(1000);
    }

    private void press(String keys, int times) {
        for (int i = 0; i < times; i++) {
            page.keyboard().press(keys);
        }
    }

    @Test
    void aCallTakerTakesAPhoneReportByKeyboardSeesTheCheckAndReadsOutTheNumber() {
        String neighbours = town.store(new DuplicateFixtures.StoredReport(
                "VANDALISM",
                "RECEIVED",
                town.at(30, 0),
                java.time.Instant.now().minus(java.time.Duration.ofHours(3)),
                java.time.Instant.now().minus(java.time.Duration.ofHours(2)),
                "Tags sprayed on the garage doors along the street",
                "130 " + street));
        TestAccounts.Created account = callTaker();
        String callerPhone = phone();
        String marker = UUID.randomUUID().toString().substring(0, 8);

        assertThat(page.locator("#callerPhone")).isFocused();
        page.keyboard().type(callerPhone);
        page.keyboard().press("Tab");
        assertThat(page.locator("#callerName")).isFocused();
        page.keyboard().type("Rosa Delgado");

        page.keyboard().press("Alt+W");
        assertThat(page.locator("#description")).isFocused();
        page.keyboard().type("Someone sprayed graffiti on my garage door and he is still here with a gun");
        Locator triage = page.locator("#triage-panel");
        assertThat(triage.locator("#triage-emergency")).isVisible();
        assertThat(triage).containsText("This reads as an emergency");
        assertThat(triage.locator(".triage-reasons")).containsText("gun");
        // The caller corrects themself: that was last night, and the man is long gone. The check follows the words.
        press("Backspace", " and he is still here with a gun".length());
        page.keyboard().type(" last night. Nobody was hurt and he is long gone. " + marker);
        assertThat(triage).containsText("No signs of an emergency so far.");
        assertThat(triage.locator("#triage-emergency")).hasCount(0);

        page.keyboard().press("Alt+T");
        assertThat(page.locator("#type-search")).isFocused();
        page.keyboard().type("vandal");
        assertThat(page.locator("#type-options input[type=radio]").first()).hasAttribute("value", "VANDALISM");
        page.keyboard().press("Enter");
        assertThat(page.locator("#type-options input[value=VANDALISM]")).isChecked();
        Locator propertyType = page.locator("#answers-propertyType");
        assertThat(propertyType).isVisible();
        page.keyboard().press("Tab");
        assertThat(propertyType).isFocused();
        press("ArrowDown", 2);
        assertThat(propertyType).hasValue("HOME");
        page.keyboard().press("Tab");
        press("ArrowDown", 1);
        assertThat(page.locator("#answers-damageKind")).hasValue("GRAFFITI");
        page.keyboard().press("Tab");
        page.keyboard().type("300");
        page.keyboard().press("Tab");
        press("ArrowDown", 2);
        assertThat(page.locator("#answers-hateSymbols")).hasValue("false");

        page.keyboard().press("Alt+A");
        assertThat(page.locator("#address")).isFocused();
        page.keyboard().type("120 " + street.substring(0, 7));
        assertThat(page.locator("#address-suggestions button.suggestion").first())
                .containsText("120 " + street);
        page.keyboard().press("Enter");
        assertThat(page.locator("#place-status")).containsText("Inside Town ");
        assertThat(page.locator("#address")).hasValue("120 " + street);
        // The neighbour's report of the same night shows as a likely duplicate; this caller files their own.
        assertThat(page.locator("#duplicate-list")).containsText(neighbours);
        assertThat(page.locator("#duplicate-list")).containsText("100 block of " + street);
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.keyboard().press("Alt+G");
        Locator number = page.locator("#result-number");
        assertThat(number).hasText(Pattern.compile("T\\d{2}-\\d{6,9}"));
        assertThat(page.locator("#result-code")).hasText(Pattern.compile("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        assertThat(page.locator("#result-heading")).isFocused();
        AccessibilityAudit.assertNoSeriousViolations(page);

        Map<String, Object> stored =
                jdbc.sql("""
                        select channel, caller_phone, taken_by, incident_type_code, address
                        from intake.service_request where tracking_number = :n
                        """).param("n", number.innerText()).query().singleRow();
        assertThat(stored)
                .containsEntry("channel", "PHONE")
                .containsEntry("caller_phone", callerPhone)
                .containsEntry("taken_by", account.username())
                .containsEntry("incident_type_code", "VANDALISM")
                .containsEntry("address", "120 " + street);
        assertThat(page.url()).endsWith("/staff/intake/calls");

        page.keyboard().press("Alt+N");
        assertThat(page.locator("#callerPhone")).isFocused();
        assertThat(page.locator("#callerPhone")).hasValue("");
    }

    @Test
    void anEmergencyIsTransferredTo911AndNoReportIsStored() {
        callTaker();
        String callerPhone = phone();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        page.keyboard().type(callerPhone);
        page.keyboard().press("Alt+W");
        page.keyboard().type("My ex is in the driveway right now with a knife and says he will hurt me " + marker);
        assertThat(page.locator("#triage-emergency")).isVisible();
        assertThat(page.locator("#triage-emergency")).containsText("knife");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.keyboard().press("Alt+X");
        assertThat(page.locator("#result-heading")).hasText("Transferred to 911");
        assertThat(page.locator(".call-result")).containsText("No report was stored.");
        AccessibilityAudit.assertNoSeriousViolations(page);

        List<Map<String, Object>> calls = jdbc.sql(
                        "select outcome, cast(triage_reasons as text) as reasons from intake.call_record"
                                + " where caller_phone = :phone")
                .param("phone", callerPhone)
                .query()
                .listOfRows();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call).containsEntry("outcome", "TRANSFERRED_911");
            assertThat((String) call.get("reasons")).containsIgnoringCase("knife");
        });
        assertThat(jdbc.sql("select count(*) from intake.service_request where description like :m")
                        .param("m", "%" + marker + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAnsweredInquiryIsLoggedByKeyboard() {
        callTaker();
        String callerPhone = phone();
        page.keyboard().type(callerPhone);
        page.keyboard().press("Alt+Q");
        Locator topic = page.locator("#topic");
        assertThat(topic).isFocused();
        press("ArrowDown", 1);
        assertThat(topic).hasValue("OFFICE_HOURS");
        page.keyboard().press("Tab");
        assertThat(page.locator("#note")).isFocused();
        page.keyboard().type("Records window hours on Saturdays");
        page.keyboard().press("Tab");
        assertThat(page.locator("#log-inquiry")).isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator("#result-heading")).hasText("Inquiry logged");
        assertThat(page.locator(".call-result")).containsText("Office hours and locations");
        assertThat(jdbc.sql("select topic_code from intake.call_record where caller_phone = :phone")
                        .param("phone", callerPhone)
                        .query(String.class)
                        .list())
                .containsExactly("OFFICE_HOURS");
    }

    @Test
    void enterInAFieldNeverFilesAndAnEmptyReportShowsItsMessagesAtTheirFields() {
        callTaker();
        page.keyboard().press("Enter");
        assertThat(page.locator("#error-summary")).hasCount(0);

        page.keyboard().press("Alt+G");
        Locator summary = page.locator("#error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText("Enter the caller’s phone number.");
        assertThat(page.locator("#callerPhone")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#callerPhone-error")).isVisible();
        AccessibilityAudit.assertNoSeriousViolations(page);

        summary.getByText("Enter the caller’s phone number.").click();
        assertThat(page.locator("#callerPhone")).isFocused();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/staff/intake/calls, en",
        "/staff/intake/calls?lang=es, es",
        "/staff/intake/calls/summary, en",
        "/staff/intake/calls/summary?lang=es, es"
    })
    void theConsoleAndTheCountOfCallsAreAccessible(String path, String language) {
        tab.signIn(testAccounts.enrolled(Role.RECORDS));
        Response response = page.navigate(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("h1")).hasCount(1);
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/staff/intake/calls/topics, en", "/staff/intake/calls/topics?lang=es, es"})
    void theTopicsPageIsAccessible(String path, String language) {
        tab.signIn(testAccounts.enrolled(Role.ADMIN));
        Response response = page.navigate(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        AccessibilityAudit.assertNoSeriousViolations(page);
    }
}
