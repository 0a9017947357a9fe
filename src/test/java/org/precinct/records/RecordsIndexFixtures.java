package org.precinct.records;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.precinct.records.index.RecordsStaff;
import org.precinct.shared.Role;
import org.springframework.stereotype.Component;

/** Makes master records for tests, each with a date of birth of its own so that tests can narrow to their data. */
@Component
public class RecordsIndexFixtures {

    private final MasterIndexes indexes;

    RecordsIndexFixtures(MasterIndexes indexes) {
        this.indexes = indexes;
    }

    /** A birth date between 1935 and 1995 that no other test is likely to use the same year with the same names. */
    public static LocalDate randomBirthDate() {
        return LocalDate.of(1935, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(60 * 365));
    }

    /** A surname no other test or run uses: a random run of letters that reads as a name. */
    public static String uniqueSurname() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            name.append(consonants.charAt(random.nextInt(consonants.length())));
            name.append(vowels.charAt(random.nextInt(vowels.length())));
        }
        name.append(consonants.charAt(random.nextInt(consonants.length())));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public long person(String last, String first, LocalDate dob) {
        return indexes.registerPerson(new MasterPersonDetails(
                        new MasterPersonName(last, first, null),
                        dob,
                        "M",
                        "W",
                        70,
                        180,
                        "BRO",
                        "BLU",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()))
                .id();
    }

    /** A woman of about 30 with a tattoo described in the given words. */
    public long marked(String last, String first, String tattoo) {
        return indexes.registerPerson(new MasterPersonDetails(
                        new MasterPersonName(last, first, null),
                        LocalDate.now().minusYears(30),
                        "F",
                        "W",
                        64,
                        130,
                        "BLK",
                        "BRO",
                        null,
                        null,
                        List.of(),
                        List.of(new MasterPersonMark("TATTOO", "left forearm", tattoo)),
                        List.of(),
                        List.of()))
                .id();
    }

    public static RecordsStaff officer() {
        return new RecordsStaff("officer-test", "9001", java.util.Set.of(Role.OFFICER));
    }

    public static RecordsStaff clerk() {
        return new RecordsStaff("clerk-test", "9002", java.util.Set.of(Role.RECORDS));
    }
}
