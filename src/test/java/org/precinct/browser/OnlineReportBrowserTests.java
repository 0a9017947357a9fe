package org.precinct.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.precinct.intake.online.OnlineReportFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident reports online in a real browser, in English and in Spanish: from the safety questions through every
 * step (the address chosen from suggestions, the pin moved on the map, a wrong file refused, a photo added) to the
 * tracking number and code, then follows the report on the status page, adds information and answers the
 * reviewer's question. Every page passes the accessibility audit and fits the screen, a phone's too; the safety
 * questions' yes leads to 911 and keeps nothing.
 */
class OnlineReportBrowserTests extends BrowserTestBase {

    @Autowired
    OnlineReportFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    /** The words of the two languages that the test reads or looks for. */
    private record Words(
            String language,
            String reportTile,
            String safetyHeading,
            String typeHeading,
            String placeHeading,
            String chosen,
            String reviewHeading,
            String confirmationHeading,
            String statusReceived,
            String added,
            String answered,
            String wrongFile,
            String callNow) {}

    private static final Words ENGLISH = new Words(
            "en",
            "Report online",
            "Before you start: is this an emergency?",
            "What happened?",
            "Where did it happen?",
            "Chosen place:",
            "Check your report",
            "Thank you: your report was received",
            "Received",
            "your information was added",
            "your answer was sent",
            "is not a JPEG, PNG, WebP or PDF file",
            "Call 911 now");

    private static final Words SPANISH = new Words(
            "es",
            "Hacer un informe en línea",
            "Antes de empezar: ¿es una emergencia?",
            "¿Qué pasó?",
            "¿Dónde pasó?",
            "Lugar elegido:",
            "Revise su informe",
            "Gracias: recibimos su informe",
            "Recibido",
            "su información se añadió",
            "su respuesta se envió",
            "no es JPEG, PNG, WebP ni PDF",
            "Llame al 911 ahora");

    @Test
    void aResidentReportsOnlineAndFollowsTheReportInEnglish() {
        reportAndFollow(ENGLISH);
    }

    /** On a phone's screen: every page fits its width, the map included. */
    @Test
    void aResidentReportsOnlineAndFollowsTheReportInSpanishOnAPhone() {
        page.setViewportSize(390, 844);
        reportAndFollow(SPANISH);
    }

    @Test
    void aYesToASafetyQuestionLeadsTo911AndKeepsNothingInEnglish() {
        yesLeadsTo911(ENGLISH);
    }

    @Test
    void aYesToASafetyQuestionLeadsTo911AndKeepsNothingInSpanish() {
        yesLeadsTo911(SPANISH);
    }

    private void yesLeadsTo911(Words words) {
        long before = reports();
        page.navigate("/report?lang=" + words.language());
        assertThat(page.locator("h1")).hasText(words.safetyHeading());
        audit();
        page.locator("#hurt-1").check();
        page.locator("#now").check();
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/report/call-911$"));
        assertThat(page.locator("h1")).hasText(words.callNow());
        assertThat(page.locator("a[href='tel:911']").first()).isVisible();
        audit();
        page.navigate("/report/type");
        assertThat(page).hasURL(Pattern.compile(".*/report\\?expired$"));
        assertThat(reports()).isEqualTo(before);
    }

