package org.precinct.records.nibrs.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportDetails.Clearance;
import org.precinct.records.IncidentReportDetails.Offense;
import org.precinct.records.IncidentReportDetails.Person;
import org.precinct.records.IncidentReportDetails.PersonRole;
import org.precinct.records.IncidentReportDetails.PropertyItem;
import org.precinct.records.IncidentReportDetails.PropertyStatus;
import org.precinct.records.IncidentReportStatus;
import org.precinct.records.NibrsAge;
import org.precinct.records.NibrsBiasMotivation;
import org.precinct.records.NibrsEdits;
import org.precinct.records.NibrsExceptionalClearance;
import org.precinct.records.NibrsGroupBArrest;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsLocationType;
import org.precinct.records.NibrsMultipleArresteeIndicator;
import org.precinct.records.NibrsOffenderRelationship;
import org.precinct.records.NibrsPropertyDescription;
import org.precinct.records.NibrsPropertyItem;
import org.precinct.records.NibrsPropertyLossType;
import org.precinct.records.NibrsRace;
import org.precinct.records.NibrsRelationship;
import org.precinct.records.NibrsSex;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.records.NibrsVictim;
import org.precinct.records.NibrsVictimType;
import org.precinct.records.NibrsWeaponForce;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What an incident report becomes in NIBRS, element by element. */
class IncidentReportNibrsMappingTests {

    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

    /** 02:30 UTC on 5 October is 21:30 on 4 October in the department's zone. */
    private static final Instant OCCURRED = Instant.parse("2026-10-05T02:30:00Z");

    @Test
    void aBurglaryWithTheftBecomesAnIncidentInTheDepartmentsTimeWithItsPropertyMergedByLossAndKind() {
        IncidentReportDetails report = report(
                OCCURRED,
                Clearance.OPEN,
                List.of(offense("220", "20", null), offense("23H", "20", null)),
                List.of(
                        person(PersonRole.VICTIM, false, LocalDate.of(1984, 3, 12), "F", "W"),
                        person(PersonRole.VICTIM, true, null, null, null),
                        person(PersonRole.WITNESS, false, null, "M", "B")),
                List.of(
                        item("13", 49_999L, PropertyStatus.STOLEN),
                        item("13", 25_000L, PropertyStatus.STOLEN),
                        item("35", 30_000L, PropertyStatus.DAMAGED),
                        item("77", 1_000L, PropertyStatus.FOUND)));

        NibrsIncident incident =
                IncidentReportNibrsMapping.incident(report, CENTRAL).orElseThrow();

        assertThat(incident.incidentNumber()).isEqualTo("26-004567");
        assertThat(incident.incidentDate()).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(incident.incidentHour()).isEqualTo(21);
        assertThat(incident.dateIsReportDate()).isFalse();
        assertThat(incident.exceptionalClearance()).isEqualTo(NibrsExceptionalClearance.NOT_APPLICABLE);
        assertThat(incident.offenses())
                .extracting(offense -> offense.offense())
                .containsExactly(NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING, NibrsUcrOffense.ALL_OTHER_LARCENY);
        assertThat(incident.offenses().get(0).location())
                .isEqualTo(NibrsLocationType.fromCode("20").orElseThrow());
        assertThat(incident.offenses().get(0).biasMotivations()).containsExactly(NibrsBiasMotivation.NONE);
        assertThat(incident.property())
                .containsExactly(
                        NibrsPropertyItem.of(
                                NibrsPropertyLossType.STOLEN,
                                NibrsPropertyDescription.fromCode("13").orElseThrow(),
                                750),
                        NibrsPropertyItem.of(
                                NibrsPropertyLossType.DESTROYED_DAMAGED_VANDALIZED,
                                NibrsPropertyDescription.fromCode("35").orElseThrow(),
                                300));
        assertThat(incident.victims()).hasSize(2);
        NibrsVictim resident = incident.victims().get(0);
        assertThat(resident.sequenceNumber()).isEqualTo(1);
        assertThat(resident.type()).isEqualTo(NibrsVictimType.INDIVIDUAL);
        assertThat(resident.person().age()).isEqualTo(NibrsAge.of(42));
        assertThat(resident.person().sex()).isEqualTo(NibrsSex.FEMALE);
        assertThat(resident.person().race()).isEqualTo(NibrsRace.WHITE);
        assertThat(resident.relationships()).isEmpty();
        NibrsVictim business = incident.victims().get(1);
        assertThat(business.type()).isEqualTo(NibrsVictimType.BUSINESS);
        assertThat(business.person().isEmpty()).isTrue();
        assertThat(business.offenses())
                .containsExactly(NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING, NibrsUcrOffense.ALL_OTHER_LARCENY);
        assertThat(incident.offenders()).isEmpty();
        assertThat(incident.arrestees()).isEmpty();
    }

