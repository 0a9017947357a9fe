package org.precinct.records.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.records.MasterIndexes;
import org.precinct.records.MasterInvolvement;
import org.precinct.records.MasterPersonDetails;
import org.precinct.records.MasterPersonName;
import org.precinct.records.MasterPropertyDetails;
import org.precinct.records.MasterRecordInvalidException;
import org.precinct.records.MasterRecordKind;
import org.precinct.records.MasterRecordSaved;
import org.precinct.records.MasterVehicleDetails;
import org.precinct.records.RecordsIndexFixtures;
import org.precinct.records.check.ItemMatch;
import org.precinct.records.check.RecordCheckRequest;
import org.precinct.records.check.RecordChecks;
import org.precinct.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Saving master records with the duplicate check, involvements, merges and their undoing, vehicle searches. */
@PrecinctTest
class MasterIndexTests {

    @Autowired
    MasterIndexes indexes;

    @Autowired
    MasterMerges merges;

    @Autowired
    PersonIndex persons;

    @Autowired
    RecordChecks checks;

    @Autowired
    RecordsIndexFixtures fixtures;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    private static String reportNumber() {
        return "26-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static String plate() {
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder plate = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            plate.append(letters.charAt(random.nextInt(letters.length())));
        }
        return plate.append(random.nextInt(1000, 9999)).toString();
    }

    @Test
    void aSecondRecordOfTheSamePersonIsProposedAsADuplicateByNameSoundAndBirthDateOrByLicence() {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        String surname = RecordsIndexFixtures.uniqueSurname();
        long first = fixtures.person(surname, "Robert", dob);
        MasterRecordSaved second =
                indexes.registerPerson(MasterPersonDetails.named(new MasterPersonName(surname, "Bob", null)));
        assertThat(second.possibleDuplicates()).isEmpty();
        MasterRecordSaved third = indexes.registerPerson(new MasterPersonDetails(
                new MasterPersonName(surname, "Bob", null),
                dob,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of()));
        assertThat(third.possibleDuplicates()).anySatisfy(match -> {
            assertThat(match.id()).isEqualTo(first);
            assertThat(match.reason()).isEqualTo("NAME_AND_BIRTH_DATE");
        });

        String licence = "S" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        long holder = indexes.registerPerson(new MasterPersonDetails(
                        new MasterPersonName(RecordsIndexFixtures.uniqueSurname(), "Ann", null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        licence,
                        "MO",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()))
                .id();
        MasterRecordSaved sameLicence = indexes.registerPerson(new MasterPersonDetails(
                new MasterPersonName(RecordsIndexFixtures.uniqueSurname(), "Anne", null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                licence.toLowerCase(),
                "mo",
                List.of(),
                List.of(),
                List.of(),
                List.of()));
        assertThat(sameLicence.possibleDuplicates()).singleElement().satisfies(match -> {
            assertThat(match.id()).isEqualTo(holder);
            assertThat(match.reason()).isEqualTo("LICENCE");
        });
    }

    @Test
    void impossibleDetailsAreRefusedFieldByFieldAndNothingIsSaved() {
        String surname = RecordsIndexFixtures.uniqueSurname();
        MasterPersonDetails impossible = new MasterPersonDetails(
                new MasterPersonName(surname, "J0hn", null),
                LocalDate.now().plusDays(3),
                "X",
                null,
                130,
                0,
                "PUR",
                null,
                "AB-12",
                null,
                List.of(new MasterPersonName("", null, null)),
                List.of(),
                List.of(),
                List.of("12"));
        assertThatThrownBy(() -> indexes.registerPerson(impossible))
                .isInstanceOfSatisfying(
                        MasterRecordInvalidException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("firstName", "records.index.problem.name-characters")
                                .containsEntry("dateOfBirth", "records.index.problem.born-in-future")
                                .containsEntry("sex", "records.index.problem.code")
                                .containsEntry("heightInches", "records.index.problem.height")
                                .containsEntry("weightPounds", "records.index.problem.weight")
                                .containsEntry("hair", "records.index.problem.code")
                                .containsEntry("licenceState", "records.index.problem.licence-state-required")
                                .containsEntry("aliases[0].lastName", "records.index.problem.last-name-required")
                                .containsEntry("phones[0]", "records.index.problem.phone"));
        assertThat(jdbc.sql("select count(*) from records.master_person where last_name = :last")
                        .param("last", surname)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMergeMovesEveryInvolvementKeepsTheHistoryAndCanBeUndone() {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        String surname = RecordsIndexFixtures.uniqueSurname();
        long kept = fixtures.person(surname, "William", dob);
        long duplicate = fixtures.person(surname + "e", "Bill", dob);
        String report1 = reportNumber();
        String report2 = reportNumber();
        indexes.recordInvolvement(
                new MasterInvolvement(MasterRecordKind.PERSON, kept, report1, "victim", LocalDate.now()));
        long moved = indexes.recordInvolvement(new MasterInvolvement(
                MasterRecordKind.PERSON,
                duplicate,
                report2,
                "SUSPECT",
                LocalDate.now().minusDays(3)));

        long merge =
                merges.merge(MasterRecordKind.PERSON, kept, duplicate, "Same licence", RecordsIndexFixtures.clerk());
        PersonView after = persons.find(kept).orElseThrow();
        assertThat(after.involvements())
                .extracting(PersonView.Involvement::reportNumber)
                .containsExactly(report1, report2);
        assertThat(after.aliases()).extracting(PersonView.Name::personId).contains(duplicate);
        assertThat(after.merges()).singleElement().satisfies(m -> {
            assertThat(m.mergedId()).isEqualTo(duplicate);
            assertThat(m.mergedBy()).isEqualTo("clerk-test");
        });
        assertThat(persons.find(duplicate).orElseThrow().mergedInto()).isEqualTo(kept);
        // The merged record's name now finds the record kept, and only it.
        assertThat(checks.check(
                                new RecordCheckRequest(surname + "e, Bill " + dob, "merge test", null, null, null, 10),
                                RecordsIndexFixtures.officer())
                        .persons())
                .extracting(org.precinct.records.check.PersonMatch::id)
                .contains(kept)
                .doesNotContain(duplicate);
        // An involvement recorded on the merged record lands on the record kept.
        indexes.recordInvolvement(
                new MasterInvolvement(MasterRecordKind.PERSON, duplicate, reportNumber(), "WITNESS", LocalDate.now()));
        assertThat(persons.find(kept).orElseThrow().involvements()).hasSize(3);

        assertThatThrownBy(() ->
                        merges.merge(MasterRecordKind.PERSON, kept, duplicate, null, RecordsIndexFixtures.clerk()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("records.index.merge.not-live"));

        merges.undo(merge, RecordsIndexFixtures.clerk());
        assertThat(persons.find(duplicate).orElseThrow().involvements())
                .extracting(PersonView.Involvement::id)
                .containsExactly(moved);
        assertThat(persons.find(duplicate).orElseThrow().mergedInto()).isNull();
        assertThat(persons.find(kept).orElseThrow().merges().get(0).undoneBy()).isEqualTo("clerk-test");
        assertThatThrownBy(() -> merges.undo(merge, RecordsIndexFixtures.clerk()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(audit.search(new AuditQuery(
                        null, AuditAction.CHANGE, "master-person", Long.toString(duplicate), null, null, null, 0)))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void vehiclesAreFoundByPlatePartialPlateAndVinAndAWrongCheckDigitIsAWarning() {
        String plate = plate();
        MasterRecordSaved saved = indexes.registerVehicle(new MasterVehicleDetails(
                "1HGCM82633A004353",
                plate.substring(0, 3) + "-" + plate.substring(3),
                "MO",
                "Honda",
                "Accord",
                2003,
                "Silver"));
        assertThat(saved.warnings()).containsExactly("records.index.warning.vin-check-digit");
        MasterRecordSaved again =
                indexes.registerVehicle(new MasterVehicleDetails(null, plate, "mo", "Honda", "Accord", 2003, "Silver"));
        assertThat(again.possibleDuplicates()).extracting(m -> m.id()).containsExactly(saved.id());

        String partial = plate.substring(0, 4) + "?" + plate.substring(5);
        for (String typed :
                List.of(plate, plate.toLowerCase(), partial, "?" + plate.substring(1), plate.substring(0, 5) + "*")) {
            List<ItemMatch> items = checks.check(
                            new RecordCheckRequest(typed, "plate test", null, null, null, 50),
                            RecordsIndexFixtures.officer())
                    .items();
            assertThat(items).as(typed).extracting(ItemMatch::id).contains(saved.id(), again.id());
        }
        assertThatThrownBy(() ->
                        indexes.registerVehicle(new MasterVehicleDetails(null, "AB#12", "MO", null, null, 1850, null)))
                .isInstanceOfSatisfying(
                        MasterRecordInvalidException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsEntry("plate", "records.index.problem.plate")
                                .containsEntry("year", "records.index.problem.year"));
    }

    @Test
    void serializedItemsAreFoundBySerialNumberAndShowTheirInvolvements() {
        String serial = "WTU" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "X";
        long bicycle = indexes.registerProperty(new MasterPropertyDetails("bicycle", "Trek", "FX 2", serial, "Blue"))
                .id();
        String report = reportNumber();
        indexes.recordInvolvement(
                new MasterInvolvement(MasterRecordKind.PROPERTY, bicycle, report, "STOLEN", LocalDate.now()));
        assertThat(checks.check(
                                new RecordCheckRequest(serial.toLowerCase(), "serial test", null, null, null, 10),
                                RecordsIndexFixtures.officer())
                        .items())
                .extracting(ItemMatch::id)
                .containsExactly(bicycle);
        assertThatThrownBy(() -> indexes.registerProperty(new MasterPropertyDetails("spaceship", null, null, "", null)))
                .isInstanceOf(MasterRecordInvalidException.class);
    }
}
