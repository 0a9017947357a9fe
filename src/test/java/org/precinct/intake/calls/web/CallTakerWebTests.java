package org.precinct.intake.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.addresses.AddressImport;
import org.precinct.intake.calls.CallLog;
import org.precinct.intake.calls.CallOutcome;
import org.precinct.intake.duplicates.DuplicateFixtures;
import org.precinct.intake.duplicates.DuplicateFixtures.StoredReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The call-taker console over MockMvc: a phone report filed with the caller's number and the call-taker's name, a
 * transfer that stores no report, inquiries logged and counted, messages next to the fields, and every live part
 * of the page.
 */
@PrecinctTest
@WithMockUser(username = "calltaker-web", roles = "RECORDS")
class CallTakerWebTests {

    private static final String CONSOLE = "/staff/intake/calls";
    private static final Pattern TRACKING = Pattern.compile("id=\"result-number\">(T\\d{2}-\\d{6,9})<");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Boundaries boundaries;

    @Autowired
    AddressImport addressImport;

    @Autowired
    AuditTrail audit;

    @Autowired
    CallLog callLog;

    private DuplicateFixtures town;
    private String street;
    private String callerPhone;
    private String marker;

    /** A town of the test's own with a street of five houses, ten metres apart, going north from its centre. */
    @BeforeEach
    void town() {
        town = DuplicateFixtures.somewhere(jdbc).withTown(boundaries);
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        street = "Quill" + letters + " Rd";
        StringBuilder rows = new StringBuilder("address,latitude,longitude\n");
        for (int number = 100; number <= 140; number += 10) {
            GeoPoint point = town.at(number - 100, 0);
            rows.append(String.format(
                    Locale.ROOT, "\"%d %s\",%.7f,%.7f%n", number, street, point.latitude(), point.longitude()));
        }
        assertThat(addressImport.importCsv(new StringReader(rows.toString())).accepted())
                .isEqualTo(5);
        callerPhone = "(636) 555-" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + " x"
                + ThreadLocalRandom.current().nextInt(1000);
        callerPhone = callerPhone.replace(" x", "-");
        marker = "call-" + UUID.randomUUID();
    }

    /** A vandalism call, placed at 120 on the test street as a chosen suggestion, with every required answer. */
    private Map<String, String> vandalismCall() {
        GeoPoint house = town.at(20, 0);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("idempotencyKey", UUID.randomUUID().toString());
        fields.put("callerPhone", callerPhone);
        fields.put("callerName", "Rosa Delgado");
        fields.put("description", "Someone spray-painted my fence overnight, nobody was hurt " + marker);
        fields.put("incidentType", "VANDALISM");
        fields.put("answers[propertyType]", "HOME");
        fields.put("answers[damageKind]", "GRAFFITI");
        fields.put("answers[estimatedDamage]", "300");
        fields.put("answers[hateSymbols]", "false");
        fields.put("address", "120 " + street);
        fields.put("placeAddress", "120 " + street);
        fields.put("latitude", Double.toString(house.latitude()));
        fields.put("longitude", Double.toString(house.longitude()));
        fields.put("occurredFrom", "2026-01-02T22:30");
        fields.put("callerIsReporter", "true");
        fields.put("callerIsReporterShown", "true");
        fields.put("vehicles[0].make", "Ford");
        fields.put("vehicles[0].colour", "white");
        return fields;
    }

