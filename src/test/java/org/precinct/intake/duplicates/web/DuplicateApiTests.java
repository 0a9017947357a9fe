package org.precinct.intake.duplicates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.geography.GeoPoint;
import org.precinct.intake.duplicates.DuplicateFixtures;
import org.precinct.intake.duplicates.DuplicateFixtures.StoredReport;
import org.precinct.intake.review.ReviewFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public duplicate check and "this is my incident": open to anyone, rate-limited, answering with nothing
 * personal, refusing bad input as problem+json.
 */
@PrecinctTest
class DuplicateApiTests {

    private static final Instant WHEN = Instant.parse("2026-02-07T18:30:00Z");
    private static final String CANDIDATES = "/api/v1/reports/duplicate-candidates";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewFixtures reviewFixtures;

    @Value("${precinct.rate-limit.public-per-minute}")
    int perMinute;

    private DuplicateFixtures place;
    private String stored;

    @BeforeEach
    void aReportWithAPersonalTouch() {
        place = DuplicateFixtures.somewhere(jdbc);
        stored = place.store(new StoredReport(
                "THEFT_FROM_VEHICLE",
                "RECEIVED",
                place.at(15, 5),
                WHEN,
                WHEN.plus(Duration.ofHours(1)),
                "Quentin here: my Honda's window was smashed and my laptop bag taken, call me on 555-0199",
                "1437 Larkspur Ct Apt 9, Chesterfield, MO 63017"));
    }

    private String incident(String type, GeoPoint point, Instant when, String description) {
        return """
                {"incidentType": "%s", "latitude": %s, "longitude": %s, "occurredAt": "%s", "description": "%s"}
                """.formatted(type, point.latitude(), point.longitude(), when, description);
    }

