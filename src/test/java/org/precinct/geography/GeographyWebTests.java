package org.precinct.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precinct.PrecinctTest;
import org.precinct.geography.addresses.AddressImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@PrecinctTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeographyWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Boundaries boundaries;

    @Autowired
    AddressImport addressImport;

    @Autowired
    Geocoder geocoder;

    private TestTerritory territory;
    private String street;

    @BeforeAll
    void territory() {
        territory = TestTerritory.create(boundaries);
        street = "Sycamore " + territory.suffix() + " Ct";
        territory.importRows(addressImport, territory.row("7 " + street, 300, 300));
    }

    @Test
    @WithMockUser(username = "geography-web-officer", roles = "OFFICER")
    void showsJurisdictionsBeatsAndTheMapToAnOfficer() throws Exception {
        mvc.perform(get("/staff/geography"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Test City " + territory.suffix()),
                                containsString(territory.westBeat()),
                                containsString("id=\"geography-map\""),
                                containsString("data-beats=\"{&quot;type&quot;:&quot;FeatureCollection&quot;"),
                                containsString("/js/geography-map.js"),
                                containsString("<label for=\"geocode-q\""),
                                not(containsString("<script>")),
                                not(containsString("/staff/geography/addresses/import")))));
    }

    @Test
    @WithMockUser(username = "geography-web-admin", roles = "ADMIN")
    void offersTheAddressImportToAnAdministrator() throws Exception {
        mvc.perform(get("/staff/geography"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/staff/geography/addresses/import")));
    }

    @Test
    @WithMockUser(username = "geography-web-hr", roles = "HR")
    void refusesStaffWithoutAGeographyRole() throws Exception {
        mvc.perform(get("/staff/geography")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "geography-web-records", roles = "RECORDS")
    void answersAnHtmxLookupWithItsPanelOnly() throws Exception {
        mvc.perform(get("/staff/geography/geocode").param("q", "7 " + street).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("7 " + street),
                                containsString("data-latitude="),
                                not(containsString("<html")),
                                not(containsString("id=\"geography-map\"")))));
    }

    @Test
    @WithMockUser(username = "geography-web-records", roles = "RECORDS")
    void answersAPlainLookupWithTheWholePage() throws Exception {
        mvc.perform(get("/staff/geography/geocode").param("q", "7 " + street))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<html"),
                                containsString("id=\"geography-map\""),
                                containsString("7 " + street))));
    }

    @Test
    @WithMockUser(username = "geography-web-records", roles = "RECORDS")
    void showsAFormErrorNextToTheField() throws Exception {
        mvc.perform(get("/staff/geography/geocode").param("q", " ").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("is-invalid"),
                                containsString("aria-describedby=\"geocode-q-error geocode-q-help\""),
                                containsString("Enter an address of up to 300 characters."))));
        mvc.perform(get("/staff/geography/reverse")
                        .param("lat", "abc")
                        .param("lon", "-90.5")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"reverse-lat-error\""),
                                containsString("Enter the latitude as a number from -90 to 90"),
                                not(containsString("id=\"reverse-lon-error\"")))));
    }

    @Test
    @WithMockUser(username = "geography-web-records", roles = "RECORDS")
    void tellsWhatIsAtAClickedPoint() throws Exception {
        GeoPoint outside = territory.at(-4_000, 0);
        mvc.perform(get("/staff/geography/reverse")
                        .param("lat", Double.toString(territory.at(305, 300).latitude()))
                        .param("lon", Double.toString(territory.at(305, 300).longitude()))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("7 " + street),
                                containsString("Beat " + territory.westBeat()),
                                containsString("Test City " + territory.suffix()))));
        mvc.perform(get("/staff/geography/reverse")
                        .param("lat", Double.toString(outside.latitude()))
                        .param("lon", Double.toString(outside.longitude()))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Outside the department&#39;s jurisdictions")));
    }

    @Test
    @WithMockUser(username = "geography-web-officer", roles = "OFFICER")
    void refusesTheAddressUploadToAnOfficer() throws Exception {
        MockMultipartFile file = csv("address,latitude,longitude\n" + territory.row("9 " + street, 400, 300));

        mvc.perform(multipart("/staff/geography/addresses/import").file(file).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/geography/addresses/import")).andExpect(status().isForbidden());

        assertThat(geocoder.geocode("9 " + street)).noneMatch(match -> match.kind() == MatchKind.EXACT);
    }

    @Test
    @WithMockUser(username = "geography-web-admin", roles = "ADMIN")
    void reportsAnUploadRowByRow() throws Exception {
        MockMultipartFile file = csv("address,latitude,longitude\n"
                + territory.row("11 " + street, 400, 300)
                + "\"13 " + street + "\",38.6,\n"
                + territory.row("7 " + street, 310, 300));

        mvc.perform(multipart("/staff/geography/addresses/import").file(file).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"result-imported\">1<"),
                                containsString("id=\"result-updated\">1<"),
                                containsString("id=\"result-rejected\">1<"),
                                containsString("<th scope=\"row\" class=\"text-end\">3</th>"),
                                containsString("The longitude is empty."))));

        assertThat(geocoder.geocode("11 " + street))
                .first()
                .satisfies(match -> assertThat(match.kind()).isEqualTo(MatchKind.EXACT));
    }

    @Test
    @WithMockUser(username = "geography-web-admin", roles = "ADMIN")
    void showsWhyAWholeFileWasRefused() throws Exception {
        MockMultipartFile file = csv(territory.row("15 " + street, 400, 300));

        mvc.perform(multipart("/staff/geography/addresses/import").file(file).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("is-invalid"),
                                containsString(
                                        "The first row must name the columns address, latitude and longitude."))));

        assertThat(geocoder.geocode("15 " + street)).noneMatch(match -> match.kind() == MatchKind.EXACT);
    }

    @Test
    @WithMockUser(username = "geography-web-admin", roles = "ADMIN")
    void speaksSpanish() throws Exception {
        mvc.perform(get("/staff/geography").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("Mapa de sectores"), containsString("Jurisdicciones"))));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "addresses.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
