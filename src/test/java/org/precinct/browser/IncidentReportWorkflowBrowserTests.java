package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.precinct.records.report.ReportInputs;
import org.precinct.shared.Role;

/**
 * An officer writes a report on the field page at phone width and submits it; a supervisor returns it with comments;
 * the officer fixes and resubmits it; the supervisor approves it and a records clerk approves it as the department's
 * record. Each one's inbox shows the report at their step, and every page passes the accessibility check, in English
 * and in Spanish.
 */
class IncidentReportWorkflowBrowserTests extends BrowserTestBase {

    @Test
    void aFieldReportGoesThroughAReturnAndBothApprovalsWithTheInboxShowingEachStep() {
        String victim = ReportInputs.surname();
        page.setViewportSize(390, 844);
        tab.signIn(testAccounts.enrolled(Role.OFFICER));

        page.navigate("/staff/records/reports/new");
        assertThat(page.locator("h1")).hasText("New incident report");
        AccessibilityAudit.assertNoSeriousViolations(page);
        page.getByLabel("Occurred from")
                .fill(LocalDateTime.now(java.time.ZoneId.of("America/Chicago"))
                        .minusHours(3)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        page.getByLabel("Address", new Page.GetByLabelOptions().setExact(true)).fill("100 Main St");
        page.locator("#offenses-0-code").selectOption("290");
        page.locator("#offenses-0-locationType").selectOption("20");
        page.locator("#people-0-role").selectOption("VICTIM");
        page.locator("#people-0-lastName").fill(victim);
        page.locator("#people-0-firstName").fill("Mia");
        // A second person without a round trip: the new row comes numbered after the first.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add another person"))
                .click();
        page.locator("#people-1-role").selectOption("WITNESS");
        page.locator("#people-1-lastName").fill("Ortiz");
        // NIBRS reports a vandalism with what was damaged.
        page.locator("#property-0-description").fill("Garage door");
        page.locator("#property-0-category").selectOption("35");
        page.locator("#property-0-value").fill("450.00");
        page.locator("#property-0-status").selectOption("DAMAGED");
        page.getByLabel("What happened").fill("Black spray paint across the garage door, found by the owner at dawn.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                .click();

        Locator notice = page.getByRole(AriaRole.STATUS);
        assertThat(notice).containsText(" was submitted for a supervisor's review.");
        String number = notice.textContent()
                .replaceAll(".*Report (\\d{2}-\\d{6,9}) .*", "$1")
                .strip();
        assertThat(page.locator("#report-status")).hasText("Submitted");
        AccessibilityAudit.assertNoSeriousViolations(page);
        page.navigate("/staff/records/inbox");
        assertThat(page.locator("#in-review")).containsText(number);
        AccessibilityAudit.assertNoSeriousViolations(page);

        try (BrowserTab supervisorTab = chromium.open(port);
                BrowserTab clerkTab = chromium.open(port)) {
            Page supervisor = supervisorTab.page();
            supervisorTab.signIn(testAccounts.enrolled(Role.SUPERVISOR));
            open(supervisor, "#supervisor-review", number);
            AccessibilityAudit.assertNoSeriousViolations(supervisor);
            supervisor.getByLabel("Comments for the author").fill("Say which door: the front or the side one?");
            supervisor
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to the author"))
                    .click();
            assertThat(supervisor.getByRole(AriaRole.STATUS)).containsText("was returned to its author");

            page.navigate("/staff/records/inbox");
            assertThat(page.locator("#returned")).containsText(number);
            assertThat(page.locator("#returned")).containsText("Say which door");
            page.locator("#returned")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(number))
                    .click();
            assertThat(page.locator("#return-comments")).containsText("Say which door: the front or the side one?");
            page.getByLabel("What happened")
                    .fill("Black spray paint across the side garage door, found by the owner at dawn.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                    .click();
            assertThat(page.locator("#report-status")).hasText("Submitted");

            open(supervisor, "#supervisor-review", number);
            supervisor
                    .getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve for the Bureau of Records"))
                    .click();
            assertThat(supervisor.locator("#report-status")).hasText("In records review");

            Page clerk = clerkTab.page();
            clerkTab.signIn(testAccounts.enrolled(Role.RECORDS));
            open(clerk, "#records-review", number);
            AccessibilityAudit.assertNoSeriousViolations(clerk);
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve as the department's record"))
                    .click();
            assertThat(clerk.locator("#report-status")).hasText("Approved");
            assertThat(clerk.locator("#history")).containsText("Returned to the author");
            AccessibilityAudit.assertNoSeriousViolations(clerk);
        }

        page.navigate("/staff/records/inbox");
        assertThat(page.locator("main")).not().containsText(number);
        page.navigate("/staff/records/reports/" + number);
        assertThat(page.locator("#report-status")).hasText("Approved");
        assertThat(page.locator("#report-details")).containsText("side garage door");
        assertThat(page.locator("#report-details")).containsText("Ortiz (Witness)");
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    @Test
    void theFieldPageWithErrorsAndTheInboxPassTheAccessibilityCheckInSpanish() {
        tab.signIn(testAccounts.enrolled(Role.OFFICER));
        page.navigate("/staff/records/reports/new?lang=es");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Nuevo informe de incidente");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.locator("#people-0-lastName").fill(ReportInputs.surname());
        page.locator("#people-0-dateOfBirth").fill("2099-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar el borrador"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("Fecha de nacimiento 1");
        assertThat(page.locator("#people-0-dateOfBirth")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#people-0-dateOfBirth-error")).containsText("Nadie implicado puede haber nacido");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.locator("#people-0-dateOfBirth").fill("1990-05-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar el borrador"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Se guardó el borrador");
        assertThat(page.locator("#report-sidebar")).containsText("Añada al menos un delito.");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.navigate("/staff/records/inbox?lang=es");
        assertThat(page.locator("h1")).hasText("Mis informes");
        assertThat(page.locator("#drafts")).containsText(Pattern.compile("\\d{2}-\\d{6,9}"));
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    /** Opens the report from the list of the inbox that holds it. */
    private static void open(Page page, String list, String number) {
        page.navigate("/staff/records/inbox");
        page.locator(list)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(number))
                .click();
        assertThat(page.locator("h1")).containsText("Incident report " + number);
    }
}