    private void reportAndFollow(Words words) {
        OnlineReportFixtures.Town town = fixtures.town();
        String marker = OnlineReportFixtures.marker();

        page.navigate("/?lang=" + words.language());
        page.getByText(words.reportTile(), new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText(words.safetyHeading());
        audit();
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).isFocused();
        audit();
        page.locator("#hurt-1").check();
        page.locator("#now-1").check();
        page.locator("#suspect-1").check();
        page.locator("main form button[type=submit]").click();

        at("/report/type", words.typeHeading());
        audit();
        proceed();
        assertThat(page.locator("#incidentType-error")).isVisible();
        audit();
        page.locator("input[name=incidentType][value=VANDALISM]").check();
        proceed();

        at("/report/questions", null);
        audit();
        page.locator("input[name='answer.propertyType'][value=HOME]").check();
        page.locator("input[name='answer.damageKind'][value=GRAFFITI]").check();
        page.locator("#answer-estimatedDamage").fill("150");
        page.locator("input[name='answer.hateSymbols'][value=false]").check();
        proceed();

        at("/report/place", words.placeHeading());
        audit();
        page.locator("#address").fill(town.street().replace(" Ln", ""));
        Locator suggestion = page.locator(
                "#address-suggestions button",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText(town.address(3)));
        assertThat(suggestion).isVisible();
        audit();
        suggestion.click();
        assertThat(page.locator(".chosen-place")).containsText(town.address(3));
        assertThat(page.locator(".chosen-place")).containsText(words.chosen());
        audit();
        Locator map = page.locator("#map");
        var image = page.request().get(map.getAttribute("src"));
        assertThat(image.status()).as("the map image").isEqualTo(200);
        assertThat(image.text()).contains("<svg", "<polyline", "<circle");
        var box = map.boundingBox();
        map.click(new Locator.ClickOptions().setPosition(box.width / 2 + 25, box.height / 2 - 20));
        assertThat(page.locator(".chosen-place")).containsText(town.name());
        assertThat(page.locator(".chosen-place"))
                .not()
                .containsText("(" + String.format(java.util.Locale.ROOT, "%.5f", 0.0));
        audit();
        proceed();

        at("/report/when", null);
        audit();
        page.locator("#occurredFrom")
                .fill(LocalDateTime.now(ZoneId.of("America/Chicago"))
                        .plusDays(3)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        proceed();
        assertThat(page.locator("#occurredFrom-error")).isVisible();
        audit();
        page.locator("#occurredFrom")
                .fill(LocalDateTime.now(ZoneId.of("America/Chicago"))
                        .minusDays(1)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        proceed();

        at("/report/description", null);
        audit();
        page.locator("#description").fill("Someone painted words on our garage door overnight <b>" + marker + "</b>");
        proceed();

        at("/report/people", null);
        audit();
        page.locator("button[name=action][value=add]").click();
        page.locator("#people-0-role").selectOption("WITNESS");
        page.locator("#people-0-name").fill("Sam Ortiz");
        audit();
        proceed();

        at("/report/vehicles", null);
        page.locator("button[name=action][value=add]").click();
        page.locator("#vehicles-0-make").fill("Honda");
        page.locator("#vehicles-0-colour").fill("Blue");
        page.locator("#vehicles-0-plate").fill("ABC123");
        audit();
        proceed();

        at("/report/property", null);
        page.locator("button[name=action][value=add]").click();
        page.locator("#property-0-description").fill("Garage door");
        page.locator("#property-0-value").fill("300");
        audit();
        proceed();

        at("/report/photos", null);
        audit();
        page.locator("#photos")
                .setInputFiles(new FilePayload("door.jpg", "image/jpeg", "GIF89a not a photo".getBytes()));
        page.locator("button[name=action][value=upload]").click();
        assertThat(page.locator("#photos-error")).containsText(words.wrongFile());
        audit();
        page.locator("#photos").setInputFiles(new FilePayload("door.png", "image/png", OnlineReportFixtures.png()));
        page.locator("button[name=action][value=upload]").click();
        assertThat(page.locator(".file-list")).containsText("door.png");
        audit();
        proceed();

        at("/report/contact", null);
        audit();
        page.locator("#name").fill("Dana Reyes");
        page.locator("#email").fill(marker + "@example.org");
        proceed();

        at("/report/review", words.reviewHeading());
        assertThat(page.locator("main")).containsText("<b>" + marker + "</b>");
        assertThat(page.locator("main")).containsText("Sam Ortiz");
        assertThat(page.locator("main")).containsText("door.png");
        audit();
        page.locator("main form button[type=submit]").last().click();

        assertThat(page).hasURL(Pattern.compile(".*/report/confirmation$"));
        assertThat(page.locator("h1")).hasText(words.confirmationHeading());
        audit();
        String number = page.locator("#tracking-number").textContent().strip();
        String code = page.locator("#tracking-code").textContent().strip();
        assertThat(number).matches("W\\d{2}-\\d{6,}");
        assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");

        page.navigate("/report/status");
        audit();
        page.locator("#trackingNumber").fill(number);
        page.locator("#trackingCode").fill("WRONG-CODE1");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#trackingNumber-error")).isVisible();
        audit();
        page.locator("#trackingCode").fill(code);
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/report/status/" + number + "$"));
        assertThat(page.locator("#report-status")).hasText(words.statusReceived());
        audit();

        page.locator("#informationText").fill("The paint was bright red " + marker);
        page.locator("#informationFiles")
                .setInputFiles(new FilePayload("more.png", "image/png", OnlineReportFixtures.png()));
        page.locator("form[action$='/information'] button[type=submit]").click();
        assertThat(page.locator("main .alert-success")).containsText(words.added());
        audit();

        fixtures.ask(number, "reviewer-" + marker, "Did anyone see who did it?");
        page.reload();
        assertThat(page.locator("#reviewer-question")).hasText("Did anyone see who did it?");
        audit();
        page.locator("#answerText").fill("My neighbour saw two teenagers around midnight");
        page.locator("form[action$='/answer'] button[type=submit]").click();
        assertThat(page.locator("main .alert-success")).containsText(words.answered());
        assertThat(page.locator("#reviewer-question")).hasCount(0);
        audit();

        assertThat(jdbc.sql("""
                                select string_agg(s.source, ',' order by s.id) from intake.request_supplement s
                                join intake.service_request r on r.id = s.request_id where r.tracking_number = :n
                                """).param("n", number).query(String.class).single())
                .isEqualTo("REPORTER,ANSWER");
        assertThat(jdbc.sql("""
                                select count(*) from intake.request_attachment a
                                join intake.service_request r on r.id = a.request_id where r.tracking_number = :n
                                """).param("n", number).query(Long.class).single()).isEqualTo(2);
    }

    /** Presses the step's continue button. */
    private void proceed() {
        page.locator(".step-actions button[type=submit]").click();
    }

    /** Waits for the step's page, and its heading when given. */
    private void at(String path, String heading) {
        assertThat(page).hasURL(Pattern.compile(".*" + path + "(\\?.*)?$"));
        if (heading != null) {
            assertThat(page.locator("h1")).hasText(heading);
        }
    }

    private void audit() {
        page.waitForLoadState();
        AccessibilityAudit.assertNoSeriousViolations(page);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("how far %s is wider than the screen", page.url())
                .isLessThanOrEqualTo(0);
    }

    private long reports() {
        return jdbc.sql("select count(*) from intake.service_request")
                .query(Long.class)
                .single();
    }
}
