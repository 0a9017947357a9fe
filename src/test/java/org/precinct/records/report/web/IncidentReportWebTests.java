package org.precinct.records.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.precinct.intake.review.ReviewFixtures.asStaff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.records.report.IncidentReportQueries;
import org.precinct.records.report.IncidentReportWorkflow;
import org.precinct.records.report.ReportInputs;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The incident report pages, the CSV export and the release copy, as staff members use them. */
@PrecinctTest
class IncidentReportWebTests {

    private static final String PATH = "/staff/records/reports";

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentReportWorkflow workflow;

    @Autowired
    IncidentReportQueries queries;

    private final String officerName = "ofc-" + UUID.randomUUID().toString().substring(0, 8);
    private final RequestPostProcessor officer = user(officerName).roles("OFFICER");
    private final RequestPostProcessor supervisor =
            user("sgt-" + UUID.randomUUID().toString().substring(0, 8)).roles("SUPERVISOR");
    private final RequestPostProcessor clerk =
            user("clk-" + UUID.randomUUID().toString().substring(0, 8)).roles("RECORDS");

    @Test
    void theFieldPageOffersEveryPartOfAReportInEnglishAndSpanish() throws Exception {
        mvc.perform(get(PATH + "/new").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>")))
                .andExpect(content().string(containsString("New incident report")))
                .andExpect(content().string(containsString("23F – Theft From Motor Vehicle")))
                .andExpect(content().string(containsString("for=\"people-0-dateOfBirth\"")))
                .andExpect(content().string(containsString("Submit for review")));
        mvc.perform(get(PATH + "/new").param("lang", "es").with(officer))
                .andExpect(content().string(containsString("Nuevo informe de incidente")))
                .andExpect(content().string(containsString("23F – Hurto de objetos de un vehículo motorizado")));
        mvc.perform(get(PATH + "/new").with(user("pio").roles("PIO"))).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/rows/person")
                        .param("personLastName", "Lopez", "")
                        .header("HX-Request", "true")
                        .with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"people-2-lastName\"")))
                .andExpect(content().string(containsString("Person 3")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void anImpossibleEntryComesBackWithItsMessageNextToTheFieldAndASummary() throws Exception {
        mvc.perform(form(post(PATH + "/new"), ReportInputs.surname(), "2090-01-01", "save")
                        .with(officer))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#people-0-dateOfBirth\"")))
                .andExpect(content().string(containsString("aria-describedby=\"people-0-dateOfBirth-error\"")))
                .andExpect(content().string(containsString("born on this date")))
                .andExpect(content().string(containsString("Date of birth 1: ")));
    }

    @Test
    void anOfficerSavesSubmitsAndFindsTheReportInTheInbox() throws Exception {
        String victim = ReportInputs.surname();
        String location = mvc.perform(
                        form(post(PATH + "/new"), victim, "1984-03-12", "save").with(officer))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String number = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(PATH + "/" + number).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Incident report " + number)))
                .andExpect(content().string(containsString(victim)))
                .andExpect(content().string(containsString("Before it moves on")))
                .andExpect(content().string(not(containsString("Missing:"))));
        mvc.perform(get("/staff/records/inbox").with(officer))
                .andExpect(content().string(containsString(number)));

        mvc.perform(form(post(PATH + "/" + number), victim, "1984-03-12", "submit")
                        .with(officer))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(PATH + "/" + number).with(supervisor))
                .andExpect(content().string(containsString("Submitted")))
                .andExpect(content().string(containsString("Return to the author")))
                .andExpect(content().string(containsString("Approve for the Bureau of Records")));

        mvc.perform(post(PATH + "/" + number + "/steps/return").with(supervisor).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"return-comments-error\"")));
    }

    @Test
    void anApprovedReportSavedInPlaceIsRefusedWithWhatToDoInstead() throws Exception {
        String victim = ReportInputs.surname();
        String number = approved(victim, List.of());
        mvc.perform(form(post(PATH + "/" + number), "Changed", "1984-03-12", "save")
                        .with(officer))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("approved and locked")));
        assertThat(asStaff(officerName, null, Set.of(Role.OFFICER), () -> queries.view(number))
                        .report()
                        .people()
                        .get(0)
                        .lastName())
                .isEqualTo(victim);
    }

    @Test
    void aSealedReportsPageIsNotFoundForAnOfficer() throws Exception {
        String number = approved(ReportInputs.surname(), List.of());
        mvc.perform(post(PATH + "/" + number + "/steps/seal")
                        .param("reason", "Court order 26-JU-0200")
                        .with(clerk)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(PATH + "/" + number).with(officer)).andExpect(status().isNotFound());
        mvc.perform(get(PATH + "/" + number + "/release.pdf").with(officer)).andExpect(status().isNotFound());
        mvc.perform(get(PATH + "/" + number).with(clerk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sealed")));
    }

    @Test
    void theCsvExportListsThePeriodsIncidentsForRecordsCommandAndAnalystsOnly() throws Exception {
        String number = approved(ReportInputs.surname(), List.of());
        String sealed = approved(ReportInputs.surname(), List.of());
        asStaff("clk-x", null, Set.of(Role.RECORDS), () -> workflow.seal(sealed, true, "Court order", null));
        LocalDate today = LocalDate.now();
        String csv = mvc.perform(get(PATH + "/export.csv")
                        .param("from", today.minusDays(3).toString())
                        .param("to", today.toString())
                        .with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).startsWith("report_number,status,how_received,");
        assertThat(csv.lines().filter(line -> line.startsWith(number + ",")).findFirst())
                .hasValueSatisfying(line -> assertThat(line)
                        .contains(",APPROVED,OFFICER_INITIATED,")
                        .contains(",290,"));
        assertThat(csv).doesNotContain("(636) 555-0142").doesNotContain(sealed);
        String forRecords = mvc.perform(get(PATH + "/export.csv")
                        .param("from", today.minusDays(3).toString())
                        .param("to", today.toString())
                        .with(clerk))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(forRecords).contains(number + ",").contains(sealed + ",");

        mvc.perform(get(PATH + "/export.csv")
                        .param("from", "2026-01-01")
                        .param("to", "2026-01-02")
                        .with(officer))
                .andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/export.csv")
                        .param("from", "2026-02-01")
                        .param("to", "2026-01-01")
                        .with(clerk))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theReleaseCopyWithholdsJuvenileNamesAndContactDetails() throws Exception {
        String minor = ReportInputs.surname();
        String number = approved(ReportInputs.surname(), List.of(ReportInputs.juvenileSuspect(minor)));
        byte[] pdf = mvc.perform(get(PATH + "/" + number + "/release.pdf").with(clerk))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Incident report " + number).contains("Juvenile (name withheld)");
        assertThat(text).doesNotContain(minor).doesNotContain("555-0142").doesNotContain("14 Elm Ct");

        String draft = asStaff(
                        officerName,
                        null,
                        Set.of(Role.OFFICER),
                        () -> workflow.create(ReportInputs.vandalism(ReportInputs.surname())))
                .reportNumber();
        mvc.perform(get(PATH + "/" + draft + "/release.pdf").with(officer)).andExpect(status().isConflict());
    }

    @Test
    void aPhotoIsKeptWithTheReportAndOnlyPicturesAndPdfsAreTaken() throws Exception {
        String number = approved(ReportInputs.surname(), List.of());
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0x02};
        mvc.perform(multipart(PATH + "/" + number + "/attachments")
                        .file(new MockMultipartFile("file", "door.jpg", "image/jpeg", photo))
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(PATH + "/" + number + "/attachments")
                        .file(new MockMultipartFile("file", "page.html", "text/html", "<p>x</p>".getBytes()))
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(PATH + "/" + number).with(officer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("door.jpg").doesNotContain("page.html");
        String link = page.replaceAll("(?s).*href=\"(/staff/records/reports/[^\"]+/attachments/\\d+)\".*", "$1");
        byte[] served = mvc.perform(get(link).with(clerk))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(photo);
    }

    private String approved(String victim, List<org.precinct.records.report.ReportInput.PersonInput> others) {
        String number = asStaff(
                        officerName,
                        null,
                        Set.of(Role.OFFICER),
                        () -> workflow.create(ReportInputs.vandalism(victim, others)))
                .reportNumber();
        asStaff(officerName, null, Set.of(Role.OFFICER), () -> workflow.submit(number, null));
        asStaff("sgt-x", null, Set.of(Role.SUPERVISOR), () -> workflow.supervisorApprove(number, null));
        asStaff("clk-x", null, Set.of(Role.RECORDS), () -> workflow.recordsApprove(number, null));
        return number;
    }

    /** The field page's form as a browser posts it: every field of every row, the blank rows included. */
    private static MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, String victim, String born, String intent) {
        return request.with(csrf())
                .param("intent", intent)
                .param("howReceived", "OFFICER_INITIATED")
                .param("address", "100 Main St")
                .param("latitude", "")
                .param("longitude", "")
                .param(
                        "occurredFrom",
                        LocalDateTime.now()
                                .minusDays(1)
                                .withSecond(0)
                                .withNano(0)
                                .toString())
                .param("occurredTo", "")
                .param("reportedAt", "")
                .param("offenseCode", "290", "")
                .param("offenseAttempted", "false", "false")
                .param("offenseLocation", "20", "")
                .param("offenseWeapon", "", "")
                .param("offenseBias", "NONE", "")
                .param("personId", "", "")
                .param("personRole", "VICTIM", "VICTIM")
                .param("personOrganisation", "false", "false")
                .param("personLastName", victim, "")
                .param("personFirstName", "Mia", "")
                .param("personDateOfBirth", born, "")
                .param("personJuvenile", "false", "false")
                .param("personSex", "F", "")
                .param("personRace", "W", "")
                .param("personPhone", "(636) 555-0142", "")
                .param("personAddress", "", "")
                .param("vehicleId", "")
                .param("vehiclePlate", "")
                .param("vehiclePlateState", "")
                .param("vehicleVin", "")
                .param("vehicleMake", "")
                .param("vehicleModel", "")
                .param("vehicleYear", "")
                .param("vehicleColour", "")
                .param("propertyId", "")
                .param("propertyDescription", "")
                .param("propertyCategory", "")
                .param("propertyValue", "")
                .param("propertySerial", "")
                .param("propertyStatus", "STOLEN")
                .param("narrative", "Black spray paint across the garage door, found by the owner at dawn.")
                .param("clearance", "OPEN")
                .param("exceptionalClearance", "")
                .param("clearedOn", "");
    }
}
