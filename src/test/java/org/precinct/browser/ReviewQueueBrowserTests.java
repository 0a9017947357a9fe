package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.precinct.intake.review.ReviewFixtures;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A records clerk works the review queue in a real browser: filters it (the results redraw in place), opens a
 * report, asks its reporter a question, and approves another report; the queue and a report's page pass the
 * accessibility check in English and Spanish, with and without errors.
 */
class ReviewQueueBrowserTests extends BrowserTestBase {

    @Autowired
    ReviewFixtures fixtures;

    @Test
    void aClerkFiltersOpensAReportAsksAQuestionAndApprovesAnother() {
        var town = fixtures.town();
        var graffiti = fixtures.vandalism(
                town, ReviewFixtures.Reporter.english("Mia Lopez"), "Graffiti across my garage door, found at dawn");
        var dent = fixtures.hitAndRun(
                town, ReviewFixtures.Reporter.english("Noah Price"), "A van dented my parked car and drove away");
        tab.signIn(testAccounts.enrolled(Role.RECORDS));

        navigation().click();
        assertThat(page.locator("h1")).hasText("Review queue");
        AccessibilityAudit.assertNoSeriousViolations(page);

        // Each filter redraws the results in place, and the address follows, so the view can be shared or reloaded.
        Locator results = page.locator("#queue-results");
        page.getByLabel("Beat").selectOption(town.beat());
        assertThat(results).containsText("Reports 1 to 2 of 2");
        assertThat(page).hasURL(Pattern.compile(".*beat=" + town.beat() + ".*"));
        assertThat(results.locator("tbody tr").first()).containsText(dent.value());
        page.getByLabel("Type").selectOption("VANDALISM");
        assertThat(results).containsText("Reports 1 to 1 of 1");
        assertThat(results).not().containsText(dent.value());
        assertThat(page.getByLabel("Type")).hasValue("VANDALISM");

        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(graffiti.value()))
                .click();
        assertThat(page.locator("h1")).containsText("Report " + graffiti.value());
        assertThat(page.locator("main")).containsText("Graffiti across my garage door, found at dawn");
        assertThat(page.locator("main")).containsText("mia.lopez.");
        AccessibilityAudit.assertNoSeriousViolations(page);

        // Sent empty, the question comes back with the message next to the field and in the summary.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the question"))
                .click();
        assertThat(page.locator("#question-question-error")).hasText("Fill in this field.");
        assertThat(page.locator("#question-question")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#error-summary")).containsText("Question for the reporter: Fill in this field.");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.getByLabel("Question for the reporter").fill("Was the garage door open or closed when you found it?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the question"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("The question was sent to the reporter of " + graffiti.value() + ".");
        assertThat(page.locator("h1")).containsText("More information needed");
        assertThat(page.locator("main")).containsText("Was the garage door open or closed when you found it?");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Review queue").setExact(true))
                .first()
                .click();
        page.getByLabel("Beat").selectOption(town.beat());
        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(dent.value()))
                .click();
        assertThat(page.locator("h1")).containsText("Report " + dent.value());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and give a report number"))
                .click();
        Locator notice = page.getByRole(AriaRole.STATUS);
        assertThat(notice).containsText("Report " + dent.value() + " was approved with the report number ");
        String reportNumber = notice.textContent().replaceAll(".*report number (\\d{2}-\\d{6,9}).*", "$1");
        assertThat(reportNumber).matches("\\d{2}-\\d{6,9}");
        assertThat(page.locator("main")).containsText(reportNumber);
        assertThat(page.locator("h1")).containsText("Approved");
    }

    @Test
    void theQueueAndAReportPassTheAccessibilityCheckInSpanish() {
        var town = fixtures.town();
        var filed = fixtures.vandalism(
                town, ReviewFixtures.Reporter.spanish("Lucía Herrera"), "Rayaron la pintura de mi coche en la calle");
        fixtures.supplement(filed.number(), "REPORTER", "Encontré otra marca en la puerta.");
        tab.signIn(testAccounts.enrolled(Role.SUPERVISOR));

        page.navigate("/staff/intake/queue?lang=es&beat=" + town.beat());
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Cola de revisión");
        assertThat(page.locator("#queue-results")).containsText("1 adición sin leer");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.locator("#queue-results")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(filed.value()))
                .click();
        assertThat(page.locator("h1")).containsText("Informe " + filed.value());
        assertThat(page.locator("#supplements")).containsText("Sin leer");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambiar la prioridad"))
                .click();
        assertThat(page.locator("#priority-reason-error")).hasText("Complete este campo.");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.navigate("/staff/intake/rejection-reasons");
        assertThat(page.locator("h1")).hasText("Motivos de rechazo");
        AccessibilityAudit.assertNoSeriousViolations(page);
        page.navigate("/staff/intake/rejection-reasons?lang=en");
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    /** The queue's entry in the staff navigation. */
    private Locator navigation() {
        return page.locator("#main-nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review queue"));
    }
}
