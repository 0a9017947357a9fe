package org.precinct.records.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.StaffWebClient;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;
import org.precinct.records.RecordsIndexFixtures;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The persons and vehicles API with a staff bearer token: making records, searching, and refusing bad input. */
@PrecinctTest
class MasterIndexApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    private String token(Role role) throws Exception {
        TestAccounts.Created account = testAccounts.enrolled(role);
        String body = """
                {"username": "%s", "password": "%s", "totp": "%s"}
                """.formatted(
                        account.username(),
                        TestAccounts.PASSWORD,
                        Totp.codeAt(account.totpSecret(), StaffWebClient.currentStep()));
        String response = mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "Bearer "
                + response.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1")
                        .strip();
    }

    private static long id(String json) {
        return Long.parseLong(json.replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    @Test
    void anOfficerMakesAPersonAndFindsThemByAMisspelledNameBestFirst() throws Exception {
        String token = token(Role.OFFICER);
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        String surname = RecordsIndexFixtures.uniqueSurname();
        String created = mvc.perform(post("/api/v1/persons")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"lastName":"%s","firstName":"Katherine","middleName":"Ann","dateOfBirth":"%s",
                                 "sex":"F","race":"W","heightInches":65,"weightPounds":140,"hair":"BRO","eyes":"HAZ",
                                 "licenceNumber":"K%d","licenceState":"MO","aliases":[{"lastName":"Vance","firstName":"Kate"}]}
                                """.formatted(
                                surname, dob, ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/staff/records/persons/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = id(created);

        String misspelled = surname.substring(0, surname.length() - 1) + ", Kathryn";
        mvc.perform(get("/api/v1/persons/search")
                        .header("Authorization", token)
                        .param("q", misspelled)
                        .param("dob", dob.toString())
                        .param("limit", "5")
                        .param("reason", "Traffic stop"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].lastName").value(surname))
                .andExpect(jsonPath("$[0].firstName").value("Katherine"))
                .andExpect(jsonPath("$[0].dateOfBirth").value(dob.toString()))
                .andExpect(jsonPath("$[0].score").isNumber());
        mvc.perform(get("/api/v1/persons/search").header("Authorization", token).param("q", "Vance, Kate"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        assertThat(jdbc.sql("select reason from records.record_check where query = :q order by id desc limit 1")
                        .param("q", misspelled)
                        .query(String.class)
                        .single())
                .isEqualTo("Traffic stop");
    }

    @Test
    void impossibleValuesAreRefusedWithAMessagePerFieldAndNothingIsSaved() throws Exception {
        String token = token(Role.RECORDS);
        String surname = RecordsIndexFixtures.uniqueSurname();
        mvc.perform(post("/api/v1/persons")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"lastName":"%s","firstName":"Ed","dateOfBirth":"%s","heightInches":200,
                                 "weightPounds":0,"sex":"Q","licenceNumber":"A1"}
                                """.formatted(surname, LocalDate.now().plusYears(1))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'dateOfBirth')].message")
                        .value("A date of birth cannot be in the future."))
                .andExpect(jsonPath("$.errors[?(@.field == 'heightInches')].message")
                        .value("Give a height from 12 to 108 inches."))
                .andExpect(jsonPath("$.errors[?(@.field == 'weightPounds')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'sex')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'licenceState')]").exists());
        mvc.perform(post("/api/v1/persons")
                        .header("Authorization", token)
                        .header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lastName\":\"" + surname + "\",\"dateOfBirth\":\"1990-02-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value("Indique la fecha como AAAA-MM-DD."));
        assertThat(jdbc.sql("select count(*) from records.master_person where last_name = :last")
                        .param("last", surname)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aVinWithAWrongCheckDigitIsKeptWithAWarningAndAnOddPlateIsRefused() throws Exception {
        String token = token(Role.OFFICER);
        String plate = "Q" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String created = mvc.perform(post("/api/v1/vehicles")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"vin":"1M8GDM9A1KP042788","plate":"%s","plateState":"MO","make":"Ford",
                                 "model":"F-150","year":2019,"colour":"Blue"}
                                """.formatted(plate)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[0].code").value("records.index.warning.vin-check-digit"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = id(created);
        String partial = plate.substring(0, 3) + "?" + plate.substring(4);
        mvc.perform(get("/api/v1/vehicles/search")
                        .header("Authorization", token)
                        .param("q", partial))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$[0].matchedOn").value("partial-plate"));
        mvc.perform(post("/api/v1/vehicles")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plate\":\"AB!23\",\"plateState\":\"ZZ\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'plate')].message")
                        .value("A plate has 1 to 8 letters and digits; other characters are a misreading."))
                .andExpect(jsonPath("$.errors[?(@.field == 'plateState')]").exists());
    }

    @Test
    void theApiNeedsATokenAndRolesThatMayWrite() throws Exception {
        mvc.perform(get("/api/v1/persons/search").param("q", "Smith")).andExpect(status().isUnauthorized());
        String command = token(Role.COMMAND);
        mvc.perform(post("/api/v1/persons")
                        .header("Authorization", command)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lastName\":\"Smith\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/search")
                        .header("Authorization", command)
                        .param("q", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }
}