    @Test
    void anAssaultClearedByArrestGivesTheOffenderTheArresteeAndTheVictimsRelationshipToEachOffender() {
        IncidentReportDetails report = report(
                OCCURRED,
                Clearance.CLEARED_BY_ARREST,
                List.of(offense("13B", "13", "40"), offense("35A", "13", null)),
                List.of(
                        person(PersonRole.VICTIM, false, LocalDate.of(2000, 1, 1), "M", "B"),
                        person(PersonRole.SUSPECT, false, null, "M", "U"),
                        person(PersonRole.ARRESTEE, false, LocalDate.of(1990, 6, 1), "M", "W"),
                        person(PersonRole.ARRESTEE, false, LocalDate.of(1991, 6, 1), "F", "W")),
                List.of());

        NibrsIncident incident =
                IncidentReportNibrsMapping.incident(report, CENTRAL).orElseThrow();

        assertThat(incident.offenses().get(0).weaponsForce())
                .containsExactly(NibrsWeaponForce.fromCode("40").orElseThrow());
        assertThat(incident.offenders()).hasSize(1);
        assertThat(incident.offenders().get(0).person().age()).isEqualTo(NibrsAge.unknown());
        NibrsVictim victim = incident.victims().get(0);
        assertThat(victim.offenses()).containsExactly(NibrsUcrOffense.SIMPLE_ASSAULT);
        assertThat(victim.relationships())
                .containsExactly(new NibrsOffenderRelationship(1, NibrsRelationship.RELATIONSHIP_UNKNOWN));
        NibrsVictim society = incident.victims().get(1);
        assertThat(society.type()).isEqualTo(NibrsVictimType.SOCIETY_PUBLIC);
        assertThat(society.offenses())
                .containsExactly(NibrsUcrOffense.fromCode("35A").orElseThrow());
        assertThat(incident.arrestees()).hasSize(2);
        assertThat(incident.arrestees().get(1).sequenceNumber()).isEqualTo(2);
        assertThat(incident.arrestees().get(1).arrestTransactionNumber()).isEqualTo("26-004567-2");
        assertThat(incident.arrestees().get(1).arrestDate()).isEqualTo(LocalDate.of(2026, 10, 6));
        assertThat(incident.arrestees().get(1).arrestOffense()).isEqualTo(NibrsUcrOffense.SIMPLE_ASSAULT);
        assertThat(incident.arrestees().get(1).multipleArresteeIndicator())
                .isEqualTo(NibrsMultipleArresteeIndicator.COUNT_ARRESTEE);
        assertThat(incident.arrestees().get(0).person().age()).isEqualTo(NibrsAge.of(36));
        assertThat(IncidentReportNibrsMapping.groupBArrests(report, CENTRAL)).isEmpty();
    }

    @Test
    void anExceptionalClearanceKeepsItsCodeAndDateAndAnUnknownTimeFallsBackToTheReportDate() {
        IncidentReportDetails report = new IncidentReportDetails(
                1L,
                "26-004567",
                null,
                IncidentReportStatus.APPROVED,
                IncidentReportDetails.HowReceived.PHONE,
                null,
                null,
                "100 Main St",
                null,
                null,
                null,
                null,
                OCCURRED,
                List.of(offense("13C", "20", null)),
                List.of(person(PersonRole.VICTIM, false, null, "F", "W")),
                List.of(),
                List.of(),
                "Threatening calls every night for a week.",
                Clearance.EXCEPTIONALLY_CLEARED,
                "D",
                LocalDate.of(2026, 10, 7),
                false,
                "ofc",
                "Officer",
                List.of(),
                Instant.parse("2026-10-08T15:00:00Z"),
                3);

        NibrsIncident incident =
                IncidentReportNibrsMapping.incident(report, CENTRAL).orElseThrow();

        assertThat(incident.incidentDate()).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(incident.incidentHour()).isNull();
        assertThat(incident.dateIsReportDate()).isTrue();
        assertThat(incident.exceptionalClearance()).isEqualTo(NibrsExceptionalClearance.VICTIM_REFUSED_TO_COOPERATE);
        assertThat(incident.exceptionalClearanceDate()).isEqualTo(LocalDate.of(2026, 10, 7));
    }

