package org.precinct.intake.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.precinct.intake.catalogue.CatalogueFixtures.asAdmin;
import static org.precinct.intake.catalogue.CatalogueFixtures.definition;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.intake.IncidentTypeCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The public catalogue API, called as a resident's browser would: without any account. */
@PrecinctTest
class IncidentTypeApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentTypeCatalogue catalogue;

    @Autowired
    JsonMapper json;

    @Test
    void listsTheActiveTypesInExactlyTheDocumentedShapeWithoutAnAccount() throws Exception {
        String body = mvc.perform(get("/api/v1/incident-types"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
                .andExpect(jsonPath("$[*].code", hasItem("THEFT_FROM_VEHICLE")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<Map<String, Object>> types = json.readValue(body, List.class);
        for (Map<String, Object> type : types) {
            assertThat(type.keySet())
                    .containsExactlyInAnyOrder(
                            "code", "name", "nibrsOffenseCode", "onlineReportable", "anonymousAllowed", "questions");
            for (Map<String, Object> question : (List<Map<String, Object>>) type.get("questions")) {
                assertThat(question.keySet())
                        .containsExactlyInAnyOrder("code", "label", "datatype", "required", "choices");
                for (Map<String, Object> choice : (List<Map<String, Object>>) question.get("choices")) {
                    assertThat(choice.keySet()).containsExactlyInAnyOrder("value", "label");
                }
            }
        }
        Map<String, Object> breakIn = types.stream()
                .filter(type -> type.get("code").equals("THEFT_FROM_VEHICLE"))
                .findFirst()
                .orElseThrow();
        assertThat(breakIn)
                .containsEntry("name", "Theft from a vehicle")
                .containsEntry("nibrsOffenseCode", "23F")
                .containsEntry("onlineReportable", true)
                .containsEntry("anonymousAllowed", false);
        Map<String, Object> noise = types.stream()
                .filter(type -> type.get("code").equals("NOISE"))
                .findFirst()
                .orElseThrow();
        assertThat(noise).containsEntry("nibrsOffenseCode", null).containsEntry("onlineReportable", false);
    }

    @Test
    void answersInSpanishWhenTheRequestAsksForIt() throws Exception {
        mvc.perform(get("/api/v1/incident-types/THEFT_FROM_VEHICLE")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,es;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "es"))
                .andExpect(jsonPath("$.code").value("THEFT_FROM_VEHICLE"))
                .andExpect(jsonPath("$.name").value("Robo de objetos de un vehículo"))
                .andExpect(jsonPath("$.nibrsOffenseCode").value("23F"))
                .andExpect(jsonPath("$.questions[0].code").value("vehicleLocked"))
                .andExpect(jsonPath("$.questions[0].label").value("¿Estaba cerrado con llave el vehículo?"))
                .andExpect(jsonPath("$.questions[0].datatype").value("BOOLEAN"))
                .andExpect(jsonPath("$.questions[0].required").value(true))
                .andExpect(jsonPath("$.questions[0].choices").isEmpty())
                .andExpect(jsonPath("$.questions[1].choices[0].value").value("BROKEN_WINDOW"))
                .andExpect(jsonPath("$.questions[1].choices[0].label").value("Ventana rota"));
        mvc.perform(get("/api/v1/incident-types").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Queja sobre un agente")))
                .andExpect(jsonPath("$[*].name", not(hasItem("Complaint about an officer"))));
    }

    @Test
    void answersInEnglishForOtherLanguagesAndSortsByName() throws Exception {
        String body = mvc.perform(get("/api/v1/incident-types").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Complaint about an officer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> types = json.readValue(body, List.class);
        List<String> names =
                types.stream().map(type -> (String) type.get("name")).toList();
        Comparator<Object> english = Collator.getInstance(Locale.ENGLISH);
        assertThat(names).isSortedAccordingTo(english::compare);
    }

    @Test
    void hidesInactiveTypesAndAnswersTheirCodeLikeAnUnknownOne() throws Exception {
        IncidentTypeCode code = CatalogueFixtures.create(catalogue, definition("Lawn ornament theft"));
        mvc.perform(get("/api/v1/incident-types/" + code.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Lawn ornament theft"));

        asAdmin(() -> {
            catalogue.deactivate(code);
            return null;
        });

        mvc.perform(get("/api/v1/incident-types"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", not(hasItem(code.value()))));
        mvc.perform(get("/api/v1/incident-types/" + code.value()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersAnUnknownCodeWithA404Problem() throws Exception {
        for (String code : List.of("NO_SUCH_TYPE", "theft", "X")) {
            mvc.perform(get("/api/v1/incident-types/" + code))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("Not Found"))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
    }

    @Test
    void documentsTheEndpointsInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/incident-types'].get.summary")
                        .value("List the active incident types"))
                .andExpect(jsonPath("$.paths['/api/v1/incident-types/{code}'].get.responses['404']")
                        .exists());
    }
}
