package org.precinct.intake.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.precinct.intake.catalogue.CatalogueFixtures.definition;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.Priority;
import org.precinct.intake.QuestionChoice;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.Routing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PrecinctTest
@WithMockUser(username = "catalogue-admin", roles = "ADMIN")
class IncidentTypeWebTests {

    private static final String PATH = "/staff/intake/incident-types";

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentTypeCatalogue catalogue;

    @Autowired
    IncidentTypes types;

    @Autowired
    AuditTrail audit;

    @Test
    void listsTheCatalogueWithItsNavigationEntry() throws Exception {
        mvc.perform(get(PATH))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Incident types</h1>"),
                                containsString("Theft from a vehicle"),
                                containsString("23F Theft from motor vehicle"),
                                containsString("href=\"/staff/intake/incident-types/new\""),
                                containsString("aria-current=\"page\""))));
        mvc.perform(get(PATH).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Tipos de incidente</h1>"),
                                containsString("Robo de objetos de un vehículo"),
                                containsString("Asuntos internos"))));
    }

    @Test
    void createsATypeWithQuestionsAndChoicesThroughTheForm() throws Exception {
        String code = CatalogueFixtures.randomCode().value();

        mvc.perform(form(PATH, code, Map.of()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PATH + "/" + code))
                .andExpect(flash().attribute("notice", "Incident type \"Catalytic converter theft\" was created."));

        IncidentTypeView created = types.find(code).orElseThrow();
        assertThat(created.nameEn()).isEqualTo("Catalytic converter theft");
        assertThat(created.nibrsOffenseCode().value()).isEqualTo("23G");
        assertThat(created.defaultPriority()).isEqualTo(Priority.THREAT_TO_PROPERTY);
        assertThat(created.routing()).isEqualTo(Routing.OFFICER_FOLLOW_UP);
        assertThat(created.reviewTarget().toHours()).isEqualTo(12);
        assertThat(created.duplicateWindow().distanceMetres()).isEqualTo(250);
        assertThat(created.questions())
                .containsExactly(
                        new IncidentQuestion(
                                "vehicleMake",
                                "Make and model of the vehicle",
                                "Marca y modelo del vehículo",
                                QuestionDatatype.TEXT,
                                true,
                                List.of()),
                        new IncidentQuestion(
                                "soundHeard",
                                "What did you hear?",
                                "¿Qué escuchó?",
                                QuestionDatatype.CHOICE,
                                false,
                                List.of(
                                        new QuestionChoice("SAWING", "Sawing", "Ruido de sierra"),
                                        new QuestionChoice("NOTHING", "Nothing", "Nada"))));
        assertThat(audit.search(new AuditQuery(
                        "catalogue-admin", AuditAction.CREATE, "incident-type", code, null, null, null, 0)))
                .hasSize(1);

        mvc.perform(get(PATH + "/" + code))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Robo de catalizadores"),
                                containsString("Ruido de sierra"),
                                containsString("250 m within 48 hours"))));
    }

    @Test
    void showsTheMessageNextToABadFieldAndSavesNothing() throws Exception {
        String code = CatalogueFixtures.randomCode().value();

        mvc.perform(form(PATH, code, Map.of("nameEs", " ", "reviewTargetHours", "two days")))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Nothing was saved."),
                                containsString("id=\"nameEs-error\""),
                                containsString("This field is required."),
                                containsString("aria-describedby=\"reviewTargetHours-error reviewTargetHours-help\""),
                                containsString("Enter a whole number from 1 to 720."),
                                containsString("value=\"Catalytic converter theft\""))));
        mvc.perform(form(PATH, "not a code", Map.of()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"code-error\"")));

        assertThat(types.find(code)).isEmpty();
        assertThat(audit.search(new AuditQuery(null, AuditAction.CREATE, "incident-type", code, null, null, null, 0)))
                .isEmpty();
    }

    @Test
    void validatesAFormSentWithoutItsCheckboxFields() throws Exception {
        MockHttpServletRequestBuilder bare = post(PATH)
                .with(csrf())
                .param("code", "lower case")
                .param("nameEn", "")
                .param("defaultPriority", "3")
                .param("routing", "RECORDS_REVIEW")
                .param("reviewTargetHours", "24")
                .param("questions[0].code", "Q")
                .param("questions[0].datatype", "CHOICE");

        mvc.perform(bare)
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"code-error\""),
                                containsString("id=\"nameEn-error\""),
                                containsString("id=\"questions0.code-error\""),
                                containsString("id=\"questions0.labelEn-error\""))));
    }

    @Test
    void showsBrokenCatalogueRulesNextToTheirFieldsAndSavesNothing() throws Exception {
        String code = CatalogueFixtures.randomCode().value();

        mvc.perform(form(
                        PATH,
                        code,
                        Map.of(
                                "routing",
                                "INTERNAL_AFFAIRS",
                                "questions[1].choices",
                                "SAWING | Sawing | Ruido de sierra",
                                "duplicateWindowHours",
                                "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"duplicateWindowHours-error\"")));

        mvc.perform(form(
                        PATH,
                        code,
                        Map.of(
                                "routing",
                                "INTERNAL_AFFAIRS",
                                "questions[1].choices",
                                "SAWING | Sawing | Ruido de sierra")))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"anonymousAllowed-error\""),
                                containsString("Complaints about officers must be accepted anonymously."),
                                containsString("id=\"questions1.choices-error\""),
                                containsString("A choice question offers 2 to 20 choices."))));

        assertThat(types.find(code)).isEmpty();
    }

    @Test
    void addsRemovesAndMovesQuestionRowsWithoutSaving() throws Exception {
        String code = CatalogueFixtures.randomCode().value();

        mvc.perform(form(PATH, code, Map.of("questionAction", "add")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<html"),
                                containsString("Question 3"),
                                containsString("name=\"questions[2].code\""),
                                not(containsString("Nothing was saved.")))));
        mvc.perform(form(PATH, code, Map.of("questionAction", "add")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                startsWith("<form id=\"incident-type-form\""),
                                not(containsString("<html")),
                                containsString("name=\"questions[2].code\""))));
        mvc.perform(form(PATH, code, Map.of("questionAction", "remove:0")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"soundHeard\""),
                                not(containsString("value=\"vehicleMake\"")),
                                not(containsString("Question 2")))));
        String moved = mvc.perform(form(PATH, code, Map.of("questionAction", "up:1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(moved.indexOf("value=\"soundHeard\"")).isLessThan(moved.indexOf("value=\"vehicleMake\""));

        assertThat(types.find(code)).isEmpty();
    }

    @Test
    void changesATypeThroughTheEditFormAuditedAndRefusesAStaleForm() throws Exception {
        IncidentTypeCode code = CatalogueFixtures.create(catalogue, definition("Tailgate theft"));
        String page = PATH + "/" + code.value();

        mvc.perform(get(page + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"Tailgate theft\""),
                                containsString("name=\"version\" value=\"0\""),
                                containsString("BROKEN_WINDOW | Broken window | Ventana rota"))));
        mvc.perform(form(page, "IGNORED_CODE", Map.of("version", "0")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));

        assertThat(types.find(code.value()).orElseThrow().nameEn()).isEqualTo("Catalytic converter theft");
        assertThat(types.find("IGNORED_CODE")).isEmpty();
        assertThat(audit.search(new AuditQuery(
                        "catalogue-admin", AuditAction.CHANGE, "incident-type", code.value(), null, null, null, 0)))
                .hasSize(1);

        mvc.perform(form(page, code.value(), Map.of("version", "0", "nameEn", "Overwritten")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Someone else changed this type")));
        assertThat(types.find(code.value()).orElseThrow().nameEn()).isEqualTo("Catalytic converter theft");
    }

    @Test
    void deactivatesAndReactivatesATypeAudited() throws Exception {
        IncidentTypeCode code = CatalogueFixtures.create(catalogue, definition("Hubcap theft"));
        String page = PATH + "/" + code.value();

        mvc.perform(post(page + "/deactivate").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute(
                                "notice", "The type is inactive: it can no longer be chosen for new reports."));
        assertThat(types.find(code.value()).orElseThrow().active()).isFalse();
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Inactive"), containsString("Reactivate"))));
        mvc.perform(post(page + "/deactivate").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("ruleMessage", "This type is inactive already."));

        mvc.perform(post(page + "/reactivate").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(types.find(code.value()).orElseThrow().active()).isTrue();
        assertThat(audit.search(new AuditQuery(
                        "catalogue-admin", AuditAction.CHANGE, "incident-type", code.value(), null, null, null, 0)))
                .hasSize(2);
    }

    @Test
    void answersAnUnknownTypeWithNotFound() throws Exception {
        mvc.perform(get(PATH + "/NO_SUCH_TYPE_EVER")).andExpect(status().isNotFound());
        mvc.perform(get(PATH + "/not-a-code/edit")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "catalogue-supervisor", roles = "SUPERVISOR")
    void supervisorsReadTheCatalogueButCannotChangeIt() throws Exception {
        mvc.perform(get(PATH))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/staff/intake/incident-types/new\""))));
        mvc.perform(get(PATH + "/THEFT"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Robo (hurto)"), not(containsString("Deactivate")))));
        mvc.perform(get(PATH + "/new")).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/THEFT/edit")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "catalogue-officer", roles = "OFFICER")
    void refusesEveryoneElse() throws Exception {
        String code = CatalogueFixtures.randomCode().value();

        mvc.perform(get(PATH)).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/THEFT")).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/new")).andExpect(status().isForbidden());
        mvc.perform(form(PATH, code, Map.of())).andExpect(status().isForbidden());
        mvc.perform(post(PATH + "/THEFT/deactivate").with(csrf())).andExpect(status().isForbidden());

        assertThat(types.find(code)).isEmpty();
        assertThat(types.find("THEFT").orElseThrow().active()).isTrue();
    }

    /** A valid form for a new type, with {@code overrides} replacing or adding fields. */
    private static MockHttpServletRequestBuilder form(String path, String code, Map<String, String> overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("nameEn", "Catalytic converter theft");
        fields.put("nameEs", "Robo de catalizadores");
        fields.put("descriptionEn", "Someone cut the catalytic converter from under your vehicle.");
        fields.put("descriptionEs", "Alguien cortó el catalizador de debajo de su vehículo.");
        fields.put("nibrsOffenseCode", "23G");
        fields.put("onlineReportable", "true");
        fields.put("_onlineReportable", "on");
        fields.put("_anonymousAllowed", "on");
        fields.put("defaultPriority", "2");
        fields.put("routing", "OFFICER_FOLLOW_UP");
        fields.put("reviewTargetHours", "12");
        fields.put("duplicateDistanceMetres", "250");
        fields.put("duplicateWindowHours", "48");
        fields.put("version", "");
        fields.put("questions[0].code", "vehicleMake");
        fields.put("questions[0].labelEn", "Make and model of the vehicle");
        fields.put("questions[0].labelEs", "Marca y modelo del vehículo");
        fields.put("questions[0].datatype", "TEXT");
        fields.put("questions[0].required", "true");
        fields.put("_questions[0].required", "on");
        fields.put("questions[0].choices", "");
        fields.put("questions[1].code", "soundHeard");
        fields.put("questions[1].labelEn", "What did you hear?");
        fields.put("questions[1].labelEs", "¿Qué escuchó?");
        fields.put("questions[1].datatype", "CHOICE");
        fields.put("_questions[1].required", "on");
        fields.put("questions[1].choices", "SAWING | Sawing | Ruido de sierra\r\nNOTHING | Nothing | Nada");
        fields.putAll(overrides);
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
