package org.precinct.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.geography.BeatDefinition;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeoPolygon;
import org.precinct.geography.JurisdictionDefinition;
import org.precinct.geography.JurisdictionKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Residents filing online through the JSON API: filed, repeated, stopped as an emergency, or refused. */
@PrecinctTest
class ReportFilingApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Boundaries boundaries;

    @Autowired
    JdbcClient jdbc;

    private double latitude;
    private double longitude;
    private String marker;

    /** A town of its own, far from any other test's, so the point is inside exactly one jurisdiction. */
    @BeforeEach
    void town() {
        latitude = -40 - ThreadLocalRandom.current().nextDouble(20);
        longitude = -170 + ThreadLocalRandom.current().nextDouble(340);
        String code = "T"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24))
                        .toUpperCase();
        GeoPolygon square = GeoPolygon.of(
                new GeoPoint(latitude - 0.01, longitude - 0.01),
                new GeoPoint(latitude - 0.01, longitude + 0.01),
                new GeoPoint(latitude + 0.01, longitude + 0.01),
                new GeoPoint(latitude + 0.01, longitude - 0.01));
        boundaries.defineJurisdiction(new JurisdictionDefinition(code, "Town " + code, JurisdictionKind.CITY, square));
        boundaries.defineBeat(new BeatDefinition(code + "B", "Beat " + code, code, square));
        marker = "marker-" + UUID.randomUUID();
    }

    private String vandalism(String description, double lat, double lon, String extra) {
        return """
                {"incidentType": "VANDALISM",
                 "description": "%s",
                 "occurredFrom": "2026-01-10T20:00:00Z",
                 "latitude": %s, "longitude": %s,
                 "answers": {"propertyType": "HOME", "damageKind": "GRAFFITI", "estimatedDamage": "150.00",
                             "hateSymbols": false},
                 "reporter": {"name": "Dana Reyes", "email": "dana.reyes@example.org", "phone": "(636) 555-0100"}
                 %s}
                """.formatted(description, lat, lon, extra);
    }

    private long stored() {
        return jdbc.sql("select count(*) from intake.service_request where description like :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void aReportIsFiledWithANumberACodeAndAReceipt() throws Exception {
        String body = mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(vandalism(
                                "Graffiti on my garage door, found this morning " + marker, latitude, longitude, "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.trackingNumber").value(org.hamcrest.Matchers.matchesPattern("W\\d{2}-\\d{6,}")))
                .andExpect(jsonPath("$.trackingCode")
                        .value(org.hamcrest.Matchers.matchesPattern("[A-Z2-9]{5}-[A-Z2-9]{5}")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String number = body.replaceAll(".*\"trackingNumber\":\"([^\"]+)\".*", "$1");
        String code = body.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/reports/{n}/status", number).param("code", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentType").value("VANDALISM"));
        assertThat(jdbc.sql("select beat_code from intake.service_request where tracking_number = :n")
                        .param("n", number)
                        .query(String.class)
                        .single())
                .endsWith("B");
        assertThat(jdbc.sql(
                                "select count(*) from notifications.outbound_mail where recipient = 'dana.reyes@example.org'"
                                        + " and body_text like :n")
                        .param("n", "%" + number + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyNeverMakesASecondReport() throws Exception {
        String key = UUID.randomUUID().toString();
        String report = vandalism("Broken fence slats, noticed today " + marker, latitude, longitude, "");
        String first = mvc.perform(post("/api/v1/reports")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String number = first.replaceAll(".*\"trackingNumber\":\"([^\"]+)\".*", "$1");
        mvc.perform(post("/api/v1/reports")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingNumber").value(number));
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void anEmergencyIsStoppedAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(vandalism(
                                "A man with a gun is smashing my windows right now " + marker,
                                latitude,
                                longitude,
                                "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.emergency").value(true))
                .andExpect(jsonPath("$.reasons").isNotEmpty());
        assertThat(stored()).isZero();
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsStored() throws Exception {
        String report = """
                {"incidentType": "VANDALISM",
                 "description": "Scratched paint on my car %s",
                 "occurredFrom": "2099-01-01T00:00:00Z",
                 "latitude": 0.5, "longitude": 0.5,
                 "answers": {"propertyType": "SPACESHIP", "colour": "red"},
                 "reporter": {"name": "Dana", "email": "not-an-address"}}
                """.formatted(marker);
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems(
                                "occurredFrom",
                                "latitude",
                                "answers.propertyType",
                                "answers.colour",
                                "answers.damageKind",
                                "reporter.email")));
        assertThat(stored()).isZero();
    }

    @Test
    void anUnknownTypeAndAMissingPlaceAreRefused() throws Exception {
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"incidentType\": \"ALIENS\", \"description\": \"lights in the sky " + marker
                                + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("incidentType", "address")));
        assertThat(stored()).isZero();
    }

    @Test
    void overlongTextIsRefused() throws Exception {
        String longText = "x".repeat(10_001);
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(vandalism(longText, latitude, longitude, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("description")));
        String huge = "y".repeat(20 * 1024 * 1024);
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(vandalism(huge, latitude, longitude, "")))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void malformedJsonIsAProblem() throws Exception {
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"incidentType\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