    @Test
    void aGroupBReportGivesOneArrestPerArresteeAndNothingWithoutOneAndUnfoundedReportsNothingAtAll() {
        IncidentReportDetails arrests = report(
                OCCURRED,
                Clearance.CLEARED_BY_ARREST,
                List.of(offense("90C", "13", null)),
                List.of(
                        person(PersonRole.ARRESTEE, false, LocalDate.of(1995, 1, 1), "M", "W"),
                        person(PersonRole.ARRESTEE, false, LocalDate.of(1996, 1, 1), "M", "B")),
                List.of());

        assertThat(IncidentReportNibrsMapping.incident(arrests, CENTRAL)).isEmpty();
        List<NibrsGroupBArrest> groupB = IncidentReportNibrsMapping.groupBArrests(arrests, CENTRAL);
        assertThat(groupB).hasSize(2);
        assertThat(groupB)
                .extracting(NibrsGroupBArrest::arrestTransactionNumber)
                .containsExactly("26-004567-1", "26-004567-2");
        assertThat(groupB.get(0).arrestOffense())
                .isEqualTo(NibrsUcrOffense.fromCode("90C").orElseThrow());
        assertThat(groupB.get(1).person().race()).isEqualTo(NibrsRace.BLACK_AFRICAN_AMERICAN);

        IncidentReportDetails noArrest =
                report(OCCURRED, Clearance.OPEN, List.of(offense("90C", "13", null)), List.of(), List.of());
        assertThat(IncidentReportNibrsMapping.groupBArrests(noArrest, CENTRAL)).isEmpty();

        IncidentReportDetails unfounded = report(
                OCCURRED,
                Clearance.UNFOUNDED,
                List.of(offense("290", "20", null)),
                List.of(person(PersonRole.VICTIM, false, null, "F", "W")),
                List.of());
        assertThat(IncidentReportNibrsMapping.incident(unfounded, CENTRAL)).isEmpty();
        assertThat(IncidentReportNibrsMapping.groupBArrests(unfounded, CENTRAL)).isEmpty();
    }

    @Test
    void aCompleteVandalismReportPassesTheFbisEditsWithTheWeaponItDoesNotReportLeftOut() {
        IncidentReportDetails report = report(
                OCCURRED,
                Clearance.OPEN,
                List.of(new Offense("290", false, "20", "99", "NONE")),
                List.of(person(PersonRole.VICTIM, false, LocalDate.of(1984, 3, 12), "F", "W")),
                List.of(item("35", 45_000L, PropertyStatus.DAMAGED)));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/records-nibrs");
        messages.setDefaultEncoding("UTF-8");
        NibrsEdits edits = new NibrsEdits(Clock.systemUTC(), CENTRAL, messages);

        NibrsIncident incident =
                IncidentReportNibrsMapping.incident(report, CENTRAL).orElseThrow();

        assertThat(edits.check(incident, YearMonth.of(2026, 10))).isEmpty();
        assertThat(incident.offenses().get(0).weaponsForce()).isEmpty();
    }

    private static IncidentReportDetails report(
            Instant occurred,
            Clearance clearance,
            List<Offense> offenses,
            List<Person> people,
            List<PropertyItem> property) {
        return new IncidentReportDetails(
                1L,
                "26-004567",
                null,
                IncidentReportStatus.APPROVED,
                IncidentReportDetails.HowReceived.OFFICER_INITIATED,
                null,
                null,
                "100 Main St",
                null,
                null,
                occurred,
                null,
                occurred.plusSeconds(3600),
                offenses,
                people,
                List.of(),
                property,
                "What happened, told in enough words to follow.",
                clearance,
                null,
                clearance == Clearance.CLEARED_BY_ARREST ? LocalDate.of(2026, 10, 6) : null,
                false,
                "ofc",
                "Officer",
                List.of(),
                Instant.parse("2026-10-08T15:00:00Z"),
                3);
    }

    private static Offense offense(String code, String location, String weapon) {
        return new Offense(code, false, location, weapon, null);
    }

    private static Person person(PersonRole role, boolean organisation, LocalDate born, String sex, String race) {
        return new Person(
                null,
                role,
                organisation,
                organisation ? "Corner Market" : "Lopez",
                "Mia",
                born,
                sex,
                race,
                false,
                null,
                null,
                null);
    }

    private static PropertyItem item(String category, long cents, PropertyStatus status) {
        return new PropertyItem(null, "An item", category, cents, null, status);
    }
}