    private static MockHttpServletRequestBuilder json(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void anyoneSeesCandidatesWithTypeBlockDateAndNumberOnly() throws Exception {
        String answer = mvc.perform(json(
                        CANDIDATES,
                        incident(
                                "THEFT_FROM_VEHICLE",
                                place.centre(),
                                WHEN.plus(Duration.ofHours(2)),
                                "car window smashed, laptop bag stolen")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.candidates[0].trackingNumber").value(stored))
                .andExpect(jsonPath("$.candidates[0].incidentType").value("THEFT_FROM_VEHICLE"))
                .andExpect(jsonPath("$.candidates[0].incidentTypeName").value("Theft from a vehicle"))
                .andExpect(jsonPath("$.candidates[0].place").value("1400 block of Larkspur Ct"))
                .andExpect(jsonPath("$.candidates[0].date").value("2026-02-07"))
                .andExpect(jsonPath("$.candidates[0].score").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(answer)
                .doesNotContain("Quentin", "Marsh", "quentin.marsh", "555-0199", "1437", "Apt", "63017")
                .doesNotContain("Honda", "laptop", "smashed")
                .doesNotContain(String.valueOf(place.at(15, 5).latitude()));
        @SuppressWarnings("unchecked")
        Map<String, Object> candidate =
                tools.jackson.databind.json.JsonMapper.builder().build().readValue(answer, Map.class);
        assertThat(((java.util.List<Map<String, Object>>) candidate.get("candidates")).get(0))
                .containsOnlyKeys("trackingNumber", "incidentType", "incidentTypeName", "place", "date", "score");
    }

    @Test
    void inSpanishThePlaceAndTypeAreSpanish() throws Exception {
        mvc.perform(json(CANDIDATES, incident("THEFT_FROM_VEHICLE", place.centre(), WHEN, "laptop"))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[0].place").value("cuadra 1400 de Larkspur Ct"))
                .andExpect(jsonPath("$.candidates[0].incidentTypeName").value("Robo de objetos de un vehículo"));
    }

    @Test
    void aPlaceWithoutAStreetAddressIsToldByRoundedCoordinates() throws Exception {
        GeoPoint pin = place.at(-400, -400);
        String pinned = place.store(new StoredReport(
                "VANDALISM", "RECEIVED", pin, WHEN, WHEN, "Tags on the bus shelter", "the shelter by Dana's house"));
        mvc.perform(json(CANDIDATES, incident("VANDALISM", pin, WHEN, "tags on the shelter")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[0].trackingNumber").value(pinned))
                .andExpect(jsonPath("$.candidates[0].place")
                        .value("near %.3f, %.3f".formatted(pin.latitude(), pin.longitude())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Dana"))));
    }

    @Test
    void nothingNearbyAnswersAnEmptyList() throws Exception {
        mvc.perform(json(CANDIDATES, incident("NOISE", place.centre(), WHEN, "loud party")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates").isEmpty());
        mvc.perform(json(CANDIDATES, "{\"incidentType\": \"THEFT\", \"latitude\": 0.5, \"longitude\": 0.5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates").isArray());
    }

    @Test
    void badInputIsRefusedFieldByFieldAsProblemJson() throws Exception {
        mvc.perform(json(CANDIDATES, "{\"latitude\": 95, \"longitude\": 10, \"occurredAt\": \"2999-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("incidentType", "latitude", "occurredAt")));
        mvc.perform(json(CANDIDATES, "{\"incidentType\": \"ALIENS\", \"description\": \"" + "x".repeat(10_001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("incidentType", "latitude", "description")))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This kind of report does not exist or is no longer taken."));
        mvc.perform(json(CANDIDATES, "{\"incidentType\": \"THEFT\", \"latitude\": \"north\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
    }

    @Test
    void theCheckIsRateLimitedLikeEveryPublicEndpoint() throws Exception {
        String client = "10.91." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(256);
        RequestPostProcessor from = request -> {
            request.setRemoteAddr(client);
            return request;
        };
        String body = incident("NOISE", place.centre(), WHEN, "music");
        for (int i = 0; i < perMinute; i++) {
            mvc.perform(json(CANDIDATES, body).with(from)).andExpect(status().isOk());
        }
        mvc.perform(json(CANDIDATES, body).with(from))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    private String account(String type, GeoPoint point, String description, String email) {
        return """
                {"incidentType": "%s", "latitude": %s, "longitude": %s, "occurredAt": "%s",
                 "description": "%s",
                 "reporter": {"name": "Noor Haddad", "email": "%s", "phone": "(636) 555-0142"}}
                """.formatted(type, point.latitude(), point.longitude(), WHEN, description, email);
    }

    private long supplements(String number) {
        return jdbc.sql("""
                        select count(*) from intake.request_supplement s
                        join intake.service_request r on r.id = s.request_id where r.tracking_number = :n
                        """).param("n", number).query(Long.class).single();
    }

    @Test
    void anotherReporterAddsTheirAccountAndLearnsNothing() throws Exception {
        mvc.perform(json(
                        "/api/v1/reports/" + stored + "/my-incident",
                        account(
                                "THEFT_FROM_VEHICLE",
                                place.centre(),
                                "I saw two teenagers running from the car with a black bag",
                                "noor@example.org")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/reports/" + stored + "/status"))
                .andExpect(content().json("{\"trackingNumber\": \"" + stored + "\"}", true));

        var row = jdbc.sql("""
                        select s.source, s.author, s.text, c.email, c.phone
                        from intake.request_supplement s
                        join intake.service_request r on r.id = s.request_id
                        left join intake.supplement_contact c on c.supplement_id = s.id
                        where r.tracking_number = :n
                        """).param("n", stored).query().singleRow();
        assertThat(row)
                .containsEntry("source", "OTHER_REPORTER")
                .containsEntry("author", "Noor Haddad")
                .containsEntry("text", "I saw two teenagers running from the car with a black bag")
                .containsEntry("email", "noor@example.org")
                .containsEntry("phone", "(636) 555-0142");
    }

    @Test
    void theOfficerFollowingTheReportIsToldOfTheNewAccount() throws Exception {
        // A report is assigned to an officer (by their DSN); the notice reaches the officer's account.
        var officer = reviewFixtures.officer("Rae", "Cole");
        jdbc.sql("update intake.service_request set status = 'ASSIGNED', assignee = :dsn where tracking_number = :n")
                .param("dsn", officer.dsn())
                .param("n", stored)
                .update();
        mvc.perform(json(
                        "/api/v1/reports/" + stored + "/my-incident",
                        account("THEFT", place.centre(), "Same thing happened to my car", "noor@example.org")))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("""
                        select message_key from notifications.in_app_notification
                        where username = :who and message_args::text like :n
                        """)
                        .param("who", officer.username())
                        .param("n", "%" + stored + "%")
                        .query(String.class)
                        .list())
                .containsExactly("intake.duplicates.notice.account-added");
    }

    @Test
    void myIncidentFindsNothingUnlessTheReportIsAnOpenLikelyDuplicate() throws Exception {
        String body = account("THEFT_FROM_VEHICLE", place.centre(), "I saw it too", "noor@example.org");
        String unknown = DuplicateFixtures.newTrackingNumber();
        mvc.perform(json("/api/v1/reports/" + unknown + "/my-incident", body))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json("/api/v1/reports/not-a-number/my-incident", body)).andExpect(status().isNotFound());
        // Somewhere else entirely: the report is no likely duplicate, so it answers as if there were none.
        mvc.perform(json(
                        "/api/v1/reports/" + stored + "/my-incident",
                        account("THEFT_FROM_VEHICLE", place.at(900, 900), "I saw it too", "noor@example.org")))
                .andExpect(status().isNotFound());
        jdbc.sql("update intake.service_request set status = 'CLOSED' where tracking_number = :n")
                .param("n", stored)
                .update();
        mvc.perform(json("/api/v1/reports/" + stored + "/my-incident", body)).andExpect(status().isNotFound());
        assertThat(supplements(stored)).isZero();
    }

    @Test
    void anEmergencyAccountOrBadContactIsNotStored() throws Exception {
        mvc.perform(json(
                        "/api/v1/reports/" + stored + "/my-incident",
                        account(
                                "THEFT_FROM_VEHICLE",
                                place.centre(),
                                "The guy is back right now and he has a gun",
                                "noor@example.org")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.emergency").value(true))
                .andExpect(jsonPath("$.reasons").isNotEmpty());
        mvc.perform(json(
                        "/api/v1/reports/" + stored + "/my-incident",
                        account("THEFT_FROM_VEHICLE", place.centre(), "I saw it too", "not-an-address")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("reporter.email")));
        mvc.perform(json(
                        "/api/v1/reports/" + stored + "/my-incident",
                        account("THEFT_FROM_VEHICLE", place.centre(), " ", "noor@example.org")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("description")));
        assertThat(supplements(stored)).isZero();
    }
}
