package org.precinct.personnel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@PrecinctTest
@WithMockUser(username = "api-admin", roles = "ADMIN")
class PersonnelApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgChart orgChart;

    @Autowired
    EmployeeRecords records;

    private PersonnelFixtures fixtures() {
        return new PersonnelFixtures(orgChart, records);
    }

    @Test
    void answersAnUnknownDsnWithA404Problem() throws Exception {
        mvc.perform(get("/api/v1/personnel/employees/0000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/api/v1/personnel/employees/not-a-dsn"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersABadDsnWithA400ProblemNamingTheField() throws Exception {
        long unit = fixtures().division("Api Validation " + PersonnelFixtures.randomSuffix());

        mvc.perform(post("/api/v1/personnel/employees")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dsn": "12ab", "firstName": "Bad", "lastName": "Number", "rank": "OFFICER",
                                 "status": "ACTIVE", "unitId": %d, "hireDate": "2020-02-03"}
                                """.formatted(unit)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("dsn"))
                .andExpect(jsonPath("$.errors[0].message").value("A DSN has 3 to 6 digits, for example 1042."));
    }

    @Test
    void createsReadsSearchesAndTransfersAnEmployee() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        long first = fixtures().division("Api Division " + suffix);
        long second = fixtures().unitUnder(first, "Api Unit " + suffix);
        String dsn = PersonnelFixtures.randomDsn();

        mvc.perform(post("/api/v1/personnel/employees")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dsn": "%s", "firstName": "José", "lastName": "Núñez%s", "rank": "CIVILIAN",
                                 "jobTitle": "Records Clerk", "status": "ACTIVE", "unitId": %d,
                                 "workPhone": "(636) 555-0177", "email": "jose.nunez@police.example",
                                 "hireDate": "2019-10-01"}
                                """.formatted(dsn, suffix, first)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/personnel/employees/" + dsn))
                .andExpect(jsonPath("$.dsn").value(dsn))
                .andExpect(jsonPath("$.sworn").value(false))
                .andExpect(jsonPath("$.assignments[0].from").value("2019-10-01"));

        mvc.perform(get("/api/v1/personnel/employees").param("q", "nunez" + suffix.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].dsn").value(dsn));

        mvc.perform(post("/api/v1/personnel/employees/" + dsn + "/transfers")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": %d, \"effective\": \"2023-05-15\"}".formatted(second)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.id").value(second))
                .andExpect(jsonPath("$.assignments.length()").value(2))
                .andExpect(jsonPath("$.assignments[0].to").value("2023-05-15"))
                .andExpect(jsonPath("$.assignments[1].title").value("Records Clerk"));

        mvc.perform(put("/api/v1/personnel/employees/" + dsn + "/status")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"INACTIVE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INACTIVE"));

        mvc.perform(get("/api/v1/personnel/employees/" + dsn))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("José"));
    }

    @Test
    void answersABrokenRuleWithA409ProblemThatSaysWhy() throws Exception {
        long unit = fixtures().division("Api Rule " + PersonnelFixtures.randomSuffix());
        Dsn dsn = fixtures().officer("Stay", "Put", unit);

        mvc.perform(post("/api/v1/personnel/employees/" + dsn + "/transfers")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": %d, \"effective\": \"2023-05-15\"}".formatted(unit)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The employee is already assigned to this unit."))
                .andExpect(jsonPath("$.field").value("unitId"));

        mvc.perform(delete("/api/v1/personnel/units/" + unit).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("still has 1 active member")));
    }

    @Test
    void managesUnitsAndShowsThemInTheTree() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        String code = "A" + suffix;

        String location = mvc.perform(post("/api/v1/personnel/units")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "DIVISION", "code": "%s", "nameEn": "Api Tree %s", "nameEs": "Árbol %s"}
                                """.formatted(code, suffix, suffix)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unit.code").value(code))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/api/v1/personnel/units"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].unit.code", hasItem(code)));

        mvc.perform(post("/api/v1/personnel/units")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "BUREAU", "code": "%s", "nameEn": "Loose", "nameEs": "Suelto"}
                                """.formatted("B" + suffix)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("A Bureau cannot stand at the top of the organisation. Choose the unit it is part of."));

        mvc.perform(put("/api/v1/personnel/units/" + id)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "nameEn": "Api Tree Renamed %s", "nameEs": "Árbol %s"}
                                """.formatted(code, suffix, suffix)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.nameEn").value("Api Tree Renamed " + suffix));

        mvc.perform(delete("/api/v1/personnel/units/" + id).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/personnel/units/" + id)).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "api-officer", roles = "OFFICER")
    void refusesChangesFromStaffWhoAreNeitherAdminNorHr() throws Exception {
        mvc.perform(post("/api/v1/personnel/units")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"kind\": \"DIVISION\", \"code\": \"NOPE\", \"nameEn\": \"No\", \"nameEs\": \"No\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/personnel/units")).andExpect(status().isOk());
    }
}
