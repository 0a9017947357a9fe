package org.precinct.intake.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.geography.GeoPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The resident's online report step by step over HTTP: each step refuses what is wrong with a message next to the
 * field, the emergency check stops the report keeping nothing, and a finished report is filed whole with its
 * photos.
 */
@PrecinctTest
class OnlineReportWebTests {

    private static final ZoneId DEPARTMENT = ZoneId.of("America/Chicago");

    @Autowired
    MockMvc mvc;

    @Autowired
    OnlineReportFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private Visitor visitor;
    private OnlineReportFixtures.Town town;
    private String marker;

    @BeforeEach
    void freshVisitor() {
        visitor = new Visitor(mvc);
        town = fixtures.town();
        marker = OnlineReportFixtures.marker();
    }

    private ResultActions post(String path, String... fields) throws Exception {
        return visitor.post(path, fields);
    }

    private ResultActions show(String path) throws Exception {
        return visitor.get(path);
    }

    /** The message as the page shows it next to its field. */
    private static String nextTo(String fieldId, String message) {
        return "id=\"" + fieldId + "-error\" class=\"invalid-feedback d-block\">" + message;
    }

    private static String daysAgo(int days) {
        return LocalDateTime.now(DEPARTMENT)
                .minusDays(days)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    /** Safety questions answered no, vandalism chosen and its questions answered: the place step is next. */
    private void upToThePlace() throws Exception {
        post("/report", "hurt", "no", "now", "no", "suspect", "no").andExpect(redirectedUrl("/report/type"));
        post("/report/type", "incidentType", "VANDALISM").andExpect(redirectedUrl("/report/questions"));
        post(
                        "/report/questions",
                        "answer.propertyType",
                        "HOME",
                        "answer.damageKind",
                        "GRAFFITI",
                        "answer.estimatedDamage",
                        "150",
                        "answer.hateSymbols",
                        "false")
                .andExpect(redirectedUrl("/report/place"));
    }

    private void upToTheDescription() throws Exception {
        upToThePlace();
        post("/report/place", "action", "address", "address", town.address(3))
                .andExpect(redirectedUrl("/report/place"));
        post("/report/place", "action", "continue").andExpect(redirectedUrl("/report/when"));
        post("/report/when", "occurredFrom", daysAgo(2), "occurredTo", daysAgo(1))
                .andExpect(redirectedUrl("/report/description"));
    }

    private void upToThePhotos(String description) throws Exception {
        upToTheDescription();
        post("/report/description", "description", description).andExpect(redirectedUrl("/report/people"));
        post("/report/people", "action", "continue").andExpect(redirectedUrl("/report/vehicles"));
        post("/report/vehicles", "action", "continue").andExpect(redirectedUrl("/report/property"));
        post("/report/property", "action", "continue").andExpect(redirectedUrl("/report/photos"));
    }

    private long reportsWith(String text) {
        return jdbc.sql("select count(*) from intake.service_request where description like :text")
                .param("text", "%" + text + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void aYesToAnySafetyQuestionSendsTheResidentTo911AndKeepsNothing() throws Exception {
        post("/report", "hurt", "no", "now", "yes").andExpect(redirectedUrl("/report/call-911"));
        show("/report/call-911")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"tel:911\""), containsString("Call 911 now"))));
        show("/report/type").andExpect(redirectedUrl("/report?expired"));
    }

    @Test
    void everySafetyQuestionNeedsAnAnswer() throws Exception {
        post("/report", "hurt", "no")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"error-summary\""),
                                containsString("href=\"#now\""),
                                containsString(nextTo("suspect", "Answer yes or no.")),
                                containsString("aria-invalid=\"true\""))));
        show("/report/type").andExpect(redirectedUrl("/report?expired"));
    }

    @Test
    void aStepCannotBeReachedBeforeTheOnesItNeeds() throws Exception {
        show("/report/review").andExpect(redirectedUrl("/report?expired"));
        post("/report", "hurt", "no", "now", "no", "suspect", "no");
        show("/report/review").andExpect(redirectedUrl("/report/type"));
        show("/report/when").andExpect(redirectedUrl("/report/type"));
    }

    @Test
    void aTypeTakenByPhoneIsExplainedAndNotAccepted() throws Exception {
        post("/report", "hurt", "no", "now", "no", "suspect", "no");
        show("/report/type")
                .andExpect(content()
                        .string(allOf(
                                containsString("Vandalism or property damage"),
                                containsString("Call us for these"),
                                containsString("Noise complaint"))));
        post("/report/type", "incidentType", "NOISE")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString(nextTo("incidentType", "Noise complaint is taken by phone")))));
        post("/report/type")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose what happened.")));
    }

    @Test
    void aMissingRequiredAnswerAndAWrongAmountAreNamedNextToTheirQuestions() throws Exception {
        post("/report", "hurt", "no", "now", "no", "suspect", "no");
        post("/report/type", "incidentType", "VANDALISM");
        post("/report/questions", "answer.propertyType", "HOME", "answer.estimatedDamage", "lots")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(nextTo("answer-damageKind", "Answer this question.")),
                                containsString(nextTo("answer-estimatedDamage", "Enter an amount in dollars")),
                                containsString("value=\"lots\""))));
        show("/report/place").andExpect(redirectedUrl("/report/questions"));
    }

    @Test
    void aFutureOrImpossibleDateIsRefusedNextToItsField() throws Exception {
        upToThePlace();
        post("/report/place", "action", "address", "address", town.address(1));
        post("/report/place", "action", "continue").andExpect(redirectedUrl("/report/when"));

        String nextYear = LocalDateTime.now(DEPARTMENT)
                .plusYears(1)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        post("/report/when", "occurredFrom", nextYear)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(nextTo("occurredFrom", "This is in the future.")),
                                containsString("aria-describedby=\"occurredFrom-hint occurredFrom-error\""))));
        post("/report/when", "occurredFrom", "2026-02-30T10:00")
                .andExpect(content().string(containsString(nextTo("occurredFrom", "Enter a real date and time."))));
        post("/report/when", "occurredFrom", "1850-06-01T10:00")
                .andExpect(content().string(containsString("too long ago")));
        post("/report/when", "occurredFrom", daysAgo(1), "occurredTo", daysAgo(3))
                .andExpect(content().string(containsString(nextTo("occurredTo", "The end is before the start."))));
        post("/report/when", "occurredFrom", daysAgo(3), "occurredTo", daysAgo(1))
                .andExpect(redirectedUrl("/report/description"));
    }

    @Test
    void aPlaceOutsideTheJurisdictionSaysWhoToContactAndIsNotTaken() throws Exception {
        upToThePlace();
        String outside = fixtures.addressOutside(town);
        post("/report/place", "action", "address", "address", outside)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(nextTo("address", "This place is outside the area the")),
                                containsString("call 911"))));
        post("/report/place", "action", "continue")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("or drop a pin on the map")));

        // A pin on the map far from the town, on a view the form sends back.
        GeoPoint sea = town.at(1_000, 30_000);
        post(
                        "/report/place",
                        "viewLat",
                        Double.toString(sea.latitude()),
                        "viewLon",
                        Double.toString(sea.longitude()),
                        "zoom",
                        "15",
                        "pin.x",
                        "320",
                        "pin.y",
                        "200")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(nextTo("map", "This place is outside the area"))));
    }

    @Test
    void aPinInsideTheTownPlacesTheReportThere() throws Exception {
        upToThePlace();
        GeoPoint centre = town.centre();
        post(
                        "/report/place",
                        "viewLat",
                        Double.toString(centre.latitude()),
                        "viewLon",
                        Double.toString(centre.longitude()),
                        "zoom",
                        "16",
                        "pin.x",
                        "330",
                        "pin.y",
                        "190")
                .andExpect(redirectedUrl("/report/place"));
        show("/report/place")
                .andExpect(content()
                        .string(allOf(
                                containsString("Chosen place:"),
                                containsString("in " + town.name()),
                                containsString("pinLat="))));
        post("/report/place", "action", "continue").andExpect(redirectedUrl("/report/when"));
    }

    @Test
    void anUnknownAddressOffersTheNearestOnes() throws Exception {
        upToThePlace();
        post(
                        "/report/place",
                        "action",
                        "address",
                        "address",
                        "150 " + town.street().replace("Ln", "Lane") + "x")
                .andExpect(status().isOk());
        post("/report/place", "action", "address", "address", "99999 Nowhere At All Blvd")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We could not find this address.")));
    }

    @Test
    void theMapIsDrawnFromTheTownsOwnGeography() throws Exception {
        GeoPoint centre = town.centre();
        mvc.perform(get("/report/map.svg")
                        .param("lat", Double.toString(centre.latitude()))
                        .param("lon", Double.toString(centre.longitude()))
                        .param("zoom", "16")
                        .param("pinLat", Double.toString(centre.latitude()))
                        .param("pinLon", Double.toString(centre.longitude())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<svg xmlns=\"http://www.w3.org/2000/svg\""),
                                containsString("<polyline"),
                                containsString(PlaceMap.streetName(town.street().toUpperCase())),
                                not(containsString("<script")))));
        mvc.perform(get("/report/map.svg").param("lat", "95").param("lon", "0").param("zoom", "12"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void scriptsInTheDescriptionAreShownAsText() throws Exception {
        upToThePhotos("<script>alert('" + marker + "')</script> scratched my car door last night");
        post("/report/photos", "action", "continue").andExpect(redirectedUrl("/report/contact"));
        post("/report/contact", "name", "Dana <b>Reyes</b>", "email", "dana@example.org")
                .andExpect(redirectedUrl("/report/review"));
        show("/report/review")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("&lt;script&gt;alert(&#39;" + marker + "&#39;)&lt;/script&gt;"),
                                not(containsString("<script>alert")),
                                containsString("Dana &lt;b&gt;Reyes&lt;/b&gt;"))));
    }

    @Test
    void anOverlongDescriptionIsRefusedAndA20MegabyteOneNeverRead() throws Exception {
        upToTheDescription();
        post("/report/description", "description", "x".repeat(10_001))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString(nextTo(
                                "description", "The description may have at most 10,000 characters; it has 10001")))));
        String huge = "description=" + "y".repeat(20 * 1024 * 1024);
        visitor.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/report/description")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(huge.getBytes(StandardCharsets.US_ASCII)))
                .andExpect(status().isPayloadTooLarge());
        show("/report/people").andExpect(redirectedUrl("/report/description"));
    }

    @Test
    void anEmergencyInTheDescriptionStopsTheReportAndKeepsNothing() throws Exception {
        upToTheDescription();
        post(
                        "/report/description",
                        "description",
                        "A man with a gun is breaking into my neighbour's car right now " + marker)
                .andExpect(redirectedUrl("/report/call-911"));
        show("/report/description").andExpect(redirectedUrl("/report?expired"));
        assertThat(reportsWith(marker)).isZero();
    }

    @Test
    void aFileOfAnotherKindIsRefusedNextToTheFieldWhateverItsName() throws Exception {
        upToThePhotos("Someone spray-painted our fence overnight " + marker);
        visitor.perform(multipart("/report/photos")
                        .file(new MockMultipartFile(
                                "photos", "holiday.jpg", "image/jpeg", "#!/bin/sh\necho hi\n".getBytes()))
                        .param("action", "upload")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        nextTo("photos", "The file holiday.jpg is not a JPEG, PNG, WebP or PDF file.")),
                                containsString("No files added yet."))));
        visitor.perform(multipart("/report/photos")
                        .file(new MockMultipartFile("photos", "fence.png", "image/png", OnlineReportFixtures.png()))
                        .param("action", "upload")
                        .with(csrf()))
                .andExpect(redirectedUrl("/report/photos"));
        String photos = show("/report/photos")
                .andExpect(content().string(containsString("fence.png")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String remove = photos.replaceAll("(?s).*name=\"action\" value=\"(remove-[0-9]+)\".*", "$1");
        long staged = Long.parseLong(remove.substring("remove-".length()));
        assertThat(jdbc.sql("select count(*) from intake.online_upload where id = :id")
                        .param("id", staged)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        post("/report/photos", "action", remove).andExpect(redirectedUrl("/report/photos"));
        show("/report/photos").andExpect(content().string(not(containsString("fence.png"))));
        assertThat(jdbc.sql("select count(*) from intake.online_upload where id = :id")
                        .param("id", staged)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTypeThatNeedsTheReporterRefusesAnAnonymousReport() throws Exception {
        upToThePhotos("Our mailbox was knocked over sometime overnight " + marker);
        post("/report/photos", "action", "continue");
        post("/report/contact", "email", "not-an-address")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(nextTo("name", "Give your name")),
                                containsString(nextTo("email", "Enter an e-mail address such as name@example.org.")))));
    }

    @Test
    void aFinishedReportIsFiledWholeWithItsPeopleVehiclesPropertyAndPhotos() throws Exception {
        upToTheDescription();
        post("/report/description", "description", "Our garage door was spray-painted overnight " + marker)
                .andExpect(redirectedUrl("/report/people"));
        post("/report/people", "action", "add").andExpect(redirectedUrl("/report/people#people-0"));
        post(
                        "/report/people",
                        "people[0].role",
                        "WITNESS",
                        "people[0].name",
                        "Sam Ortiz",
                        "people[0].description",
                        "Neighbour across the street",
                        "action",
                        "add")
                .andExpect(redirectedUrl("/report/people#people-1"));
        post(
                        "/report/people",
                        "people[0].role",
                        "WITNESS",
                        "people[0].name",
                        "Sam Ortiz",
                        "people[1].role",
                        "",
                        "people[1].name",
                        "Nobody",
                        "action",
                        "continue")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(nextTo("people-1-role", "Say whether the person is a victim"))));
        post(
                        "/report/people",
                        "people[0].role",
                        "WITNESS",
                        "people[0].name",
                        "Sam Ortiz",
                        "people[1].role",
                        "",
                        "action",
                        "remove-1")
                .andExpect(redirectedUrl("/report/people"));
        post("/report/people", "people[0].role", "WITNESS", "people[0].name", "Sam Ortiz", "action", "continue")
                .andExpect(redirectedUrl("/report/vehicles"));
        post(
                        "/report/vehicles",
                        "vehicles[0].make",
                        "Honda",
                        "vehicles[0].model",
                        "Civic",
                        "vehicles[0].colour",
                        "Blue",
                        "vehicles[0].plate",
                        "ABC123",
                        "vehicles[0].state",
                        "MO",
                        "action",
                        "continue")
                .andExpect(redirectedUrl("/report/property"));
        post(
                        "/report/property",
                        "property[0].description",
                        "Garage door",
                        "property[0].value",
                        "abc",
                        "action",
                        "continue")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(nextTo("property-0-value", "Enter an amount in dollars"))));
        post(
                        "/report/property",
                        "property[0].description",
                        "Garage door",
                        "property[0].value",
                        "1,250.50",
                        "property[0].serial",
                        "GD-77",
                        "action",
                        "continue")
                .andExpect(redirectedUrl("/report/photos"));
        visitor.perform(multipart("/report/photos")
                        .file(new MockMultipartFile("photos", "door.png", "image/png", OnlineReportFixtures.png()))
                        .param("action", "continue")
                        .with(csrf()))
                .andExpect(redirectedUrl("/report/contact"));
        post("/report/contact", "name", "Dana Reyes", "email", marker + "@example.org", "phone", "(636) 555-0100")
                .andExpect(redirectedUrl("/report/review"));
        show("/report/review")
                .andExpect(content()
                        .string(allOf(
                                containsString("Graffiti"),
                                containsString(town.address(3)),
                                containsString("Sam Ortiz"),
                                containsString("Blue Honda Civic, License plate ABC123 (MO)"),
                                containsString("$1,250.50"),
                                containsString("door.png"),
                                containsString("href=\"/report/place?from=review\""))));

        post("/report/review").andExpect(redirectedUrl("/report/confirmation"));
        String confirmation = show("/report/confirmation")
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("We sent a receipt with the number and the code to " + marker)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String number = confirmation.replaceAll("(?s).*id=\"tracking-number\">([^<]+)<.*", "$1");
        assertThat(number).matches("W\\d{2}-\\d{6,}");
        assertThat(reportsWith(marker)).isEqualTo(1);
        long id = jdbc.sql("select id from intake.service_request where tracking_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from intake.request_person where request_id = :id and name = 'Sam Ortiz'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select value_cents from intake.request_property where request_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(125_050L);
        assertThat(jdbc.sql(
                                "select media_type from intake.request_attachment where request_id = :id and supplement_id is null")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("image/png");
        assertThat(jdbc.sql(
                                "select count(*) from intake.online_upload where file_name = 'door.png' and created_at > now() - interval '1 minute'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from notifications.outbound_mail where recipient = :to")
                        .param("to", marker + "@example.org")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // A second click on submit files nothing more.
        post("/report/review").andExpect(redirectedUrl("/report/confirmation"));
        assertThat(reportsWith(marker)).isEqualTo(1);
    }

    @Test
    void theSpanishFormSpeaksSpanish() throws Exception {
        visitor.perform(get("/report").param("lang", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString("lang=\"es\""),
                                containsString("¿Hay alguien herido o en peligro?"),
                                containsString("Llame al 911"))));
    }
}
