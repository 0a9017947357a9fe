package org.precinct.personnel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.precinct.personnel.Dsn;
import org.precinct.personnel.EmployeeProfile;
import org.precinct.personnel.EmploymentStatus;
import org.precinct.personnel.Rank;
import org.precinct.personnel.StandardUnit;
import org.precinct.personnel.demo.PersonnelDemoData.Person;

class PersonnelDemoDataTests {

    private final List<Person> people = PersonnelDemoData.people();
    private final Map<String, Person> byDsn =
            people.stream().collect(Collectors.toMap(Person::dsn, Function.identity()));

    @Test
    void hasAboutNinetyPeopleWithUniqueWellFormedDsnsAndAddresses() {
        assertThat(people).hasSizeBetween(85, 100);
        assertThat(byDsn).hasSameSizeAs(people);
        assertThat(people)
                .extracting(Person::email)
                .doesNotHaveDuplicates()
                .allMatch(email -> email.matches("[a-z]+\\.[a-z]+@police\\.example"));
        assertThat(people)
                .extracting(Person::phone)
                .doesNotHaveDuplicates()
                .allMatch(phone -> phone.matches("\\(636\\) 555-01\\d\\d"));
        people.forEach(person -> {
            assertThat(Dsn.isValid(person.dsn())).isTrue();
            new EmployeeProfile(
                    person.firstName(),
                    person.lastName(),
                    person.rank(),
                    person.title(),
                    person.phone(),
                    person.email(),
                    person.hired());
        });
    }

    @Test
    void hasThePeopleBehindTheDemoAccounts() {
        assertThat(byDsn.get("1001")).satisfies(civilianIn(StandardUnit.ADMINISTRATION_BUREAU));
        assertThat(byDsn.get("1002")).satisfies(sworn(Rank.CHIEF, StandardUnit.OFFICE_OF_THE_CHIEF));
        assertThat(byDsn.get("1003")).satisfies(sworn(Rank.SERGEANT, StandardUnit.PATROL));
        assertThat(byDsn.get("1004")).satisfies(sworn(Rank.OFFICER, StandardUnit.PATROL));
        assertThat(byDsn.get("1005")).satisfies(civilianIn(StandardUnit.RECORDS));
        assertThat(byDsn.get("1006")).satisfies(civilianIn(StandardUnit.CRIME_ANALYSIS));
        assertThat(byDsn.get("1007")).satisfies(sworn(Rank.LIEUTENANT, StandardUnit.INTERNAL_AFFAIRS));
        assertThat(byDsn.get("1008")).satisfies(civilianIn(StandardUnit.CODE_ENFORCEMENT));
        assertThat(byDsn.get("1009")).satisfies(civilianIn(StandardUnit.PROPERTY));
        assertThat(byDsn.get("1010")).satisfies(civilianIn(StandardUnit.FLEET_MAINTENANCE));
        assertThat(byDsn.get("1011")).satisfies(sworn(Rank.SERGEANT, StandardUnit.TRAINING));
        assertThat(byDsn.get("1012")).satisfies(civilianIn(StandardUnit.HUMAN_RESOURCES));
        assertThat(byDsn.get("1013")).satisfies(sworn(Rank.OFFICER, StandardUnit.COMMUNITY_AFFAIRS));
        assertThat(byDsn.get("1014")).satisfies(sworn(Rank.OFFICER, StandardUnit.SCHOOL_RESOURCE));
        assertThat(byDsn.get("1015")).satisfies(sworn(Rank.OFFICER, StandardUnit.MEDIA_RELATIONS));
        assertThat(byDsn.get("1015").email()).isEqualTo("brian.oconnell@police.example");
    }

    @Test
    void distributesRanksLikeARealDepartment() {
        Map<Rank, Long> ranks = people.stream().collect(Collectors.groupingBy(Person::rank, Collectors.counting()));
        assertThat(ranks.get(Rank.CHIEF)).isEqualTo(1);
        assertThat(ranks.get(Rank.CAPTAIN)).isEqualTo(3);
        assertThat(ranks.get(Rank.OFFICER)).isBetween(50L, 60L);
        assertThat(ranks.get(Rank.CIVILIAN)).isBetween(10L, 20L);
        assertThat(people)
                .filteredOn(person -> person.status() == EmploymentStatus.RESERVE)
                .allMatch(person -> person.rank() == Rank.RESERVE_OFFICER);
    }

    @Test
    void namesServingCommandersWhoExist() {
        assertThat(PersonnelDemoData.commanders().values()).allSatisfy(dsn -> {
            assertThat(byDsn).containsKey(dsn);
            assertThat(byDsn.get(dsn).status()).isEqualTo(EmploymentStatus.ACTIVE);
        });
    }

    private static java.util.function.Consumer<Person> sworn(Rank rank, StandardUnit unit) {
        return person -> {
            assertThat(person.rank()).isEqualTo(rank);
            assertThat(person.unit()).isEqualTo(unit);
        };
    }

    private static java.util.function.Consumer<Person> civilianIn(StandardUnit unit) {
        return person -> {
            assertThat(person.rank()).isEqualTo(Rank.CIVILIAN);
            assertThat(person.unit()).isEqualTo(unit);
        };
    }
}