    private static MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach(request::param);
        return request.with(csrf()).header("HX-Request", "true");
    }

    private long reportsWithMarker() {
        return jdbc.sql("select count(*) from intake.service_request where description like :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
    }

    private List<Map<String, Object>> callsFrom(String phone) {
        return jdbc.sql("""
                        select taken_by, outcome, tracking_number, topic_code, note, cast(triage_reasons as text) as reasons
                        from intake.call_record where caller_phone = :phone order by id
                        """).param("phone", phone).query().listOfRows();
    }

    @Test
    void theConsoleIsOnePageInEnglishAndSpanish() throws Exception {
        mvc.perform(get(CONSOLE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Take a call</h1>"),
                                containsString("data-shortcut=\"P\" aria-keyshortcuts=\"Alt+P\""),
                                containsString("data-shortcut=\"X\""),
                                containsString("Keyboard shortcuts"),
                                containsString("Theft from a vehicle"),
                                containsString("Office hours and locations"),
                                containsString("href=\"/staff/intake/calls\" aria-current=\"page\""))));
        mvc.perform(get(CONSOLE).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Atender una llamada</h1>"),
                                containsString("Robo de objetos de un vehículo"),
                                containsString("Transferir al 911"))));
    }

    @Test
    void aPhoneReportIsFiledWithTheCallersNumberAndTheCallTaker() throws Exception {
        String page = mvc.perform(form(post(CONSOLE + "/report"), vandalismCall()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Report filed")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher number = TRACKING.matcher(page);
        assertThat(number.find()).as(page).isTrue();
        String tracking = number.group(1);
        assertThat(page).containsPattern("id=\"result-code\">[A-Z2-9]{5}-[A-Z2-9]{5}<");

        Map<String, Object> report = jdbc.sql("""
                        select channel, caller_phone, taken_by, reporter_name, reporter_phone, address, occurred_from
                        from intake.service_request where tracking_number = :n
                        """).param("n", tracking).query().singleRow();
        assertThat(report)
                .containsEntry("channel", "PHONE")
                .containsEntry("caller_phone", callerPhone)
                .containsEntry("taken_by", "calltaker-web")
                .containsEntry("reporter_name", "Rosa Delgado")
                .containsEntry("reporter_phone", callerPhone)
                .containsEntry("address", "120 " + street);
        // 22:30 on 2 January in Chesterfield (UTC-6).
        assertThat(((java.sql.Timestamp) report.get("occurred_from")).toInstant())
                .isEqualTo(Instant.parse("2026-01-03T04:30:00Z"));
        assertThat(jdbc.sql("""
                        select make from intake.request_vehicle v join intake.service_request r on r.id = v.request_id
                        where r.tracking_number = :n
                        """).param("n", tracking).query(String.class).list())
                .containsExactly("Ford");
        assertThat(callsFrom(callerPhone))
                .singleElement()
                .satisfies(call -> assertThat(call)
                        .containsEntry("outcome", "REPORT_TAKEN")
                        .containsEntry("taken_by", "calltaker-web")
                        .containsEntry("tracking_number", tracking));
        assertThat(audit.search(new AuditQuery(
                        "calltaker-web", AuditAction.CREATE, "service-request", tracking, null, null, null, 0)))
                .hasSize(1);
        assertThat(audit.search(
                        new AuditQuery("calltaker-web", AuditAction.CREATE, "call-record", null, null, null, null, 0)))
                .isNotEmpty();
    }

    @Test
    void theReceiptGoesOutInTheCallersLanguage() throws Exception {
        String email = "rosa." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Map<String, String> call = vandalismCall();
        call.put("reporterEmail", email);
        call.put("receiptLanguage", "es");
        String page = mvc.perform(form(post(CONSOLE + "/report"), call))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher number = TRACKING.matcher(page);
        assertThat(number.find()).isTrue();
        assertThat(jdbc.sql("select subject from notifications.outbound_mail where recipient = :to")
                        .param("to", email)
                        .query(String.class)
                        .list())
                .containsExactly("Su reporte " + number.group(1) + " fue recibido");
    }

    @Test
    void theSameFormFiledTwiceFilesOneReport() throws Exception {
        Map<String, String> call = vandalismCall();
        mvc.perform(form(post(CONSOLE + "/report"), call)).andExpect(status().isOk());
        mvc.perform(form(post(CONSOLE + "/report"), call))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This call was filed before as T")));
        assertThat(reportsWithMarker()).isEqualTo(1);
        assertThat(callsFrom(callerPhone)).hasSize(1);
    }

    @Test
    void messagesStandNextToTheirFieldsAndNothingIsStored() throws Exception {
        Map<String, String> noPhone = vandalismCall();
        noPhone.put("callerPhone", "");
        mvc.perform(form(post(CONSOLE + "/report"), noPhone))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Nothing was saved. Please correct:"),
                                containsString("href=\"#callerPhone\">Enter the caller’s phone number.</a>"),
                                containsString("id=\"callerPhone-error\""))));

        Map<String, String> incomplete = vandalismCall();
        incomplete.remove("incidentType");
        incomplete.put("description", " ");
        incomplete.put("address", "999 Nowhere Such Blvd " + marker);
        incomplete.put("occurredFrom", "yesterday");
        incomplete.put("property[0].description", "");
        incomplete.put("property[0].value", "lots");
        String page = mvc.perform(form(post(CONSOLE + "/report"), incomplete))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"occurredFrom-error\"", "Enter a date and time.")
                .contains("id=\"property-0-value-error\"")
                .contains("href=\"#occurredFrom\"");
        incomplete.put("occurredFrom", "");
        incomplete.remove("property[0].value");
        page = mvc.perform(form(post(CONSOLE + "/report"), incomplete))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"incidentType-error\"", "Choose what happened.")
                .contains("id=\"description-error\"", "Describe what happened.")
                .contains("id=\"address-error\"")
                .contains("href=\"#incidentType\"", "href=\"#description\"", "href=\"#address\"")
                .contains("value=\"" + callerPhone + "\"");
        assertThat(reportsWithMarker()).isZero();
        assertThat(callsFrom(callerPhone)).isEmpty();
    }

    @Test
    void plainPostsWithoutScriptsGetTheWholePageAndARefusalStatus() throws Exception {
        Map<String, String> noPhone = vandalismCall();
        noPhone.put("callerPhone", "");
        MockHttpServletRequestBuilder request = post(CONSOLE + "/report").with(csrf());
        noPhone.forEach(request::param);
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(containsString("<h1>Take a call</h1>"), containsString("callerPhone-error"))));
    }

    @Test
    void anEmergencyAtFilingStoresNothing() throws Exception {
        Map<String, String> call = vandalismCall();
        call.put("description", "He is breaking my windows right now and has a baseball bat " + marker);
        mvc.perform(form(post(CONSOLE + "/report"), call))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This reads as an emergency: nothing was filed.")));
        Map<String, String> safety = vandalismCall();
        safety.put("injured", "true");
        mvc.perform(form(post(CONSOLE + "/report"), safety))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("emergency-at-filing")));
        assertThat(reportsWithMarker()).isZero();
        assertThat(callsFrom(callerPhone)).isEmpty();
    }

    @Test
    void aTransferIsLoggedWithItsReasonsAndStoresNoReport() throws Exception {
        Map<String, String> call = vandalismCall();
        call.put("description", "My neighbour is waving a knife at me in the driveway " + marker);
        mvc.perform(form(post(CONSOLE + "/transfer"), call))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Transferred to 911"), containsString("No report was stored."))));
        assertThat(reportsWithMarker()).isZero();
        assertThat(callsFrom(callerPhone)).singleElement().satisfies(logged -> {
            assertThat(logged).containsEntry("outcome", "TRANSFERRED_911").containsEntry("taken_by", "calltaker-web");
            assertThat(logged.get("tracking_number")).isNull();
            assertThat((String) logged.get("reasons")).contains("\"code\"").containsIgnoringCase("knife");
            assertThat((String) logged.get("reasons")).doesNotContain(marker);
        });
    }

    @Test
    void anInquiryIsLoggedAndCounted() throws Exception {
        long officeHoursBefore = officeHoursThisWeek();
        mvc.perform(form(
                        post(CONSOLE + "/inquiry"),
                        Map.of(
                                "callerPhone",
                                callerPhone,
                                "topic",
                                "OFFICE_HOURS",
                                "note",
                                "Asked when records opens")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Inquiry logged"),
                                containsString("Topic: Office hours and locations."))));
        assertThat(callsFrom(callerPhone))
                .singleElement()
                .satisfies(logged -> assertThat(logged)
                        .containsEntry("outcome", "INQUIRY_ANSWERED")
                        .containsEntry("topic_code", "OFFICE_HOURS")
                        .containsEntry("note", "Asked when records opens"));
        assertThat(officeHoursThisWeek()).isEqualTo(officeHoursBefore + 1);
        mvc.perform(get(CONSOLE + "/summary"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Calls on the non-emergency line"),
                                containsString("data-topic=\"OFFICE_HOURS\""),
                                containsString("Office hours and locations</span>"),
                                containsString("<td class=\"text-end\">" + (officeHoursBefore + 1) + "</td>"))));
        mvc.perform(get(CONSOLE + "/summary").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Horario y ubicación de las oficinas")));
    }

    private long officeHoursThisWeek() {
        var today = callLog.today();
        var summary = callLog.summary(
                today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)),
                today.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY)));
        return summary.byTopic().stream()
                .filter(count -> count.topic().code().equals("OFFICE_HOURS"))
                .findFirst()
                .orElseThrow()
                .calls();
    }

    @Test
    void anInquiryNeedsATopic() throws Exception {
        mvc.perform(form(post(CONSOLE + "/inquiry"), Map.of("callerPhone", callerPhone, "note", "x".repeat(2001))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"topic-error\""),
                                containsString("Choose the inquiry’s topic."),
                                containsString("id=\"note-error\""))));
        assertThat(callsFrom(callerPhone)).isEmpty();
    }

    @Test
    void theSummaryCountsAChosenRangeAndRefusesImpossibleOnes() throws Exception {
        mvc.perform(get(CONSOLE + "/summary").param("from", "2026-01-01").param("to", "2026-01-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From 2026-01-01 to 2026-01-31:")));
        mvc.perform(get(CONSOLE + "/summary").param("from", "2026-02-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"to-error\""),
                                containsString("The last day is before the first."),
                                not(containsString("id=\"by-outcome\"")))));
        mvc.perform(get(CONSOLE + "/summary").param("from", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"from-error\"")));
        assertThat(callLog.summary(java.time.LocalDate.of(2001, 1, 1), java.time.LocalDate.of(2001, 1, 2))
                        .byOutcome())
                .containsOnlyKeys(CallOutcome.values())
                .allSatisfy((outcome, count) -> assertThat(count).isZero());
    }

    @Test
    void theEmergencyCheckAnswersAsTheCallTakerTypes() throws Exception {
        mvc.perform(form(post(CONSOLE + "/triage"), Map.of("description", "He pulled a gun on me just now")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("This reads as an emergency: transfer the call to 911."),
                                containsString("<q>"),
                                containsString("id=\"triage-transfer\""))));
        mvc.perform(form(
                        post(CONSOLE + "/triage"),
                        Map.of("description", "My bike was stolen from the rack last week, the thief is long gone")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("No signs of an emergency so far."),
                                not(containsString("triage-emergency")))));
        mvc.perform(form(post(CONSOLE + "/triage"), Map.of("description", "", "suspectPresent", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("triage-emergency")));
    }

    @Test
    void theTypeSearchNarrowsTheListInEitherLanguage() throws Exception {
        mvc.perform(get(CONSOLE + "/types").param("typeSearch", "vehiculo"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Theft from a vehicle"),
                                containsString("Abandoned vehicle"),
                                not(containsString("Noise complaint")))));
        mvc.perform(get(CONSOLE + "/types").param("typeSearch", "noise").param("incidentType", "FRAUD"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Noise complaint"),
                                containsString("Fraud or scam"),
                                containsString("value=\"FRAUD\" checked"))));
    }

    @Test
    void aChosenTypeBringsItsQuestions() throws Exception {
        mvc.perform(get(CONSOLE + "/questions")
                        .param("incidentType", "VANDALISM")
                        .param("answers[damageKind]", "GRAFFITI"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"answers-propertyType\""),
                                containsString("What was damaged?"),
                                org.hamcrest.Matchers.matchesPattern(
                                        "(?s).*<option value=\"GRAFFITI\"\\s+selected=\"selected\">Graffiti</option>.*"),
                                containsString("id=\"answers-estimatedDamage\""))));
        mvc.perform(get(CONSOLE + "/questions")
                        .param("incidentType", "VANDALISM")
                        .param("picker", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "call-changed"))
                .andExpect(content().string(allOf(containsString("id=\"type-picker\""), containsString("autofocus"))));
    }

    @Test
    void addressesAreSuggestedAndThePlaceIsCheckedAgainstTheJurisdiction() throws Exception {
        mvc.perform(get(CONSOLE + "/addresses").param("address", street.substring(0, 8)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("110 " + street)));
        GeoPoint house = town.at(10, 0);
        mvc.perform(get(CONSOLE + "/place")
                        .param("address", "110 " + street)
                        .param("latitude", Double.toString(house.latitude()))
                        .param("longitude", Double.toString(house.longitude())))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "call-changed"))
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"110 " + street + "\""),
                                containsString("place-inside"),
                                containsString("Inside Town "))));
        mvc.perform(get(CONSOLE + "/place").param("address", "130 " + street.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("130 " + street), containsString("place-inside"))));
        GeoPoint away = town.at(5_000, 5_000);
        mvc.perform(get(CONSOLE + "/place")
                        .param("address", "Somewhere far")
                        .param("latitude", Double.toString(away.latitude()))
                        .param("longitude", Double.toString(away.longitude())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Outside our jurisdiction")));
    }

    @Test
    void likelyDuplicatesShowAndTheCallersAccountGoesToOneOfThem() throws Exception {
        String earlier = town.store(new StoredReport(
                "VANDALISM",
                "RECEIVED",
                town.at(25, 0),
                Instant.parse("2026-01-03T03:00:00Z"),
                Instant.parse("2026-01-03T15:00:00Z"),
                "Fence spray-painted overnight",
                "125 " + street));
        Map<String, String> call = vandalismCall();
        mvc.perform(form(post(CONSOLE + "/duplicates"), call))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(earlier),
                                containsString("100 block of " + street),
                                containsString("Add the caller’s account to " + earlier))));

        call.put("description", "I saw two kids with spray cans by the fence at 10 pm " + marker);
        mvc.perform(form(
                        post(CONSOLE + "/add-to-report")
                                .param("report", earlier)
                                .param("source", "OTHER_REPORTER"),
                        call))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was added to report " + earlier)));
        assertThat(jdbc.sql("""
                        select s.source || ' ' || s.author || ' ' || c.phone from intake.request_supplement s
                        join intake.service_request r on r.id = s.request_id
                        join intake.supplement_contact c on c.supplement_id = s.id
                        where r.tracking_number = :n
                        """).param("n", earlier).query(String.class).list())
                .containsExactly("OTHER_REPORTER Rosa Delgado " + callerPhone);
        assertThat(callsFrom(callerPhone))
                .singleElement()
                .satisfies(logged -> assertThat(logged)
                        .containsEntry("outcome", "ADDED_TO_REPORT")
                        .containsEntry("tracking_number", earlier));
        assertThat(reportsWithMarker()).isZero();

        jdbc.sql("update intake.service_request set status = 'CLOSED' where tracking_number = :n")
                .param("n", earlier)
                .update();
        mvc.perform(form(
                        post(CONSOLE + "/add-to-report")
                                .param("report", earlier)
                                .param("source", "REPORTER"),
                        call))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is no longer open; nothing was added")));
    }

    @Test
    void rowsOfPeopleVehiclesAndPropertyAreAddedWithoutLosingWhatWasTyped() throws Exception {
        Map<String, String> call = vandalismCall();
        call.put("add", "person");
        mvc.perform(form(post(CONSOLE + "/rows"), call))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"involved\""),
                                containsString("id=\"people-0-role\""),
                                containsString("value=\"Ford\""),
                                containsString("autofocus"))));
        call.put("add", "spaceship");
        mvc.perform(form(post(CONSOLE + "/rows"), call)).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(username = "patrol-web", roles = "OFFICER")
    void onlyCallTakersMayUseTheConsole() throws Exception {
        mvc.perform(get(CONSOLE)).andExpect(status().isForbidden());
        mvc.perform(form(post(CONSOLE + "/transfer"), Map.of("callerPhone", callerPhone)))
                .andExpect(status().isForbidden());
        mvc.perform(get(CONSOLE + "/summary")).andExpect(status().isForbidden());
        assertThat(callsFrom(callerPhone)).isEmpty();
    }

    @Test
    @WithMockUser(username = "topics-admin", roles = "ADMIN")
    void administratorsAddAndRetireTopics() throws Exception {
        String code = "PERMITS_" + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(post(CONSOLE + "/topics")
                        .with(csrf())
                        .param("code", code)
                        .param("labelEn", "Parking permits " + code)
                        .param("labelEs", "Permisos de estacionamiento " + code))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(CONSOLE)).andExpect(content().string(containsString("Parking permits " + code)));
        mvc.perform(get(CONSOLE).param("lang", "es"))
                .andExpect(content().string(containsString("Permisos de estacionamiento " + code)));
        mvc.perform(post(CONSOLE + "/topics")
                        .with(csrf())
                        .param("code", code)
                        .param("labelEn", "")
                        .param("labelEs", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"code-error\""),
                                containsString("There is already a topic with this code."),
                                containsString("id=\"labelEn-error\""))));
        mvc.perform(post(CONSOLE + "/topics/" + code + "/deactivate").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(CONSOLE)).andExpect(content().string(not(containsString("Parking permits " + code))));
        mvc.perform(get(CONSOLE + "/topics")).andExpect(content().string(containsString("Parking permits " + code)));
        mvc.perform(post(CONSOLE + "/topics/NO_SUCH_TOPIC_X/deactivate").with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(audit.search(
                        new AuditQuery("topics-admin", AuditAction.CHANGE, "inquiry-topic", code, null, null, null, 0)))
                .hasSize(1);
    }

    @Test
    void callTakersMayNotEditTopics() throws Exception {
        mvc.perform(get(CONSOLE + "/topics")).andExpect(status().isForbidden());
    }

    @Test
    void aFreshFormStartsAtTheCallersPhone() throws Exception {
        String page = mvc.perform(get(CONSOLE)).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<input type=\"tel\" id=\"callerPhone\"[^>]*autofocus");
        assertThat(page).doesNotContainPattern("id=\"description\"[^>]*autofocus");
    }
}
