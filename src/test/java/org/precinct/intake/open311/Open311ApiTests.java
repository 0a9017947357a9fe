package org.precinct.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precinct.intake.open311.Open311Fixtures.asAdministrator;
import static org.precinct.intake.open311.Open311Fixtures.childNames;
import static org.precinct.intake.open311.Open311Fixtures.select;
import static org.precinct.intake.open311.Open311Fixtures.text;
import static org.precinct.intake.open311.Open311Fixtures.xml;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precinct.PrecinctTest;
import org.precinct.geography.Boundaries;
import org.precinct.geography.addresses.AddressImport;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.request.ServiceRequestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Open311 GeoReport v2 as a client sees it, every resource in XML and in JSON: discovery, services, service
 * definitions, filing with a key (refused without one, refused for bad fields, stopped as an emergency with nothing
 * stored), the listing with its filters, one request, tokens; and never anyone's personal data in what is read.
 */
@PrecinctTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311ApiTests {

    private static final String API = "/open311/v2";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Boundaries boundaries;

    @Autowired
    AddressImport addresses;

    @Autowired
    Open311Clients clients;

    @Autowired
    ServiceRequestStore store;

    /** Each test class calls from an address of its own, so the public rate limit counts its calls only. */
    private final String clientAddress =
            "10.31.1." + (1 + ThreadLocalRandom.current().nextInt(250));

    private Open311Fixtures.Town town;
    private String type;
    private String phoneOnlyType;
    private String inactiveType;
    private String complaintType;
    private String apiKey;
    private String marker;

    @BeforeAll
    void data() {
        town = Open311Fixtures.Town.create(boundaries, addresses);
        type = Open311Fixtures.type(jdbc, transactions, Open311Fixtures.TypeSpec.online());
        phoneOnlyType = Open311Fixtures.type(
                jdbc, transactions, new Open311Fixtures.TypeSpec(false, false, "OFFICER_FOLLOW_UP", true));
        inactiveType = Open311Fixtures.type(
                jdbc, transactions, new Open311Fixtures.TypeSpec(true, false, "RECORDS_REVIEW", false));
        complaintType = Open311Fixtures.type(
                jdbc, transactions, new Open311Fixtures.TypeSpec(true, true, "INTERNAL_AFFAIRS", true));
        apiKey = asAdministrator(() -> clients.issue("Open311ApiTests app")).key();
    }

    /** The test's types leave the catalogue that other tests' residents choose from. */
    @AfterAll
    void retireTypes() {
        jdbc.sql("""
                        update intake.incident_type set active = false, version = version + 1
                        where code like 'O311\\_%' and active
                        """).update();
    }

    @BeforeEach
    void marker() {
        marker = "ref-" + UUID.randomUUID();
    }

    // Discovery

    @Test
    void discoveryNamesTheEndpointItsFormatsAndAChangesetInXmlAndJson() throws Exception {
        MockHttpServletResponse xmlAnswer = call(get("/open311/discovery.xml"));
        assertThat(xmlAnswer.getStatus()).isEqualTo(200);
        assertThat(xmlAnswer.getContentType()).startsWith("text/xml").containsIgnoringCase("charset=utf-8");
        assertThat(xmlAnswer.getContentAsString(StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Document discovery = xml(xmlAnswer.getContentAsByteArray());
        assertThat(discovery.getDocumentElement().getNodeName()).isEqualTo("discovery");
        assertThat(childNames(discovery.getDocumentElement()))
                .containsExactly("changeset", "contact", "key_service", "endpoints");
        Element endpoint = select(discovery, "/discovery/endpoints/endpoint").get(0);
        assertThat(childNames(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(text(discovery, "/discovery/endpoints/endpoint/specification"))
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(discovery, "/discovery/endpoints/endpoint/url")).endsWith("/open311/v2");
        assertThat(text(discovery, "/discovery/endpoints/endpoint/type")).isEqualTo("production");
        assertThat(select(discovery, "/discovery/endpoints/endpoint/formats/format"))
                .extracting(Element::getTextContent)
                .containsExactly("text/xml", "application/json");
        assertThat(text(discovery, "/discovery/contact")).contains("(636) 537-3000");

        MockHttpServletResponse jsonAnswer = call(get("/open311/discovery.json"));
        assertThat(jsonAnswer.getContentType()).startsWith("application/json");
        String json = jsonAnswer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(json, "$.changeset")).isEqualTo(text(discovery, "/discovery/changeset"));
        assertThat(JsonPath.<String>read(json, "$.endpoints[0].url")).endsWith("/open311/v2");
        assertThat(JsonPath.<List<String>>read(json, "$.endpoints[0].formats"))
                .containsExactly("text/xml", "application/json");
        assertThat(JsonPath.<String>read(json, "$.key_service")).isNotBlank();
        assertThat(call(get(API + "/discovery.json")).getStatus()).isEqualTo(200);
    }

    @Test
    void theChangesetMovesOnWhenAServiceChangesAndOnlyThen() throws Exception {
        String longAgo = "2020-01-01T00:00:00Z";
        call(get("/open311/discovery.json"));
        backdateChangeset(longAgo);
        assertThat(changeset()).isEqualTo(longAgo);

        String added = Open311Fixtures.type(jdbc, transactions, Open311Fixtures.TypeSpec.online());
        String moved = changeset();
        assertThat(moved).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z").isGreaterThan(longAgo);
        assertThat(changeset()).isEqualTo(moved);

        backdateChangeset(longAgo);
        jdbc.sql("update intake.incident_type set name_en = :name, version = version + 1 where code = :code")
                .param("name", "Car prowl renamed " + marker)
                .param("code", added)
                .update();
        assertThat(changeset()).isGreaterThan(longAgo);
    }

    private void backdateChangeset(String at) {
        jdbc.sql("update intake.open311_changeset set changed_at = cast(:at as timestamptz)")
                .param("at", at)
                .update();
    }

    private String changeset() throws Exception {
        return JsonPath.read(call(get("/open311/discovery.json")).getContentAsString(), "$.changeset");
    }

    // Services

    @Test
    void theServicesAreTheActiveOnlineTypesInXmlAndJson() throws Exception {
        Document services = xml(call(get(API + "/services.xml")).getContentAsByteArray());
        assertThat(services.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(childNames(services.getDocumentElement())).isNotEmpty().containsOnly("service");
        Element ours = serviceElement(services, type);
        assertThat(childNames(ours))
                .containsExactly(
                        "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(text(services, "/services/service[service_code='" + type + "']/service_name"))
                .isEqualTo("Car prowl " + type);
        assertThat(text(services, "/services/service[service_code='" + type + "']/metadata"))
                .isEqualTo("true");
        assertThat(text(services, "/services/service[service_code='" + type + "']/type"))
                .isEqualTo("realtime");
        assertThat(select(services, "/services/service/service_code"))
                .extracting(Element::getTextContent)
                .contains(type, complaintType)
                .doesNotContain(phoneOnlyType, inactiveType);

        String json = call(get(API + "/services.json")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(json, "$[*].service_code"))
                .contains(type)
                .doesNotContain(phoneOnlyType, inactiveType);
        assertThat(JsonPath.<List<Boolean>>read(json, "$[?(@.service_code == '" + type + "')].metadata"))
                .containsExactly(true);

        String spanish = call(get(API + "/services.json").header("Accept-Language", "es"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(spanish, "$[?(@.service_code == '" + type + "')].service_name"))
                .containsExactly("Robo en auto " + type);
    }

    private static Element serviceElement(Document services, String code) {
        List<Element> found = select(services, "/services/service[service_code='" + code + "']");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aServiceDefinitionHasTheNoticesAndEveryQuestionWithItsDatatypeInXml() throws Exception {
        MockHttpServletResponse answer = call(get(API + "/services/" + type + ".xml"));
        assertThat(answer.getStatus()).isEqualTo(200);
        Document definition = xml(answer.getContentAsByteArray());
        assertThat(definition.getDocumentElement().getNodeName()).isEqualTo("service_definition");
        assertThat(childNames(definition.getDocumentElement())).containsExactly("service_code", "attributes");
        assertThat(text(definition, "/service_definition/service_code")).isEqualTo(type);
        List<Element> attributes = select(definition, "/service_definition/attributes/attribute");
        assertThat(attributes).hasSize(8);
        assertThat(childNames(attributes.get(0)))
                .containsExactly(
                        "variable", "code", "datatype", "required", "datatype_description", "order", "description");
        assertThat(select(definition, "//attribute/code"))
                .extracting(Element::getTextContent)
                .containsExactly(
                        "NOTICE_EMERGENCY",
                        "NOTICE_IDENTIFIED",
                        "itemsTaken",
                        "itemCount",
                        "vehicleLocked",
                        "discoveredOn",
                        "entryMethod",
                        "estimatedValue");
        assertThat(select(definition, "//attribute/datatype"))
                .extracting(Element::getTextContent)
                .containsExactly(
                        "string",
                        "string",
                        "text",
                        "number",
                        "singlevaluelist",
                        "datetime",
                        "singlevaluelist",
                        "number");
        assertThat(select(definition, "//attribute/variable"))
                .extracting(Element::getTextContent)
                .containsExactly("false", "false", "true", "true", "true", "true", "true", "true");
        assertThat(select(definition, "//attribute/required"))
                .extracting(Element::getTextContent)
                .containsExactly("false", "false", "true", "false", "true", "false", "true", "false");
        assertThat(select(definition, "//attribute/order"))
                .extracting(Element::getTextContent)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(text(definition, "//attribute[code='NOTICE_EMERGENCY']/description"))
                .contains("911");
        assertThat(text(definition, "//attribute[code='itemsTaken']/description"))
                .isEqualTo("What was taken?");
        assertThat(text(definition, "//attribute[code='estimatedValue']/datatype_description"))
                .contains("US dollars");
        Element entryMethod =
                select(definition, "//attribute[code='entryMethod']").get(0);
        assertThat(childNames(entryMethod)).endsWith("values");
        assertThat(select(definition, "//attribute[code='entryMethod']/values/value"))
                .allSatisfy(value -> assertThat(childNames(value)).containsExactly("key", "name"));
        assertThat(select(definition, "//attribute[code='entryMethod']/values/value/key"))
                .extracting(Element::getTextContent)
                .containsExactly("BROKEN_WINDOW", "UNLOCKED");
        assertThat(select(definition, "//attribute[code='vehicleLocked']/values/value/key"))
                .extracting(Element::getTextContent)
                .containsExactly("true", "false");
        assertThat(select(definition, "//attribute[code='itemsTaken']/values")).isEmpty();
    }

    @Test
    void aServiceDefinitionInJsonAndInSpanish() throws Exception {
        String json = call(get(API + "/services/" + type + ".json").header("Accept-Language", "es"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(json, "$.service_code")).isEqualTo(type);
        assertThat(JsonPath.<List<String>>read(json, "$.attributes[*].code")).hasSize(8);
        assertThat(JsonPath.<String>read(json, "$.attributes[2].description")).isEqualTo("¿Qué se llevaron?");
        assertThat(JsonPath.<List<String>>read(json, "$.attributes[?(@.code == 'entryMethod')].values[*].name"))
                .containsExactly("Ventana rota", "Estaba sin seguro");
        assertThat(JsonPath.<List<Object>>read(json, "$.attributes[?(@.code == 'vehicleLocked')].values[*].key"))
                .containsExactly("true", "false");
        assertThat(JsonPath.<Object>read(json, "$.attributes[0].datatype_description"))
                .isNull();
        assertThat(JsonPath.<Integer>read(json, "$.attributes[7].order")).isEqualTo(8);

        // A type anyone may report anonymously says nothing of names.
        String anonymous =
                call(get(API + "/services/" + complaintType + ".json")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(anonymous, "$.attributes[*].code"))
                .doesNotContain("NOTICE_IDENTIFIED")
                .startsWith("NOTICE_EMERGENCY", "itemsTaken");
    }

    @Test
    void anUnknownPhoneOnlyOrInactiveServiceIsNotFound() throws Exception {
        for (String code : List.of("NO_SUCH_TYPE", phoneOnlyType, inactiveType, "lower_case")) {
            MockHttpServletResponse xmlAnswer = call(get(API + "/services/" + code + ".xml"));
            assertThat(xmlAnswer.getStatus()).as(code).isEqualTo(404);
            Document errors = xml(xmlAnswer.getContentAsByteArray());
            assertThat(text(errors, "/errors/error/code")).isEqualTo("404");
            assertThat(text(errors, "/errors/error/description")).contains(code);
            String json = call(get(API + "/services/" + code + ".json")).getContentAsString();
            assertThat(JsonPath.<List<Integer>>read(json, "$[*].code")).containsExactly(404);
        }
    }

    // Filing

    @Test
    void aRequestIsFiledWithAKeyAndAnsweredWithItsIdInJson() throws Exception {
        MockHttpServletResponse answer = call(filing("json", valid()));
        assertThat(answer.getStatus()).isEqualTo(200);
        String json = answer.getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(json, "$[0].service_request_id");
        assertThat(id).matches("C\\d{2}-\\d{6,}");
        assertThat(JsonPath.<String>read(json, "$[0].service_notice")).contains("Records staff");
        assertThat(JsonPath.<Object>read(json, "$[0].account_id")).isNull();
        assertThat(JsonPath.<Map<String, Object>>read(json, "$[0]")).doesNotContainKey("token");
        assertThat(answer.getHeader(Open311RestController.TOKEN_HEADER)).isNotBlank();

        Map<String, Object> stored = jdbc.sql("""
                        select channel, incident_type_code, reporter_name, reporter_email, reporter_phone, beat_code,
                               answers::text as answers, o.media_url, o.client_id
                        from intake.service_request r join intake.open311_request o using (tracking_number)
                        where tracking_number = :id
                        """).param("id", id).query().singleRow();
        assertThat(stored)
                .containsEntry("channel", "OPEN311")
                .containsEntry("incident_type_code", type)
                .containsEntry("reporter_name", "Dana Reyes")
                .containsEntry("reporter_email", "dana.reyes@example.org")
                .containsEntry("reporter_phone", "(636) 555-0100")
                .containsEntry("beat_code", town.code() + "B")
                .containsEntry("media_url", "https://photos.example.org/" + marker + ".jpg");
        assertThat(stored.get("client_id")).isNotNull();
        assertThat((String) stored.get("answers"))
                .contains("\"itemsTaken\": \"laptop bag\"")
                .contains("\"vehicleLocked\": \"false\"")
                .contains("\"entryMethod\": \"BROKEN_WINDOW\"")
                .contains("\"discoveredOn\": \"2026-11-20\"")
                .contains("\"estimatedValue\": \"250.00\"");
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.sql("select last_used_at from intake.open311_client where id = :id")
                        .param("id", stored.get("client_id"))
                        .query(Timestamp.class)
                        .single())
                .isNotNull();
    }

    @Test
    void aRequestIsFiledByAddressAndAnsweredInXml() throws Exception {
        Map<String, String> fields = valid();
        fields.remove("lat");
        fields.remove("long");
        fields.put("address_string", town.address());
        MockHttpServletResponse answer = call(filing("xml", fields));
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentType()).startsWith("text/xml");
        Document filed = xml(answer.getContentAsByteArray());
        assertThat(filed.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        Element request = select(filed, "/service_requests/request").get(0);
        assertThat(childNames(request)).containsExactly("service_request_id", "service_notice", "account_id");
        String id = text(filed, "/service_requests/request/service_request_id");
        assertThat(id).matches("C\\d{2}-\\d{6,}");
        Map<String, Object> stored = jdbc.sql(
                        "select address, latitude, longitude from intake.service_request where tracking_number = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(stored.get("address")).isEqualTo(town.address());
        assertThat((Double) stored.get("latitude"))
                .isCloseTo(town.latitude(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theSameIdempotencyKeyFilesOnceAndAnswersWithTheSameId() throws Exception {
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse first = call(filing("json", valid()).header("Idempotency-Key", key));
        MockHttpServletResponse second = call(filing("json", valid()).header("Idempotency-Key", key));
        assertThat(second.getStatus()).isEqualTo(200);
        String id = JsonPath.read(first.getContentAsString(), "$[0].service_request_id");
        assertThat(JsonPath.<String>read(second.getContentAsString(), "$[0].service_request_id"))
                .isEqualTo(id);
        assertThat(second.getHeader(Open311RestController.TOKEN_HEADER))
                .isEqualTo(first.getHeader(Open311RestController.TOKEN_HEADER));
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeySentAtOnceStillFilesOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        int calls = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<MockHttpServletResponse>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < calls; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call(filing("json", valid()).header("Idempotency-Key", key));
                }));
            }
            start.countDown();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                MockHttpServletResponse response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.getStatus())
                        .as(response.getContentAsString())
                        .isEqualTo(200);
                ids.add(JsonPath.read(response.getContentAsString(), "$[0].service_request_id"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void filingWithoutAValidKeyIsForbiddenAndStoresNothing() throws Exception {
        Map<String, String> noKey = valid();
        noKey.remove("api_key");
        MockHttpServletResponse missing = call(filing("xml", noKey));
        assertThat(missing.getStatus()).isEqualTo(403);
        Document errors = xml(missing.getContentAsByteArray());
        assertThat(errors.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(childNames(select(errors, "/errors/error").get(0))).containsExactly("code", "description");
        assertThat(text(errors, "/errors/error/code")).isEqualTo("403");
        assertThat(text(errors, "/errors/error/description")).contains("api_key");

        Map<String, String> wrongKey = valid();
        wrongKey.put("api_key", "o311_" + "x".repeat(43));
        MockHttpServletResponse wrong = call(filing("json", wrongKey));
        assertThat(wrong.getStatus()).isEqualTo(403);
        assertThat(JsonPath.<List<Integer>>read(wrong.getContentAsString(), "$[*].code"))
                .containsExactly(403);

        // The demo key works in demo mode only, and the tests run without it.
        Map<String, String> demoKey = valid();
        demoKey.put("api_key", "demo-open311-key");
        assertThat(call(filing("json", demoKey)).getStatus()).isEqualTo(403);

        String revoked = asAdministrator(() -> {
            var issued = clients.issue("Revoked app " + marker);
            clients.revoke(issued.clientId());
            return issued.key();
        });
        Map<String, String> revokedKey = valid();
        revokedKey.put("api_key", revoked);
        assertThat(call(filing("json", revokedKey)).getStatus()).isEqualTo(403);
        assertThat(stored()).isZero();
    }

    @Test
    void missingAndInvalidFieldsAreRefusedWithTheParameterNamed() throws Exception {
        Map<String, String> fields = valid();
        fields.remove("lat");
        fields.remove("long");
        fields.remove("attribute[itemsTaken]");
        fields.put("attribute[itemCount]", "several");
        fields.remove("attribute[entryMethod][]");
        fields.put("attribute[entryMethod]", "CHIMNEY");
        fields.remove("first_name");
        fields.remove("last_name");
        MockHttpServletResponse answer = call(filing("json", fields));
        assertThat(answer.getStatus()).isEqualTo(400);
        String json = answer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<Integer>>read(json, "$[*].code")).containsOnly(400);
        assertThat(JsonPath.<List<String>>read(json, "$[*].description"))
                .anySatisfy(
                        text -> assertThat(text).startsWith("address_string: ").contains("lat"))
                .anySatisfy(text -> assertThat(text).startsWith("attribute[itemsTaken]: "))
                .anySatisfy(text -> assertThat(text).startsWith("attribute[itemCount]: "))
                .anySatisfy(text -> assertThat(text).startsWith("attribute[entryMethod]: "))
                .anySatisfy(text -> assertThat(text).startsWith("first_name: "));

        Map<String, String> noService = valid();
        noService.remove("service_code");
        MockHttpServletResponse withoutService = call(filing("xml", noService));
        assertThat(withoutService.getStatus()).isEqualTo(400);
        assertThat(text(xml(withoutService.getContentAsByteArray()), "/errors/error/description"))
                .startsWith("service_code: ");

        Map<String, String> unknownService = valid();
        unknownService.put("service_code", phoneOnlyType);
        assertThat(call(filing("json", unknownService)).getStatus()).isEqualTo(404);

        Map<String, String> badExtras = valid();
        badExtras.put("media_url", "javascript:alert(1)");
        badExtras.put("description", "Window smashed overnight, bag taken. " + marker + " " + "x".repeat(4_000));
        MockHttpServletResponse extras = call(filing("json", badExtras));
        assertThat(extras.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(extras.getContentAsString(), "$[*].description"))
                .anySatisfy(text -> assertThat(text).startsWith("media_url: "))
                .anySatisfy(text -> assertThat(text).startsWith("description: ").contains("4,000"));

        Map<String, String> twoValues = valid();
        MockHttpServletRequestBuilder repeated =
                filing("json", twoValues).param("attribute[entryMethod][]", "UNLOCKED");
        MockHttpServletResponse repeatedAnswer = call(repeated);
        assertThat(repeatedAnswer.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(repeatedAnswer.getContentAsString(), "$[*].description"))
                .containsExactly("attribute[entryMethod]: Give one value only.");

        Map<String, String> outside = valid();
        outside.put("lat", "0.5");
        outside.put("long", "0.5");
        assertThat(call(filing("json", outside)).getStatus()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void anEmergencyIsSentTo911AndNothingIsStored() throws Exception {
        Map<String, String> fields = valid();
        fields.put("description", "A man with a gun is breaking into my neighbour's car right now " + marker);
        MockHttpServletResponse answer = call(filing("xml", fields));
        assertThat(answer.getStatus()).isEqualTo(400);
        Document errors = xml(answer.getContentAsByteArray());
        assertThat(select(errors, "/errors/error/code"))
                .extracting(Element::getTextContent)
                .containsOnly("911");
        assertThat(select(errors, "/errors/error/description").get(0).getTextContent())
                .contains("Call 911");

        // Even with a parameter that is wrong, the danger comes first.
        fields.put("media_url", "not a url");
        String json = call(filing("json", fields)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<Integer>>read(json, "$[*].code")).containsOnly(911);

        assertThat(stored()).isZero();
        assertThat(jdbc.sql("select count(*) from intake.open311_request where media_url like :m")
                        .param("m", "%" + marker + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    // Reading

    @Test
    void oneRequestInXmlAndJsonWithItsStatusNoteAndNoPersonalData() throws Exception {
        String id = file(valid());
        jdbc.sql("""
                        update intake.service_request set status = 'CLOSED', updated_at = updated_at + interval '2 hours'
                        where tracking_number = :id
                        """).param("id", id).update();
        jdbc.sql("""
                        insert into intake.request_history (request_id, position, status, at, actor, public_note,
                                                            private_note)
                        select id, 1, 'CLOSED', now(), 'records1', 'The bag was found and returned.',
                               'Staff only: neighbour suspected'
                        from intake.service_request where tracking_number = :id
                        """).param("id", id).update();

        MockHttpServletResponse xmlAnswer = call(get(API + "/requests/" + id + ".xml"));
        assertThat(xmlAnswer.getStatus()).isEqualTo(200);
        String xmlText = xmlAnswer.getContentAsString(StandardCharsets.UTF_8);
        Document one = xml(xmlAnswer.getContentAsByteArray());
        assertThat(one.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        List<Element> requests = select(one, "/service_requests/request");
        assertThat(requests).hasSize(1);
        assertThat(childNames(requests.get(0)))
                .containsExactly(
                        "service_request_id",
                        "status",
                        "status_notes",
                        "service_name",
                        "service_code",
                        "description",
                        "agency_responsible",
                        "service_notice",
                        "requested_datetime",
                        "updated_datetime",
                        "expected_datetime",
                        "address",
                        "address_id",
                        "zipcode",
                        "lat",
                        "long",
                        "media_url");
        assertThat(text(one, "//request/service_request_id")).isEqualTo(id);
        assertThat(text(one, "//request/status")).isEqualTo("closed");
        assertThat(text(one, "//request/status_notes")).isEqualTo("The bag was found and returned.");
        assertThat(text(one, "//request/service_code")).isEqualTo(type);
        assertThat(text(one, "//request/description")).contains(marker);
        assertThat(text(one, "//request/agency_responsible")).isEqualTo("Chesterfield Police Department");
        assertThat(text(one, "//request/media_url")).isEqualTo("https://photos.example.org/" + marker + ".jpg");
        String requested = text(one, "//request/requested_datetime");
        String updated = text(one, "//request/updated_datetime");
        assertThat(requested).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[-+]\\d{2}:\\d{2}");
        assertThat(Duration.between(OffsetDateTime.parse(requested), OffsetDateTime.parse(updated)))
                .isEqualTo(Duration.ofHours(2));
        assertThat(Double.parseDouble(text(one, "//request/lat"))).isEqualTo(Double.parseDouble(town.latitudeAt(1)));
        assertThat(xmlText)
                .doesNotContain(
                        "Dana", "Reyes", "dana.reyes@example.org", "555-0100", "laptop bag", "Staff only", "records1");

        String json =
                call(get(API + "/requests/" + id.toLowerCase() + ".json")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(json, "$[*].service_request_id")).containsExactly(id);
        assertThat(JsonPath.<String>read(json, "$[0].status")).isEqualTo("closed");
        assertThat(JsonPath.<Double>read(json, "$[0].long")).isEqualTo(Double.parseDouble(town.longitudeAt(1)));
        assertThat(JsonPath.<Object>read(json, "$[0].expected_datetime")).isNull();
        assertThat(json).doesNotContain("Dana", "dana.reyes@example.org", "555-0100", "Staff only");

        assertThat(call(get(API + "/requests/C99-999999.json")).getStatus()).isEqualTo(404);
        assertThat(call(get(API + "/requests/nonsense.xml")).getStatus()).isEqualTo(404);
    }

    @Test
    void aReportFiledOnThePortalShowsOnlyWhatAndRoughlyWhere() throws Exception {
        String number = JsonPath.read(
                mvc.perform(post("/api/v1/reports")
                                .with(from())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"incidentType": "%s", "description": "Window smashed, bag gone %s",
                                         "latitude": %s, "longitude": %s,
                                         "answers": {"itemsTaken": "gym bag", "vehicleLocked": "true",
                                                     "entryMethod": "UNLOCKED"},
                                         "reporter": {"name": "Lee Portal", "email": "lee.portal@example.org"}}
                                        """.formatted(type, marker, town.latitudeAt(2), town.longitudeAt(3))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.trackingNumber");
        String json = call(get(API + "/requests/" + number + ".json")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(json, "$[0].status")).isEqualTo("open");
        assertThat(JsonPath.<Object>read(json, "$[0].description")).isNull();
        assertThat(JsonPath.<Object>read(json, "$[0].address")).isNull();
        double latitude = JsonPath.<Double>read(json, "$[0].lat");
        assertThat(latitude)
                .isCloseTo(Double.parseDouble(town.latitudeAt(2)), org.assertj.core.data.Offset.offset(0.0006));
        assertThat(Math.round(latitude * 1000) / 1000.0).isEqualTo(latitude);
        assertThat(json).doesNotContain(marker, "Lee Portal", "lee.portal@example.org", "gym bag");

        // A reviewer's question to this reporter reaches them behind their code, never the public listing.
        transactions.executeWithoutResult(status -> {
            var tracked = store.lockForProgress(new TrackingNumber(number)).orElseThrow();
            tracked.lifecycle().startReview(Instant.now(), "records-open311");
            tracked.lifecycle().askReporter("Ms Lee, which car park was it?", Instant.now(), "records-open311");
            store.saveProgress(tracked, tracked.priority(), Instant.now());
        });
        String asked = call(get(API + "/requests/" + number + ".json")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<Object>read(asked, "$[0].status_notes")).isNull();
        assertThat(asked).doesNotContain("car park");
    }

    @Test
    void complaintsAboutOfficersAreFiledButNeverListed() throws Exception {
        Map<String, String> fields = valid();
        fields.put("service_code", complaintType);
        String id = file(fields);
        assertThat(call(get(API + "/requests/" + id + ".json")).getStatus()).isEqualTo(404);
        String listing = call(get(API + "/requests.json").param("service_request_id", id))
                .getContentAsString();
        assertThat(JsonPath.<List<Object>>read(listing, "$")).isEmpty();
        String all = call(get(API + "/requests.json").param("service_code", complaintType))
                .getContentAsString();
        assertThat(JsonPath.<List<Object>>read(all, "$")).isEmpty();
    }

    @Test
    void theListingFiltersByIdServiceStatusAndDatesInJsonAndXml() throws Exception {
        String recentOpen = file(valid());
        String recentClosed = file(valid());
        String old = file(valid());
        jdbc.sql("update intake.service_request set status = 'REJECTED' where tracking_number = :id")
                .param("id", recentClosed)
                .update();
        Instant longAgo = Instant.now().minus(Duration.ofDays(100));
        jdbc.sql("update intake.service_request set created_at = :at, updated_at = :at where tracking_number = :id")
                .param("at", Timestamp.from(longAgo))
                .param("id", old)
                .update();

        // By default the most recent 90 days.
        assertThat(ids(get(API + "/requests.json").param("service_code", type)))
                .contains(recentOpen, recentClosed)
                .doesNotContain(old);
        assertThat(ids(get(API + "/requests.json")
                        .param("service_code", type + ",NO_SUCH_TYPE")
                        .param("status", "open")))
                .contains(recentOpen)
                .doesNotContain(recentClosed, old);
        assertThat(ids(get(API + "/requests.json").param("service_code", type).param("status", "closed")))
                .contains(recentClosed)
                .doesNotContain(recentOpen);
        assertThat(ids(get(API + "/requests.json").param("service_code", type).param("status", "open,closed")))
                .contains(recentOpen, recentClosed);
        assertThat(ids(get(API + "/requests.json").param("service_code", "VANDALISM")))
                .doesNotContain(recentOpen, recentClosed);

        String from = w3(longAgo.minus(Duration.ofDays(1)));
        String to = w3(longAgo.plus(Duration.ofDays(1)));
        assertThat(ids(get(API + "/requests.json")
                        .param("service_code", type)
                        .param("start_date", from)
                        .param("end_date", to)))
                .contains(old)
                .doesNotContain(recentOpen);
        assertThat(ids(get(API + "/requests.json").param("service_code", type).param("start_date", from)))
                .contains(old)
                .doesNotContain(recentOpen);

        // Ids override every other argument.
        assertThat(ids(get(API + "/requests.json")
                        .param("service_request_id", old + "," + recentClosed + ",X1,C99-999999")
                        .param("status", "open")
                        .param("service_code", "VANDALISM")))
                .containsExactlyInAnyOrder(old, recentClosed);

        Document listing = xml(call(get(API + "/requests.xml").param("service_request_id", recentOpen, old))
                .getContentAsByteArray());
        assertThat(listing.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(childNames(listing.getDocumentElement())).containsExactly("request", "request");
        assertThat(select(listing, "/service_requests/request/service_request_id"))
                .extracting(Element::getTextContent)
                .containsExactly(recentOpen, old);
        assertThat(select(listing, "/service_requests/request/status"))
                .extracting(Element::getTextContent)
                .containsExactly("open", "open");
    }

    @Test
    void badListingArgumentsAreRefused() throws Exception {
        Instant now = Instant.now();
        for (Map<String, String> arguments : List.of(
                Map.of("status", "pending"),
                Map.of("start_date", "yesterday"),
                Map.of("start_date", "2026-01-01T00:00:00"),
                Map.of("start_date", w3(now.minus(Duration.ofDays(120))), "end_date", w3(now)),
                Map.of("start_date", w3(now), "end_date", w3(now.minus(Duration.ofDays(1)))))) {
            MockHttpServletRequestBuilder request = get(API + "/requests.xml");
            arguments.forEach(request::param);
            MockHttpServletResponse answer = call(request);
            assertThat(answer.getStatus()).as(arguments.toString()).isEqualTo(400);
            Document errors = xml(answer.getContentAsByteArray());
            assertThat(text(errors, "/errors/error[1]/code")).isEqualTo("400");
            assertThat(text(errors, "/errors/error[1]/description"))
                    .startsWith(
                            arguments.containsKey("status")
                                    ? "status"
                                    : arguments.size() == 1 ? "start_date" : "end_date");
        }
        assertThat(call(get(API + "/requests.json").param("start_date", "2026-01-01"))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aTokenFindsTheRequestItWasFiledWith() throws Exception {
        MockHttpServletResponse filed = call(filing("json", valid()));
        String id = JsonPath.read(filed.getContentAsString(), "$[0].service_request_id");
        String token = filed.getHeader(Open311RestController.TOKEN_HEADER);

        String json = call(get(API + "/tokens/" + token + ".json")).getContentAsString();
        assertThat(JsonPath.<String>read(json, "$[0].service_request_id")).isEqualTo(id);
        assertThat(JsonPath.<String>read(json, "$[0].token")).isEqualTo(token);

        Document xmlAnswer = xml(call(get(API + "/tokens/" + token + ".xml")).getContentAsByteArray());
        assertThat(xmlAnswer.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(childNames(select(xmlAnswer, "/service_requests/request").get(0)))
                .containsExactly("service_request_id", "token");
        assertThat(text(xmlAnswer, "//request/service_request_id")).isEqualTo(id);

        MockHttpServletResponse unknown = call(get(API + "/tokens/no-such-token.json"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(JsonPath.<List<Integer>>read(unknown.getContentAsString(), "$[*].code"))
                .containsExactly(404);
    }

    @Test
    void otherFormatsAndPathsAreAnsweredAsOpen311Errors() throws Exception {
        MockHttpServletResponse csv = call(get(API + "/services.csv"));
        assertThat(csv.getStatus()).isEqualTo(400);
        assertThat(text(xml(csv.getContentAsByteArray()), "/errors/error/description"))
                .contains("xml", "json");

        MockHttpServletResponse nowhere = call(get(API + "/potholes.json"));
        assertThat(nowhere.getStatus()).isEqualTo(404);
        assertThat(JsonPath.<List<Integer>>read(nowhere.getContentAsString(), "$[*].code"))
                .containsExactly(404);
        assertThat(call(get(API + "/services")).getStatus()).isEqualTo(404);
    }

    // Making calls

    /** A complete, valid request of the test's type at the test town, with everything Open311 lets a client send. */
    private Map<String, String> valid() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("api_key", apiKey);
        fields.put("jurisdiction_id", "chesterfield.mo.us");
        fields.put("service_code", type);
        fields.put("lat", town.latitudeAt(1));
        fields.put("long", town.longitudeAt(1));
        fields.put("email", "dana.reyes@example.org");
        fields.put("device_id", "tt222111");
        fields.put("first_name", "Dana");
        fields.put("last_name", "Reyes");
        fields.put("phone", "(636) 555-0100");
        fields.put("description", "Someone smashed my car window overnight and took a bag. " + marker);
        fields.put("media_url", "https://photos.example.org/" + marker + ".jpg");
        fields.put("attribute[itemsTaken]", "laptop bag");
        fields.put("attribute[vehicleLocked]", "false");
        fields.put("attribute[discoveredOn]", "2026-11-20T07:30:00-06:00");
        fields.put("attribute[entryMethod][]", "BROKEN_WINDOW");
        fields.put("attribute[estimatedValue]", "250.00");
        fields.put("attribute[NOTICE_EMERGENCY]", "read");
        return fields;
    }

    private MockHttpServletRequestBuilder filing(String format, Map<String, String> fields) {
        MockHttpServletRequestBuilder request =
                post(API + "/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach(request::param);
        return request;
    }

    /** Files and returns the new request's id. */
    private String file(Map<String, String> fields) throws Exception {
        MockHttpServletResponse answer = call(filing("json", fields));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return JsonPath.read(answer.getContentAsString(), "$[0].service_request_id");
    }

    private List<String> ids(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse answer = call(request);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return JsonPath.read(answer.getContentAsString(), "$[*].service_request_id");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(from())).andReturn().getResponse();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor from() {
        return request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        };
    }

    private long stored() {
        return jdbc.sql("select count(*) from intake.service_request where description like :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
    }

    private static String w3(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
