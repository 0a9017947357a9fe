package org.precinct.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.precinct.intake.open311.Open311Fixtures.text;
import static org.precinct.intake.open311.Open311Fixtures.xml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.QuestionDatatype;
import org.precinct.shared.PrecinctProperties;

/** The rules of the Open311 interface that need no server: the demo key, the listing's arguments, the writing. */
class Open311RulesTests {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    @Test
    void theDemoKeyWorksInDemoModeOnly() {
        AuditTrail audit = mock(AuditTrail.class);
        Open311Clients demo = new Open311Clients(null, audit, Clock.systemUTC(), properties(true, "try-me"));
        assertThat(demo.authenticate("try-me")).hasValueSatisfying(caller -> {
            assertThat(caller.clientId()).isNull();
            assertThat(caller.scope()).isEqualTo("demo");
        });
        verify(audit, never()).record(any(), any(), any(), any(), any(), any());
        assertThat(demo.authenticate("try-me-not")).isEmpty();

        Open311Clients production = new Open311Clients(null, audit, Clock.systemUTC(), properties(false, "try-me"));
        assertThat(production.authenticate("try-me")).isEmpty();
        assertThat(production.authenticate(" ")).isEmpty();

        Open311Clients noDemoKey = new Open311Clients(null, audit, Clock.systemUTC(), properties(true, ""));
        assertThat(noDemoKey.authenticate("")).isEmpty();
    }

    @Test
    void theListingCoversTheLastNinetyDaysByDefault() {
        RequestQuery.Parsed parsed = parse(Map.of());
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.query().filter().from()).isEqualTo(NOW.minus(Duration.ofDays(90)));
        assertThat(parsed.query().filter().to()).isNull();
        assertThat(parsed.query().filter().limit()).isEqualTo(1000);
        assertThat(parsed.query().filter().open()).isNull();
    }

    @Test
    void oneDateSetsTheOtherNinetyDaysAway() {
        RequestQuery.Parsed fromStart = parse(Map.of("start_date", new String[] {"2026-01-01T00:00:00Z"}));
        assertThat(fromStart.query().filter().to()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        RequestQuery.Parsed fromEnd = parse(Map.of("end_date", new String[] {"2026-04-01T00:00:00-05:00"}));
        assertThat(fromEnd.query().filter().from()).isEqualTo(Instant.parse("2026-01-01T05:00:00Z"));
    }

    @Test
    void aDateAloneIsTheWholeDayInTheDepartmentsZone() {
        RequestQuery.Parsed parsed =
                parse(Map.of("start_date", new String[] {"2026-11-01"}, "end_date", new String[] {"2026-11-02"}));
        assertThat(parsed.query().filter().from()).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
        assertThat(parsed.query().filter().to()).isEqualTo(Instant.parse("2026-11-03T05:59:59.999999Z"));
    }

    @Test
    void statusesAndServiceCodesMayBeRepeatedAndCommaSeparated() {
        RequestQuery.Parsed parsed = parse(Map.of(
                "status", new String[] {"OPEN"},
                "service_code", new String[] {"THEFT,VANDALISM", " NOISE ", ""}));
        assertThat(parsed.query().filter().open()).isTrue();
        assertThat(parsed.query().filter().serviceCodes()).containsExactly("THEFT", "VANDALISM", "NOISE");
        assertThat(parse(Map.of("status", new String[] {"closed", "open"}))
                        .query()
                        .filter()
                        .open())
                .isNull();
    }

    @Test
    void idsOverrideEveryOtherArgumentEvenABadOne() {
        RequestQuery.Parsed parsed = parse(Map.of(
                "service_request_id", new String[] {"c26-000001, W26-000002,not-an-id,C26-000001"},
                "status", new String[] {"pending"},
                "start_date", new String[] {"never"}));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.query().ids()).containsExactly("C26-000001", "W26-000002");
        assertThat(parsed.query().filter()).isNull();

        String tooMany = String.join(",", java.util.Collections.nCopies(1001, "C26-000001"));
        assertThat(parse(Map.of("service_request_id", new String[] {tooMany})).problems())
                .extracting(Open311Problem::field)
                .containsExactly("service_request_id");
    }

    @Test
    void badDatesAndSpansAreProblemsOfTheirParameter() {
        assertThat(parse(Map.of("start_date", new String[] {"2026-02-30"})).problems())
                .extracting(Open311Problem::messageKey)
                .containsExactly("open311.error.date.format");
        assertThat(parse(Map.of(
                                "start_date", new String[] {"2026-01-01T00:00:00Z"},
                                "end_date", new String[] {"2026-04-01T00:00:01Z"}))
                        .problems())
                .extracting(Open311Problem::messageKey)
                .containsExactly("open311.error.date.span");
        assertThat(parse(Map.of(
                                "start_date", new String[] {"2026-01-01T00:00:00Z"},
                                "end_date", new String[] {"2026-04-01T00:00:00Z"}))
                        .problems())
                .isEmpty();
    }

    @Test
    void xmlIsDeclaredUtf8EscapedAndFreeOfCharactersXmlCannotCarry() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("description", "<script>alert('x')</script> & \u0007bell ñandú");
        fields.put("lat", 0.0001);
        fields.put("notes", null);
        byte[] written = new Open311Writer()
                .write(new Open311Document.ListOf("service_requests", "request", List.of(fields)), Open311Format.XML);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<notes/>");
        var document = xml(written);
        assertThat(text(document, "//description")).isEqualTo("<script>alert('x')</script> & bell ñandú");
        assertThat(text(document, "//lat")).isEqualTo("0.0001");

        String json = new String(
                new Open311Writer()
                        .write(
                                new Open311Document.ListOf("service_requests", "request", List.of(fields)),
                                Open311Format.JSON),
                StandardCharsets.UTF_8);
        assertThat(json).startsWith("[{").contains("\"notes\":null").contains("\"lat\":");
    }

    @Test
    void everyQuestionDatatypeHasAnOpen311Datatype() {
        assertThat(List.of(QuestionDatatype.values()))
                .extracting(Open311Services::datatype)
                .containsExactly("text", "number", "singlevaluelist", "datetime", "singlevaluelist", "number");
    }

    private static RequestQuery.Parsed parse(Map<String, String[]> arguments) {
        return RequestQuery.parse(new Open311Params(arguments), NOW, CHICAGO);
    }

    private static PrecinctProperties properties(boolean demo, String demoKey) {
        return new PrecinctProperties(
                Path.of("./data"),
                CHICAGO,
                "(636) 537-3000",
                "Police Department",
                2_097_152,
                new PrecinctProperties.Demo(demo, null, demoKey),
                new PrecinctProperties.Security(true, Duration.ofHours(8), 5, Duration.ofMinutes(15)),
                new PrecinctProperties.Mail("no-reply@precinct.example"));
    }

    private static <T> T any() {
        return ArgumentMatchers.any();
    }
}
