package org.precinct.records.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.precinct.records.index.GivenNameVariants;

/** The rules of name matching and of reading the search box, without the database. */
class NameMatchingTests {

    private final NameMatchScore scoring = new NameMatchScore(GivenNameVariants.standard());

    // Double metaphone codes as PostgreSQL's fuzzystrmatch computes them for these names.
    private static final NameMatchScore.QueryCodes JOHN_SMITH =
            new NameMatchScore.QueryCodes(Set.of("SM0", "XMT"), Set.of("JN", "AN"));

    private static NameMatchScore.Candidate stored(String last, String first, Set<String> lastCodes, String firstCode) {
        return new NameMatchScore.Candidate("NAME", last, first, "", lastCodes, firstCode);
    }

    @Test
    void theSameNameScoresHighestThenANicknameThenASoundAlikeThenATypo() {
        NameQuery typed = new NameQuery("smith", "john", "", false);
        double exact = scoring.score(typed, JOHN_SMITH, stored("smith", "john", Set.of("SM0", "XMT"), "JN"));
        double nickname = scoring.score(typed, JOHN_SMITH, stored("smith", "jack", Set.of("SM0", "XMT"), "JK"));
        double soundsAlike = scoring.score(typed, JOHN_SMITH, stored("smyth", "jon", Set.of("SM0", "XMT"), "JN"));
        double typo = scoring.score(typed, JOHN_SMITH, stored("smiht", "jonh", Set.of("SMT"), "JN"));
        double someoneElse = scoring.score(typed, JOHN_SMITH, stored("baxter", "mary", Set.of("PKST"), "MR"));
        assertThat(exact).isEqualTo(1.0);
        assertThat(nickname).isLessThan(exact).isGreaterThan(soundsAlike);
        assertThat(soundsAlike).isGreaterThan(NameMatchScore.THRESHOLD);
        assertThat(typo).isGreaterThan(NameMatchScore.THRESHOLD);
        assertThat(someoneElse).isLessThan(NameMatchScore.THRESHOLD);
    }

    @Test
    void catherineAndKathrynAreTheSameGivenNameAndBobIsRobert() {
        NameMatchScore.QueryCodes codes = new NameMatchScore.QueryCodes(Set.of("JNS", "ANS"), Set.of("K0RN", "KTRN"));
        NameQuery typed = new NameQuery("jones", "catherine", "", false);
        assertThat(scoring.score(typed, codes, stored("jones", "kathryn", Set.of("JNS", "ANS"), "K0RN")))
                .isGreaterThanOrEqualTo(0.97);
        NameQuery bob = new NameQuery("miller", "bob", "", false);
        NameMatchScore.QueryCodes bobCodes = new NameMatchScore.QueryCodes(Set.of("MLR"), Set.of("PP", "RPRT"));
        assertThat(scoring.score(bob, bobCodes, stored("miller", "robert", Set.of("MLR"), "RPRT")))
                .isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void aSwappedReadingAnAliasAndOnePartOfASurnameScoreALittleLower() {
        NameQuery swapped = new NameQuery("smith", "john", "", true);
        NameMatchScore.Candidate own = stored("smith", "john", Set.of("SM0", "XMT"), "JN");
        assertThat(scoring.score(swapped, JOHN_SMITH, own)).isLessThan(1.0).isGreaterThan(0.9);
        NameMatchScore.Candidate part = new NameMatchScore.Candidate("PART", "smith", "john", "", Set.of("SM0"), "JN");
        NameMatchScore.Candidate alias =
                new NameMatchScore.Candidate("ALIAS", "smith", "john", "", Set.of("SM0"), "JN");
        NameQuery typed = new NameQuery("smith", "john", "", false);
        assertThat(scoring.score(typed, JOHN_SMITH, part))
                .isLessThan(scoring.score(typed, JOHN_SMITH, alias))
                .isGreaterThan(0.9);
    }

    @Test
    void aMiddleInitialThatFitsRanksAboveOneThatDoesNot() {
        NameQuery typed = new NameQuery("smith", "john", "a", false);
        NameMatchScore.Candidate fits =
                new NameMatchScore.Candidate("NAME", "smith", "john", "adam", Set.of("SM0"), "JN");
        NameMatchScore.Candidate other =
                new NameMatchScore.Candidate("NAME", "smith", "john", "paul", Set.of("SM0"), "JN");
        assertThat(scoring.score(typed, JOHN_SMITH, fits)).isGreaterThan(scoring.score(typed, JOHN_SMITH, other));
    }

    @Test
    void jaroWinklerFavoursCommonBeginnings() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isBetween(0.96, 0.97);
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
        assertThat(JaroWinkler.similarity("", "abc")).isZero();
    }

    @Test
    void theSearchBoxReadsNamesWithAndWithoutACommaAndADateOfBirth() {
        RecordCheckInput withComma = RecordCheckInput.read("Smith, John A");
        assertThat(withComma.names().get(0)).isEqualTo(new NameQuery("smith", "john", "a", false));
        assertThat(withComma.names()).contains(new NameQuery("john", "smith", "", true));
        assertThat(withComma.plate()).isNull();

        RecordCheckInput natural = RecordCheckInput.read("John Smith 1980-04-02");
        assertThat(natural.dateOfBirth()).isEqualTo(LocalDate.of(1980, 4, 2));
        assertThat(natural.names())
                .contains(new NameQuery("smith", "john", "", false), new NameQuery("john", "smith", "", false));

        assertThat(RecordCheckInput.read("Maria de la Cruz 4/2/1980").names())
                .contains(new NameQuery("delacruz", "maria", "", false));
        assertThat(RecordCheckInput.read("Maria de la Cruz 4/2/1980").dateOfBirth())
                .isEqualTo(LocalDate.of(1980, 4, 2));
        assertThat(RecordCheckInput.read("Maria Garcia Lopez").names())
                .contains(new NameQuery("garcialopez", "maria", "", false));
    }

    @Test
    void theSearchBoxReadsPlatesVinsPhonesAndAddresses() {
        RecordCheckInput partial = RecordCheckInput.read("abc1?3");
        assertThat(partial.platePattern()).isEqualTo("ABC1_3");
        assertThat(partial.names()).isEmpty();

        RecordCheckInput plate = RecordCheckInput.read("ABC 123");
        assertThat(plate.plate()).isEqualTo("ABC123");
        assertThat(plate.vinTail()).isEqualTo("ABC123");

        RecordCheckInput vin = RecordCheckInput.read("1HGCM82633A004352");
        assertThat(vin.vin()).isEqualTo("1HGCM82633A004352");
        assertThat(vin.plate()).isNull();

        RecordCheckInput phone = RecordCheckInput.read("(636) 555-0100");
        assertThat(phone.phone()).isEqualTo("6365550100");
        assertThat(phone.names()).isEmpty();

        RecordCheckInput address = RecordCheckInput.read("12 Main St.");
        assertThat(address.address()).isEqualTo("12 main st");
        assertThat(address.names()).isEmpty();

        assertThat(RecordCheckInput.read("@@@").searchesNothing()).isTrue();
    }
}
