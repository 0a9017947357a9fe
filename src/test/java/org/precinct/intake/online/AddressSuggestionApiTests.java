package org.precinct.intake.online;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/addresses?q=}: suggestions for the address field, open to everyone. */
@PrecinctTest
class AddressSuggestionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OnlineReportFixtures fixtures;

    @Test
    void suggestsAtMostTenAddressesWithTheirPlaces() throws Exception {
        OnlineReportFixtures.Town town = fixtures.town();
        String street = town.street().replace(" Ln", "");
        mvc.perform(get("/api/v1/addresses").param("q", "1").param("q", street.substring(0, 5)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/addresses").param("q", street))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(10)))
                .andExpect(jsonPath("$[0].address").value(town.address(0)))
                .andExpect(jsonPath("$[*].latitude", everyItem(org.hamcrest.Matchers.lessThan(-29.0))))
                .andExpect(jsonPath("$[0].longitude").isNumber())
                .andExpect(jsonPath("$[0].beatCode").doesNotExist());
        mvc.perform(get("/api/v1/addresses").param("q", "110 " + street))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].address", startsWith("110 ")));
    }

    @Test
    void nothingFoundIsAnEmptyList() throws Exception {
        mvc.perform(get("/api/v1/addresses").param("q", "Zzqxv Nowhere " + OnlineReportFixtures.marker()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aMissingShortOrOverlongQueryIsAProblem() throws Exception {
        for (String q : new String[] {null, "ab", "  a ", "x".repeat(301)}) {
            var request = get("/api/v1/addresses");
            if (q != null) {
                request.param("q", q);
            }
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("q"))
                    .andExpect(jsonPath("$.detail").value("Give q with 3 to 300 characters."));
        }
    }
}
