package org.precinct.records.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precinct.records.IncidentReportDetails;

/** What an author may write in a report, without Spring: impossible dates, values, plates and codes are refused. */
class ContentRulesTests {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");
    private final ContentRules rules = new ContentRules(CHICAGO);

    @Test
    void aWellFormedReportBecomesContentWithLocalTimesInTheDepartmentsZone() {
        ReportContent content = rules.check(
                input(
                        "2026-11-22T21:30",
                        List.of(new ReportInput.OffenseInput("23f", "true", "18", null, "NONE")),
                        List.of(person("VICTIM", "Lopez", "1990-02-14")),
                        List.of(new ReportInput.VehicleInput(
                                null, "abc-123", "mo", null, "Honda", "Civic", "2019", "blue")),
                        List.of(new ReportInput.PropertyInput(null, "Laptop", "07", "$1,250.50", "XK-55", "STOLEN"))),
                null,
                NOW);

        assertThat(content.occurredFrom()).isEqualTo(Instant.parse("2026-11-23T03:30:00Z"));
        assertThat(content.reportedAt()).isEqualTo(NOW);
        assertThat(content.offenses())
                .containsExactly(new IncidentReportDetails.Offense("23F", true, "18", null, "NONE"));
        assertThat(content.vehicles().get(0).plate()).isEqualTo("ABC-123");
        assertThat(content.vehicles().get(0).plateState()).isEqualTo("MO");
        assertThat(content.property().get(0).valueCents()).isEqualTo(125_050L);
        assertThat(content.people().get(0).juvenile()).isFalse();
    }

    @Test
    void everyImpossibleValueIsNamedWithItsFieldAtOnce() {
        ReportInput input = new ReportInput(
                "OFFICER_INITIATED",
                "100 Main St",
                "95",
                "-90.5",
                "2026-02-30T10:00",
                "2026-11-30T10:00",
                null,
                List.of(
                        new ReportInput.OffenseInput("99X", "false", "20", null, null),
                        new ReportInput.OffenseInput("13A", "false", "77", "XX", null)),
                List.of(person("VICTIM", "Lopez", "2031-01-01"), person("SUSPECT", "Doe", "1850-06-01")),
                List.of(new ReportInput.VehicleInput(
                        null, "AB$12", "Missouri", "1HGCM82633A00435", null, null, "1850", null)),
                List.of(new ReportInput.PropertyInput(null, "Bike", null, "-5", null, "STOLEN")),
                null,
                "EXCEPTIONALLY_CLEARED",
                null,
                null);

        assertThatThrownBy(() -> rules.check(input, null, NOW))
                .isInstanceOf(InvalidReportInput.class)
                .satisfies(thrown -> assertThat(((InvalidReportInput) thrown).problems())
                        .containsAllEntriesOf(Map.ofEntries(
                                Map.entry("latitude", "records.report.input.coordinate"),
                                Map.entry("occurredFrom", "records.report.input.date-impossible"),
                                Map.entry("occurredTo", "records.report.input.future"),
                                Map.entry("offenses[0].code", "records.report.input.offense-unknown"),
                                Map.entry("offenses[1].locationType", "records.report.input.code-unknown"),
                                Map.entry("offenses[1].weaponForce", "records.report.input.code-unknown"),
                                Map.entry("people[0].dateOfBirth", "records.report.input.birth-impossible"),
                                Map.entry("people[1].dateOfBirth", "records.report.input.birth-impossible"),
                                Map.entry("vehicles[0].plate", "records.report.input.plate-characters"),
                                Map.entry("vehicles[0].plateState", "records.report.input.state"),
                                Map.entry("vehicles[0].vin", "records.report.input.vin-format"),
                                Map.entry("vehicles[0].year", "records.report.input.year-impossible"),
                                Map.entry("property[0].value", "records.report.input.value-impossible"),
                                Map.entry("exceptionalClearance", "records.report.input.exceptional-needed"))));
    }

