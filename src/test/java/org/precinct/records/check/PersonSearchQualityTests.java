package org.precinct.records.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.records.MasterIndexes;
import org.precinct.records.MasterPersonDetails;
import org.precinct.records.MasterPersonName;
import org.precinct.records.RecordsIndexFixtures;
import org.precinct.records.index.CautionKind;
import org.precinct.records.index.PersonRecordChanges;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search quality on persons the test makes: every misspelling an officer is likely to type finds the right person
 * among the first results, and better matches come first. Each test narrows to the year of birth of its own
 * persons, so that other tests' data cannot come between.
 */
@PrecinctTest
class PersonSearchQualityTests {

    @Autowired
    RecordChecks checks;

    @Autowired
    RecordsIndexFixtures fixtures;

    @Autowired
    MasterIndexes indexes;

    @Autowired
    PersonRecordChanges changes;

    private List<Long> found(String query, LocalDate bornIn) {
        int age = Period.between(bornIn, LocalDate.now()).getYears();
        return checks
                .check(
                        new RecordCheckRequest(query, "search quality test", null, age - 1, age + 1, 10),
                        RecordsIndexFixtures.officer())
                .persons()
                .stream()
                .map(PersonMatch::id)
                .toList();
    }

    @Test
    void misspellingsNicknamesAndSwappedNamesFindTheRightPerson() {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        long john = fixtures.person("Smith", "John", dob);
        long catherine = fixtures.person("Richardson", "Catherine", dob);
        long robert = fixtures.person("Vandermeer", "Robert", dob);
        for (String typed : List.of(
                "Smith, John",
                "John Smith",
                "SMITH JOHN",
                "Smyth, Jon",
                "Smiht, John",
                "Smith, Jonh",
                "Jon Smyth",
                "John, Smith",
                "Smith, J",
                "Smith, Johnny",
                "Smith, Jack")) {
            assertThat(found(typed, dob)).as(typed).contains(john);
        }
        for (String typed :
                List.of("Richardson, Kathryn", "Richardsen, Catherine", "Kathy Richardson", "Richarson Cathy")) {
            assertThat(found(typed, dob)).as(typed).contains(catherine);
        }
        for (String typed : List.of("Vandermeer, Bob", "Van der Meer, Robert", "Vandermere, Rob", "Bobby Vandermeer")) {
            assertThat(found(typed, dob)).as(typed).contains(robert);
        }
    }

    @Test
    void theBetterMatchComesFirst() {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        long smyth = fixtures.person("Smyth", "Jon", dob);
        long smith = fixtures.person("Smith", "John", dob);
        List<Long> forSmith = found("Smith, John", dob).stream()
                .filter(id -> id == smith || id == smyth)
                .toList();
        assertThat(forSmith).containsExactly(smith, smyth);
        List<Long> forSmyth = found("Smyth, Jon", dob).stream()
                .filter(id -> id == smith || id == smyth)
                .toList();
        assertThat(forSmyth).containsExactly(smyth, smith);
    }

    @Test
    void hyphenatedAndMultiPartSurnamesAreFoundWholeAndByEachPart() {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        long maria = fixtures.person("García-López", "María", dob);
        long ana = fixtures.person("de la Cruz", "Ana", dob);
        for (String typed :
                List.of("Garcia-Lopez, Maria", "Maria Garcia Lopez", "Garcia, Maria", "Lopez, Maria", "Maria Garcia")) {
            assertThat(found(typed, dob)).as(typed).contains(maria);
        }
        for (String typed : List.of("De La Cruz, Ana", "Delacruz, Ana", "Ana de la Cruz", "Cruz, Ana")) {
            assertThat(found(typed, dob)).as(typed).contains(ana);
        }
    }

    @Test
    void aDateOfBirthFindsAnySpellingOfTheName() {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        String surname = RecordsIndexFixtures.uniqueSurname();
        long person = fixtures.person(surname, "Theodore", dob);
        String mangled = surname.substring(0, 2) + "x" + surname.substring(3, 6) + "qq";
        List<PersonMatch> byBirth = checks.check(
                        new RecordCheckRequest(mangled + ", Ted " + dob, "search quality test", null, null, null, 10),
                        RecordsIndexFixtures.officer())
                .persons();
        assertThat(byBirth).extracting(PersonMatch::id).contains(person);
    }

    @Test
    void cautionsAreShownFirstAndSealedAndJuvenileRecordsExistOnlyForRecordsStaff() {
        LocalDate dob = RecordsIndexFixtures.randomBirthDate();
        String surname = RecordsIndexFixtures.uniqueSurname();
        long plain = fixtures.person(surname, "Peter", dob);
        long armed = fixtures.person(surname, "Pete", dob);
        changes.addCaution(armed, CautionKind.ARMED_DANGEROUS, "Carries a knife", RecordsIndexFixtures.clerk());
        long sealed = fixtures.person(surname, "Petra", dob);
        changes.seal(sealed, true, RecordsIndexFixtures.clerk());
        long noBirthDate = indexes.registerPerson(
                        MasterPersonDetails.named(new MasterPersonName(surname, "Pedro", null)))
                .id();
        // A juvenile is known by a recent date of birth; a person of unknown age is treated as an adult.
        long child = fixtures.person(surname, "Petey", LocalDate.now().minusYears(12));

        RecordCheckResult officer = checks.check(
                new RecordCheckRequest(surname + ", Peter", "caution test", null, null, null, 10),
                RecordsIndexFixtures.officer());
        assertThat(officer.cautioned()).extracting(PersonMatch::id).containsExactly(armed);
        assertThat(officer.cautioned().get(0).cautions()).containsExactly(CautionKind.ARMED_DANGEROUS);
        assertThat(officer.persons())
                .extracting(PersonMatch::id)
                .contains(plain, armed, noBirthDate)
                .doesNotContain(sealed, child);

        RecordCheckResult clerk = checks.check(
                new RecordCheckRequest(surname + ", Peter", "caution test", null, null, null, 10),
                RecordsIndexFixtures.clerk());
        assertThat(clerk.persons()).extracting(PersonMatch::id).contains(plain, armed, sealed, child);
    }
}
