package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.precinct.records.RecordsIndexFixtures;
import org.precinct.records.index.CautionKind;
import org.precinct.records.index.PersonRecordChanges;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer runs a record check at phone width by keyboard alone: the caution comes first, Enter opens the
 * record; the screen passes the accessibility check in English and Spanish, with errors, and in large text.
 */
class RecordCheckBrowserTests extends BrowserTestBase {

    @Autowired
    RecordsIndexFixtures fixtures;

    @Autowired
    PersonRecordChanges changes;

    @Test
    void anOfficerChecksAMisspelledNameByKeyboardAndTheCautionComesFirst() {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        String surname = RecordsIndexFixtures.uniqueSurname();
        fixtures.person(surname, "Jonathan", dob);
        long armed = fixtures.person(surname, "John", dob);
        changes.addCaution(
                armed, CautionKind.ARMED_DANGEROUS, "Known to carry a handgun", RecordsIndexFixtures.clerk());
        page.setViewportSize(390, 844);
        tab.signIn(testAccounts.enrolled(Role.OFFICER));

        page.navigate("/staff/records/check");
        assertThat(page.locator("h1")).hasText("Record check");
        assertThat(page.locator("#q")).isFocused();
        AccessibilityAudit.assertNoSeriousViolations(page);

        String misspelled = surname.substring(0, surname.length() - 1) + ", Jon";
        page.keyboard().type(misspelled);
        page.keyboard().press("Tab");
        page.keyboard().type("Traffic stop");
        page.keyboard().press("Enter");

        Locator cautions = page.locator("#cautions");
        assertThat(cautions).containsText("Armed and dangerous");
        assertThat(cautions).containsText(surname + ", John");
        assertThat(page.locator("#check-results")).containsText("Persons (2)");
        assertThat(page).hasURL(Pattern.compile(".*reason=Traffic.*"));
        double cautionTop = cautions.boundingBox().y;
        double personsTop = page.locator(
                        "#check-results h2", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Persons"))
                .boundingBox()
                .y;
        assertThat(cautionTop).isLessThan(personsTop);
        // The answer takes the focus: the cautioned person's link, so Enter opens that record.
        assertThat(cautions.locator("a")).isFocused();
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText(surname + ", John");
        assertThat(page.locator("#cautions")).containsText("Known to carry a handgun");
        AccessibilityAudit.assertNoSeriousViolations(page);
    }

    @Test
    void theCheckPassesTheAccessibilityCheckInSpanishWithErrorsAndInLargeText() {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        String surname = RecordsIndexFixtures.uniqueSurname();
        long person = fixtures.person(surname, "Lucía", dob);
        changes.addCaution(person, CautionKind.MENTAL_HEALTH, "Crisis plan on file", RecordsIndexFixtures.clerk());
        tab.signIn(testAccounts.enrolled(Role.SUPERVISOR));

        page.navigate("/staff/records/check?lang=es");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Consulta de antecedentes");
        page.locator("#q").fill(surname + ", Lucia");
        page.locator("#check-form button[type=submit]").click();
        assertThat(page.locator("#reason-error")).hasText("Indique el motivo de la consulta, con 3 a 200 caracteres.");
        assertThat(page.locator("#reason")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#error-summary")).isFocused();
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.locator("#reason").fill("Llamada de servicio");
        page.locator("#check-form button[type=submit]").click();
        assertThat(page.locator("#cautions")).containsText("Salud mental");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.getByText("Letra grande").click();
        assertThat(page.locator("main")).hasClass(Pattern.compile(".*large-text.*"));
        assertThat(page.locator("#cautions")).containsText("Salud mental");
        AccessibilityAudit.assertNoSeriousViolations(page);

        page.navigate("/staff/records/check/descriptors?lang=es");
        assertThat(page.locator("h1")).hasText("Búsqueda de fotos de fichaje");
        AccessibilityAudit.assertNoSeriousViolations(page);
        page.navigate("/staff/records/check/descriptors?lang=en");
        AccessibilityAudit.assertNoSeriousViolations(page);
    }
}