    @Test
    void timesMustComeInOrder() {
        ReportInput input = new ReportInput(
                null,
                null,
                null,
                null,
                "2026-11-20T10:00",
                "2026-11-20T09:00",
                "2026-11-19T08:00",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> rules.check(input, null, NOW))
                .isInstanceOf(InvalidReportInput.class)
                .satisfies(thrown -> assertThat(((InvalidReportInput) thrown).problems())
                        .containsEntry("occurredTo", "records.report.input.ends-before-start")
                        .containsEntry("reportedAt", "records.report.input.reported-before-occurred"));
    }

    @Test
    void aPersonIsJuvenileWhenUnder18OnTheDayOfTheIncidentOrWhenTheAuthorSaysSo() {
        ReportContent content = rules.check(
                input(
                        "2026-11-22T12:00",
                        List.of(),
                        List.of(
                                person("SUSPECT", "Young", "2008-11-23"),
                                person("SUSPECT", "Older", "2008-11-22"),
                                new ReportInput.PersonInput(
                                        null, "WITNESS", "false", "Kid", null, null, null, null, "true", null, null)),
                        List.of(),
                        List.of()),
                null,
                NOW);
        assertThat(content.people())
                .extracting(IncidentReportDetails.Person::juvenile)
                .containsExactly(true, false, true);
    }

    @Test
    void blankRowsAreLeftOutAndProblemsCountRowsAsSent() {
        ReportInput input = input(
                "2026-11-22T12:00",
                List.of(),
                List.of(
                        new ReportInput.PersonInput(
                                null, "VICTIM", "false", null, null, null, null, null, "false", null, null),
                        person("VICTIM", "Lopez", "not a date")),
                List.of(),
                List.of());
        assertThatThrownBy(() -> rules.check(input, null, NOW))
                .isInstanceOf(InvalidReportInput.class)
                .satisfies(thrown ->
                        assertThat(((InvalidReportInput) thrown).problems()).containsOnlyKeys("people[1].dateOfBirth"));
    }

    @Test
    void anIdFromOutsideTheReportMakesANewPartWhileAStoredOneKeepsItsMasterLink() {
        ReportContent before = new ReportContent(
                IncidentReportDetails.HowReceived.PHONE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                NOW,
                null,
                List.of(new IncidentReportDetails.Person(
                        41L,
                        IncidentReportDetails.PersonRole.VICTIM,
                        false,
                        "Lopez",
                        "Mia",
                        LocalDate.of(1990, 2, 14),
                        null,
                        null,
                        false,
                        null,
                        null,
                        9001L)),
                null,
                null,
                null,
                null,
                null,
                null);
        ReportContent after = rules.check(
                input(
                        null,
                        List.of(),
                        List.of(
                                new ReportInput.PersonInput(
                                        41L, "VICTIM", "false", "Lopez", "Mia", null, null, null, null, null, null),
                                new ReportInput.PersonInput(
                                        77L, "WITNESS", "false", "Ortiz", null, null, null, null, null, null, null)),
                        List.of(),
                        List.of()),
                before,
                NOW);
        assertThat(after.people().get(0).id()).isEqualTo(41L);
        assertThat(after.people().get(0).masterPersonId()).isEqualTo(9001L);
        assertThat(after.people().get(1).id()).isNull();
        assertThat(after.reportedAt()).isEqualTo(NOW);
    }

    @Test
    void theVinCheckDigitIsComputedAsTheStandardSays() {
        assertThat(ContentRules.vinCheckDigitMatches("1M8GDM9AXKP042788")).isTrue();
        assertThat(ContentRules.vinCheckDigitMatches("1M8GDM9A1KP042788")).isFalse();
    }

    private static ReportInput.PersonInput person(String role, String lastName, String born) {
        return new ReportInput.PersonInput(null, role, "false", lastName, "Ana", born, "F", "W", "false", null, null);
    }

    private static ReportInput input(
            String occurredFrom,
            List<ReportInput.OffenseInput> offenses,
            List<ReportInput.PersonInput> people,
            List<ReportInput.VehicleInput> vehicles,
            List<ReportInput.PropertyInput> property) {
        return new ReportInput(
                "OFFICER_INITIATED",
                "100 Main St",
                null,
                null,
                occurredFrom,
                null,
                null,
                offenses,
                people,
                vehicles,
                property,
                "A narrative that says what happened.",
                "OPEN",
                null,
                null);
    }
}
