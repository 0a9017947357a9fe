package org.precinct.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precinct.PrecinctTest;
import org.precinct.geography.addresses.AddressImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PrecinctTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "geography-api-officer", roles = "OFFICER")
class GeographyApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Boundaries boundaries;

    @Autowired
    AddressImport addressImport;

    @Autowired
    JsonMapper json;

    private TestTerritory territory;
    private String street;

    @BeforeAll
    void territory() {
        territory = TestTerritory.create(boundaries);
        street = "Juniper " + territory.suffix() + " Dr";
        territory.importRows(
                addressImport,
                territory.row("100 " + street, 500, 1_200),
                territory.row("102 " + street, 520, 1_200),
                territory.row("120 " + street, 700, 1_200));
    }

    @Test
    void geocodesATypedAddress() throws Exception {
        mvc.perform(get("/api/v1/geography/geocode").param("q", "102 " + street.replace(" Dr", " Drive")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.normalised").value(("102 " + street).toUpperCase()))
                .andExpect(jsonPath("$.matches[0].address").value("102 " + street))
                .andExpect(jsonPath("$.matches[0].kind").value("EXACT"))
                .andExpect(jsonPath("$.matches[0].score").value(1.0))
                .andExpect(jsonPath("$.matches[0].latitude")
                        .value(closeTo(territory.at(520, 1_200).latitude(), 1e-6)))
                .andExpect(jsonPath("$.matches[0].beatCode").value(territory.eastBeat()))
                .andExpect(jsonPath("$.matches[0].jurisdictionCode").value(territory.jurisdictionCode()));
    }

    @Test
    void reverseGeocodesAPoint() throws Exception {
        GeoPoint point = territory.at(705, 1_205);

        mvc.perform(get("/api/v1/geography/reverse")
                        .param("lat", Double.toString(point.latitude()))
                        .param("lon", Double.toString(point.longitude())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nearest.address").value("120 " + street))
                .andExpect(jsonPath("$.nearest.distanceMetres").value(closeTo(7.07, 0.2)))
                .andExpect(jsonPath("$.location.beatCode").value(territory.eastBeat()))
                .andExpect(jsonPath("$.location.jurisdictionKind").value("CITY"));
    }

    @Test
    void answersAPointOutsideEveryJurisdictionWithoutLocation() throws Exception {
        GeoPoint outside = territory.at(-5_000, 0);

        mvc.perform(get("/api/v1/geography/reverse")
                        .param("lat", Double.toString(outside.latitude()))
                        .param("lon", Double.toString(outside.longitude())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.location").doesNotExist())
                .andExpect(jsonPath("$.nearest").doesNotExist());
    }

    @Test
    void refusesALatitudeThatIsNotANumber() throws Exception {
        mvc.perform(get("/api/v1/geography/reverse").param("lat", "abc").param("lon", "-90.5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("lat"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("-90 to 90")));
    }

    @Test
    void refusesALatitudeOutOfRange() throws Exception {
        mvc.perform(get("/api/v1/geography/reverse").param("lat", "200").param("lon", "-90.5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lat"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("-90 to 90")));
    }

    @Test
    void refusesAGeocodeRequestWithoutAnAddress() throws Exception {
        mvc.perform(get("/api/v1/geography/geocode"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void servesTheBeatsAsGeoJson() throws Exception {
        String body = mvc.perform(get("/api/v1/geography/beats"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonNode east = StreamSupport.stream(json.readTree(body).get("features").spliterator(), false)
                .filter(feature -> feature.get("id").asString().equals(territory.eastBeat()))
                .findFirst()
                .orElseThrow();
        assertThat(east.at("/properties/jurisdictionCode").asString()).isEqualTo(territory.jurisdictionCode());
        assertThat(east.at("/properties/addresses").asLong()).isEqualTo(3);
        assertThat(east.at("/geometry/type").asString()).isEqualTo("Polygon");
        JsonNode ring = east.at("/geometry/coordinates/0");
        // Four corners and the first again, as [longitude, latitude].
        assertThat(ring.size()).isEqualTo(5);
        assertThat(ring.get(4)).isEqualTo(ring.get(0));
        assertThat(ring.get(0).get(0).asDouble())
                .isCloseTo(territory.at(0, 1_000).longitude(), within(1e-9));
    }

    @Test
    void suggestsAddressesForTypeAhead() throws Exception {
        mvc.perform(get("/api/v1/geography/suggest").param("prefix", "Juniper " + territory.suffix()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].address").value("100 " + street));
    }

    @Test
    @WithMockUser(username = "geography-api-hr", roles = "HR")
    void refusesStaffWithoutAGeographyRole() throws Exception {
        mvc.perform(get("/api/v1/geography/geocode").param("q", "100 " + street))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
