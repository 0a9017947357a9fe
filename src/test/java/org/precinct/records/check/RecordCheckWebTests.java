package org.precinct.records.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.records.RecordsIndexFixtures;
import org.precinct.records.index.CautionKind;
import org.precinct.records.index.PersonIndex;
import org.precinct.records.index.PersonRecordChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The record check screen and the master record pages in the staff console. */
@PrecinctTest
class RecordCheckWebTests {

    private static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1A,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordsIndexFixtures fixtures;

    @Autowired
    PersonRecordChanges changes;

    @Autowired
    PersonIndex persons;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "web-officer", roles = "OFFICER")
    void anOfficerChecksANameAndSeesTheCautionFirstThenOpensTheRecordWithTheCheckReason() throws Exception {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        String surname = RecordsIndexFixtures.uniqueSurname();
        long calm = fixtures.person(surname, "Dennis", dob);
        long armed = fixtures.person(surname, "Denis", dob);
        changes.addCaution(armed, CautionKind.OFFICER_SAFETY, "Fled on foot twice", RecordsIndexFixtures.clerk());

        String page = mvc.perform(get("/staff/records/check"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Record check</h1>"),
                                containsString("aria-current=\"page\""),
                                containsString("aria-keyshortcuts=\"/\""))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("id=\"cautions\"");

        String answer = mvc.perform(get("/staff/records/check")
                        .param("q", surname + ", Dennis")
                        .param("reason", "Traffic stop")
                        .param("dob", dob.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("Officer safety", "Cautions", "Persons (2)");
        assertThat(answer.indexOf("id=\"cautions\"")).isLessThan(answer.indexOf("Persons (2)"));
        long checkId = jdbc.sql("select max(id) from records.record_check where username = 'web-officer'")
                .query(Long.class)
                .single();
        assertThat(answer).contains("/staff/records/persons/" + calm + "?check=" + checkId);

        mvc.perform(get("/staff/records/persons/" + armed).param("check", Long.toString(checkId)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Fled on foot twice"),
                                containsString(surname + ", Denis"),
                                not(containsString("Merge into this record")))));
        assertThat(audit.search(new AuditQuery(
                        "web-officer", AuditAction.VIEW, "master-person", Long.toString(armed), null, null, null, 0)))
                .hasSize(1);
        assertThat(jdbc.sql("select reason from records.record_check where kind = 'VIEW_PERSON' and query = :id")
                        .param("id", Long.toString(armed))
                        .query(String.class)
                        .single())
                .isEqualTo("Traffic stop");
    }

    @Test
    @WithMockUser(username = "web-officer-2", roles = "OFFICER")
    void aCheckWithoutAReasonIsNotRunAndSaysSoNextToTheFieldInEitherLanguage() throws Exception {
        mvc.perform(get("/staff/records/check").param("q", "Smith, John").param("reason", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"error-summary\""),
                                containsString("aria-invalid=\"true\""),
                                containsString("id=\"reason-error\""),
                                containsString("Give the reason for the check, in 3 to 200 characters."))));
        mvc.perform(get("/staff/records/check")
                        .param("q", "Smith, John")
                        .param("reason", "x")
                        .param("lang", "es")
                        .header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Indique el motivo de la consulta"), not(containsString("<html")))));
        assertThat(jdbc.sql("select count(*) from records.record_check where username = 'web-officer-2'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @WithMockUser(username = "web-officer-3", roles = "OFFICER")
    void aRecordOpenedWithoutACheckAsksForTheReasonAndSealedRecordsDoNotExist() throws Exception {
        long person =
                fixtures.person(RecordsIndexFixtures.uniqueSurname(), "Olga", RecordsIndexFixtures.randomBirthDate());
        mvc.perform(get("/staff/records/persons/" + person))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Why do you open this record?")));
        mvc.perform(get("/staff/records/persons/" + person).param("reason", "Follow-up of report 26-000001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Olga")));
        changes.seal(person, true, RecordsIndexFixtures.clerk());
        mvc.perform(get("/staff/records/persons/" + person).param("reason", "Follow-up"))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "web-clerk", roles = "RECORDS")
    void aClerkSavesAPersonAfterSeeingThePossibleDuplicateAddsAMugShotAndMergesThem() throws Exception {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        String surname = RecordsIndexFixtures.uniqueSurname();
        long existing = fixtures.person(surname, "Margaret", dob);

        mvc.perform(post("/staff/records/persons")
                        .with(csrf())
                        .param("lastName", surname)
                        .param("firstName", "Peggy")
                        .param("dateOfBirth", dob.toString()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("This person may already have a record"),
                                containsString("same name sound and date of birth"),
                                containsString("Save as a new person anyway"))));
        mvc.perform(post("/staff/records/persons")
                        .with(csrf())
                        .param("lastName", surname)
                        .param("firstName", "Peggy")
                        .param("dateOfBirth", "1990-13-01")
                        .param("heightInches", "tall"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"dateOfBirth-error\""),
                                containsString("id=\"heightInches-error\""))));
        String location = mvc.perform(post("/staff/records/persons")
                        .with(csrf())
                        .param("lastName", surname)
                        .param("firstName", "Peggy")
                        .param("dateOfBirth", dob.toString())
                        .param("confirmNew", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/staff/records/persons/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long created = Long.parseLong(location.replaceAll(".*/persons/(\\d+).*", "$1"));

        mvc.perform(multipart("/staff/records/persons/" + created + "/mugshots")
                        .file(new MockMultipartFile("photo", "face.png", "image/png", PNG))
                        .param("takenOn", LocalDate.now().toString())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "The photograph was added."));
        mvc.perform(multipart("/staff/records/persons/" + created + "/mugshots")
                        .file(new MockMultipartFile(
                                "photo", "face.png", "image/png", "%PDF-1.4 not a photo".getBytes()))
                        .param("takenOn", LocalDate.now().toString())
                        .with(csrf()))
                .andExpect(flash().attribute("ruleMessage", "Only JPEG, PNG or WebP photographs are taken."));
        long photo = persons.find(created).orElseThrow().mugShots().get(0).id();
        mvc.perform(get("/staff/records/mugshots/" + photo))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));

        mvc.perform(post("/staff/records/persons/" + existing + "/merge")
                        .with(csrf())
                        .param("other", Long.toString(created))
                        .param("mergeReason", "Same person, nickname"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Record " + created + " was merged into this one."));
        assertThat(persons.find(existing).orElseThrow().mugShots()).hasSize(1);
        long merge = persons.find(existing).orElseThrow().merges().get(0).id();
        mvc.perform(get("/staff/records/persons/" + existing).param("reason", "Checking the merge"))
                .andExpect(content().string(allOf(containsString("Undo this merge"), containsString("Peggy"))));
        mvc.perform(post("/staff/records/persons/" + existing + "/merges/" + merge + "/undo")
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "notice", "The merge was undone: record " + created + " stands on its own again."));
        assertThat(persons.find(created).orElseThrow().mergedInto()).isNull();
    }

    @Test
    @WithMockUser(username = "web-code", roles = "CODE_ENFORCEMENT")
    void staffWithoutARecordsRoleCannotRunChecks() throws Exception {
        mvc.perform(get("/staff/records/check").param("q", "Smith").param("reason", "curious"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "web-officer-4", roles = "OFFICER")
    void theMugShotSearchFindsPersonsByDescriptorsAndTattooWords() throws Exception {
        String surname = RecordsIndexFixtures.uniqueSurname();
        String word = RecordsIndexFixtures.uniqueSurname().toLowerCase();
        long marked = fixtures.marked(surname, "Rosa", "tattoo of a rose and the word " + word);
        mvc.perform(get("/staff/records/check/descriptors")
                        .param("search", "1")
                        .param("sex", "F")
                        .param("markText", word)
                        .param("reason", "Witness description"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/staff/records/persons/" + marked + "?check=")));
        mvc.perform(get("/staff/records/check/descriptors").param("search", "1").param("reason", "Witness description"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give at least one descriptor.")));
        mvc.perform(get("/staff/records/check/descriptors").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Búsqueda de fotos de fichaje")));
    }
}
