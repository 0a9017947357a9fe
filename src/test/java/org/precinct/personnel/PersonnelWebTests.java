package org.precinct.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PrecinctTest
@WithMockUser(username = "hr-tester", roles = "HR")
class PersonnelWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgChart orgChart;

    @Autowired
    EmployeeRecords records;

    @Autowired
    EmployeeDirectory directory;

    @Autowired
    AuditTrail audit;

    private PersonnelFixtures fixtures() {
        return new PersonnelFixtures(orgChart, records);
    }

    @Test
    void createsAUnitAndAnEmployeeThroughTheFormsAndFindsThem() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        MvcResult unitCreated = mvc.perform(post("/staff/personnel/units")
                        .with(csrf())
                        .param("kind", "DIVISION")
                        .param("code", "w" + suffix)
                        .param("nameEn", "Harbor Division " + suffix)
                        .param("nameEs", "División del Puerto " + suffix)
                        .param("parentId", "")
                        .param("commanderDsn", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/staff/personnel/units/*"))
                .andReturn();
        String unitPath = unitCreated.getResponse().getRedirectedUrl();
        String unitId = unitPath.substring(unitPath.lastIndexOf('/') + 1);

        String dsn = PersonnelFixtures.randomDsn();
        String lastName = "Quintero" + suffix.toLowerCase();
        mvc.perform(post("/staff/personnel/employees")
                        .with(csrf())
                        .param("dsn", dsn)
                        .param("firstName", "Marisol")
                        .param("lastName", lastName)
                        .param("rank", "SERGEANT")
                        .param("jobTitle", "Harbor Sergeant")
                        .param("status", "ACTIVE")
                        .param("unitId", unitId)
                        .param("workPhone", "(636) 555-0150")
                        .param("email", "marisol.quintero@police.example")
                        .param("hireDate", "2016-04-11"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/personnel/employees/" + dsn));

        mvc.perform(get("/staff/personnel/employees").param("q", "marisol " + lastName))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<html"),
                                containsString(lastName + ", Marisol"),
                                containsString("Harbor Division " + suffix),
                                containsString("1 employee found."))));
        mvc.perform(get("/staff/personnel/employees")
                        .param("q", dsn.substring(0, 5))
                        .param("unit", unitId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(lastName)));
        mvc.perform(get(unitPath))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Harbor Division " + suffix),
                                containsString(lastName + ", Marisol"),
                                containsString("1 member"))));
        mvc.perform(get("/staff/personnel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Harbor Division " + suffix)));

        assertThat(directory.findByDsn(dsn)).hasValueSatisfying(summary -> {
            assertThat(summary.displayName()).isEqualTo("Sgt. Marisol " + lastName);
            assertThat(summary.sworn()).isTrue();
            assertThat(summary.unitName()).isEqualTo("Harbor Division " + suffix);
        });
    }

    @Test
    void answersTheLiveSearchWithTheResultsFragmentOnly() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        long unit = fixtures().division("Fragment Division " + suffix);
        fixtures().officer("Tobias", "Lindgren" + suffix, unit);

        mvc.perform(get("/staff/personnel/employees")
                        .param("q", "lindgren" + suffix)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("<html")),
                                containsString("hx-swap-oob=\"true\""),
                                containsString("Lindgren" + suffix + ", Tobias"))));
    }

    @Test
    void auditsEveryViewOfAnEmployee() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        long unit = fixtures().division("Audit Division " + suffix);
        Dsn dsn = fixtures().officer("Irene", "Vogel" + suffix, unit);
        fixtures().officer("Paulo", "Mendes" + suffix, unit);
        PersonnelFixtures.asHr(() -> {
            records.transfer(
                    dsn,
                    new TransferEmployeeCommand(
                            fixtures().unitUnder(unit, "Audit Unit " + suffix),
                            PersonnelFixtures.HIRED.plusYears(2),
                            "Desk Officer"));
            return null;
        });

        mvc.perform(get("/staff/personnel/employees/" + dsn))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Vogel" + suffix),
                                containsString("Audit Division " + suffix),
                                containsString("Audit Unit " + suffix),
                                containsString("Desk Officer"))));

        assertThat(audit.search(
                        new AuditQuery("hr-tester", AuditAction.VIEW, "employee", dsn.value(), null, null, null, 0)))
                .isNotEmpty();
    }

    @Test
    @WithMockUser(username = "officer-tester", roles = "OFFICER")
    void refusesEmployeeAndUnitChangesToStaffWhoAreNeitherAdminNorHr() throws Exception {
        String dsn = PersonnelFixtures.randomDsn();
        long unit = fixtures().division("Refusal Division " + PersonnelFixtures.randomSuffix());

        mvc.perform(post("/staff/personnel/employees")
                        .with(csrf())
                        .param("dsn", dsn)
                        .param("firstName", "Nope")
                        .param("lastName", "Nobody")
                        .param("rank", "OFFICER")
                        .param("status", "ACTIVE")
                        .param("unitId", String.valueOf(unit))
                        .param("hireDate", "2020-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/personnel/employees/new")).andExpect(status().isForbidden());
        mvc.perform(post("/staff/personnel/units/" + unit + "/delete").with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(directory.findByDsn(dsn)).isEmpty();
        assertThat(orgChart.findByCode(orgChart.unit(unit).unit().code())).isPresent();
        // Reading is for everyone on the staff, and the page offers no changes.
        mvc.perform(get("/staff/personnel/units/" + unit))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/delete"))));
    }

    @Test
    void showsValidationMessagesNextToTheFieldsAndSavesNothing() throws Exception {
        String dsn = PersonnelFixtures.randomDsn();
        long unit = fixtures().division("Validation Division " + PersonnelFixtures.randomSuffix());

        mvc.perform(post("/staff/personnel/employees")
                        .with(csrf())
                        .param("dsn", dsn)
                        .param("firstName", "Half")
                        .param("lastName", " ")
                        .param("rank", "CIVILIAN")
                        .param("jobTitle", "")
                        .param("status", "ACTIVE")
                        .param("unitId", String.valueOf(unit))
                        .param("email", "not-an-address")
                        .param("hireDate", "2020-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                matchesPattern(
                                        "(?s).*<input(?=[^>]*id=\"lastName\")(?=[^>]*aria-describedby=\"lastName-error\")[^>]*>.*"),
                                matchesPattern("(?s).*id=\"lastName-error\"[^>]*>This field is required\\.<.*"),
                                matchesPattern("(?s).*id=\"jobTitle-error\"[^>]*>Civilian staff need a job title.*"),
                                matchesPattern("(?s).*id=\"email-error\"[^>]*>Enter a work e-mail address.*"),
                                containsString("is-invalid"),
                                containsString("value=\"Half\""))));

        assertThat(directory.findByDsn(dsn)).isEmpty();
    }

    @Test
    void explainsADateThatIsNoDateInsteadOfFailing() throws Exception {
        long unit = fixtures().division("Date Division " + PersonnelFixtures.randomSuffix());

        mvc.perform(post("/staff/personnel/employees")
                        .with(csrf())
                        .param("dsn", PersonnelFixtures.randomDsn())
                        .param("firstName", "Date")
                        .param("lastName", "Trouble")
                        .param("rank", "OFFICER")
                        .param("status", "ACTIVE")
                        .param("unitId", String.valueOf(unit))
                        .param("hireDate", "31/02/2020"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));
    }

    @Test
    void refusesATakenDsnNextToTheField() throws Exception {
        long unit = fixtures().division("Duplicate Division " + PersonnelFixtures.randomSuffix());
        Dsn taken = fixtures().officer("First", "Holder", unit);

        mvc.perform(post("/staff/personnel/employees")
                        .with(csrf())
                        .param("dsn", taken.value())
                        .param("firstName", "Second")
                        .param("lastName", "Claimant")
                        .param("rank", "OFFICER")
                        .param("status", "ACTIVE")
                        .param("unitId", String.valueOf(unit))
                        .param("hireDate", "2020-01-01"))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(matchesPattern("(?s).*id=\"dsn-error\"[^>]*>The DSN " + taken
                                + " already belongs to another employee\\.<.*")));
    }

    @Test
    void refusesToDeleteOrDeactivateAUnitThatStillHasMembersAndSaysHowMany() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        long unit = fixtures().division("Busy Division " + suffix);
        fixtures().officer("Rita", "One" + suffix, unit);
        fixtures().officer("Sam", "Two" + suffix, unit);
        fixtures().officer("Tess", "Three" + suffix, unit);

        mvc.perform(post("/staff/personnel/units/" + unit + "/delete").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This unit still has 3 active members")));
        mvc.perform(post("/staff/personnel/units/" + unit + "/deactivate").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This unit still has 3 active members")));

        assertThat(orgChart.unit(unit).unit().active()).isTrue();
    }

    @Test
    void deletesAnUnusedUnitAndDeactivatesAnEmptyOne() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        long parent = fixtures().division("Parent Division " + suffix);
        long mistake = fixtures().unitUnder(parent, "Mistaken Unit " + suffix);

        mvc.perform(post("/staff/personnel/units/" + parent + "/delete").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This unit still has 1 sub-unit")));
        mvc.perform(post("/staff/personnel/units/" + mistake + "/delete").with(csrf()))
                .andExpect(redirectedUrl("/staff/personnel"));
        mvc.perform(post("/staff/personnel/units/" + parent + "/deactivate").with(csrf()))
                .andExpect(redirectedUrl("/staff/personnel/units/" + parent));

        assertThat(orgChart.unit(parent).unit().active()).isFalse();
        mvc.perform(get("/staff/personnel/units/" + mistake)).andExpect(status().isNotFound());
    }

    @Test
    void refusesToMoveAUnitUnderItsOwnSubUnit() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        long top = fixtures().division("Looping Division " + suffix);
        long below = fixtures().unitUnder(top, "Looping Unit " + suffix);
        OrgUnitView unit = orgChart.unit(top).unit();

        mvc.perform(post("/staff/personnel/units/" + top)
                        .with(csrf())
                        .param("code", unit.code())
                        .param("nameEn", unit.nameEn())
                        .param("nameEs", unit.nameEs())
                        .param("parentId", String.valueOf(below))
                        .param("commanderDsn", ""))
                .andExpect(status().isConflict())
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*id=\"parentId-error\"[^>]*>A unit cannot be placed under itself or under one of its own sub-units\\.<.*")));

        assertThat(orgChart.unit(top).unit().parentId()).isNull();
    }

    @Test
    void transfersAnEmployeeAndKeepsTheHistory() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        long from = fixtures().division("Old Division " + suffix);
        long to = fixtures().division("New Division " + suffix);
        Dsn dsn = fixtures().officer("Hugo", "Mover" + suffix, from);

        mvc.perform(post("/staff/personnel/employees/" + dsn + "/transfer")
                        .with(csrf())
                        .param("unitId", String.valueOf(to))
                        .param("effective", "2022-09-01")
                        .param("title", "Traffic Officer"))
                .andExpect(redirectedUrl("/staff/personnel/employees/" + dsn));

        EmployeeDetails details = PersonnelFixtures.asHr(() -> records.view(dsn.value()));
        assertThat(details.unit().id()).isEqualTo(to);
        assertThat(details.assignments())
                .extracting(entry -> entry.unit().id(), AssignmentEntry::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(from, "Patrol Officer"),
                        org.assertj.core.groups.Tuple.tuple(to, "Traffic Officer"));
        assertThat(details.assignments().get(0).to()).isEqualTo("2022-09-01");
    }

    @Test
    void offersTheStandardOrganisationOnlyForAnEmptyChart() throws Exception {
        fixtures().division("Existing Division " + PersonnelFixtures.randomSuffix());

        mvc.perform(post("/staff/personnel/standard-organisation").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(containsString("The standard organisation can only be created in an empty chart")));
    }

    @Test
    void showsTheOrgChartInSpanish() throws Exception {
        String suffix = PersonnelFixtures.randomSuffix();
        fixtures().division("Spanish Division " + suffix);

        mvc.perform(get("/staff/personnel").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Organigrama"),
                                containsString("Spanish Division " + suffix + " (es)"),
                                containsString("sin miembros"))));
    }
}
