package org.precinct.intake.triage;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/triage}: public, JSON in and out, explanations in the caller's language, bad input refused. */
@PrecinctTest
class TriageApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    private MockHttpServletRequestBuilder triage(Object body) {
        return post("/api/v1/triage").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    @Test
    void answersAnEmergencyWithoutAnAccount() throws Exception {
        mvc.perform(triage(Map.of("description", "Someone has a gun and is threatening people at the gas station")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.emergency").value(true))
                .andExpect(jsonPath("$.reasons[0].code").value("weapon"))
                .andExpect(jsonPath("$.reasons[0].phrase").value("gun"))
                .andExpect(jsonPath("$.reasons[0].explanation")
                        .value("Mentions a weapon (gun, knife or other), with no sign that the danger is over."))
                .andExpect(jsonPath("$.suggestedIncidentType").hasJsonPath());
    }

    @Test
    void answersARoutineReportWithASuggestedType() throws Exception {
        mvc.perform(triage(Map.of("description", "My car was broken into last night, they took my sunglasses")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emergency").value(false))
                .andExpect(jsonPath("$.reasons", hasSize(0)))
                .andExpect(jsonPath("$.suggestedIncidentType").value("THEFT_FROM_VEHICLE"));
    }

    @Test
    void saysSoWhenNoTypeFits() throws Exception {
        mvc.perform(triage(Map.of("description", "Lorem ipsum dolor sit amet")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emergency").value(false))
                .andExpect(jsonPath("$.suggestedIncidentType").value(nullValue()));
    }

    @Test
    void takesTheSafetyAnswers() throws Exception {
        mvc.perform(triage(Map.of(
                        "description",
                        "Someone stole my bike from the rack",
                        "answers",
                        Map.of("injured", false, "happeningNow", true, "suspectPresent", false))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emergency").value(true))
                .andExpect(jsonPath("$.reasons[*].code", hasItem("answer-happening-now")))
                .andExpect(jsonPath("$.reasons", hasSize(1)));
    }

    @Test
    void explainsInSpanishWhenAsked() throws Exception {
        mvc.perform(triage(Map.of("description", "Hay un incendio en la casa de al lado"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,es;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emergency").value(true))
                .andExpect(jsonPath("$.reasons[0].code").value("fire"))
                .andExpect(jsonPath("$.reasons[0].phrase").value("incendio"))
                .andExpect(jsonPath("$.reasons[0].explanation")
                        .value("Menciona un incendio o una alarma de incendio sonando, sin indicios de que se haya"
                                + " apagado."));
    }

    @Test
    void refusesAMissingDescription() throws Exception {
        mvc.perform(triage(Map.of("answers", Map.of("injured", false))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("description"))
                .andExpect(jsonPath("$.errors[0].message").value("Describe what happened."));
    }

    @Test
    void refusesADescriptionOverTenThousandCharacters() throws Exception {
        mvc.perform(triage(Map.of("description", "a".repeat(10_001))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("description"))
                .andExpect(jsonPath("$.errors[0].message").value("The description may be at most 10,000 characters."));
        mvc.perform(triage(Map.of("description", "a".repeat(10_000)))).andExpect(status().isOk());
    }

    @Test
    void refusesMalformedJson() throws Exception {
        mvc.perform(post("/api/v1/triage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"fire in the"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void treatsMarkupAsText() throws Exception {
        mvc.perform(triage(Map.of("description", "<script>alert('x')</script><b>My garage is on fire</b>")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emergency").value(true))
                .andExpect(jsonPath("$.reasons[0].phrase").value("on fire"));
    }
}
