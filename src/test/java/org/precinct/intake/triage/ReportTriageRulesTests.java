package org.precinct.intake.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precinct.intake.TriageAnswers;
import org.precinct.intake.TriageReason;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.TriageResult;

/** The rules of the emergency check one by one: reasons and their phrases, answers, negation, tense, odd input. */
class ReportTriageRulesTests {

    private static final PhraseRuleTriage triage = new PhraseRuleTriage();

    private static TriageResult assess(String description) {
        return triage.assess(TriageRequest.of(description));
    }

    @ParameterizedTest(name = "{0} -> {1} ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            Someone has a gun and is threatening people at the gas station | weapon         | gun
            My neighbor's kitchen is on fire                               | fire           | on fire
            There is smoke coming out of the attic                         | smoke          | smoke
            I smell gas in my basement                                     | gas            | smell gas
            My grandmother is not breathing                                | not-breathing  | not breathing
            my friend took pills and isn't waking up                       | overdose       | took pills
            A child has been missing for twenty minutes at the mall        | missing-child  | child has been missing
            Someone is inside my house right now                           | in-progress    | Someone is inside my house
            no weapons but he is still here                                | suspect-present| he is still here
            My friend is threatening to shoot himself                      | suicide        | shoot himself
            The driver looks drunk and is swerving on Olive                | impaired-driver| driver looks drunk
            I was in a crash and the other driver is bleeding              | injury         | bleeding
            A man is hitting his wife in the front yard                    | violence       | hitting
            Hay un incendio en la cocina                                   | fire           | incendio
            Mi vecino tiene una pistola                                    | weapon         | pistola
            Mi abuela no respira                                           | not-breathing  | no respira
            """)
    void namesTheDangerAndQuotesTheWordsThatRaisedIt(String description, String code, String phrase) {
        TriageResult result = assess(description);

        assertThat(result.emergency()).isTrue();
        assertThat(result.reasons())
                .filteredOn(reason -> reason.code().equals(code))
                .singleElement()
                .satisfies(reason -> {
                    assertThat(reason.phrase()).containsIgnoringCase(phrase);
                    assertThat(reason.messageKey()).isEqualTo("intake.triage.reason." + code);
                });
    }

    @Test
    void quotesTheReporterAsWrittenWithAccentsAndCapitals() {
        TriageResult result = assess("¡Alguien ESTÁ dentro de mi casa ahora mismo!");

        assertThat(result.reasons()).extracting(TriageReason::phrase).contains("Alguien ESTÁ dentro de mi casa");
    }

    @Test
    void givesEachCodeOnceInReadingOrder() {
        TriageResult result =
                assess("He has a knife. Now he has a gun too, and he is hitting her, and she is bleeding.");

        assertThat(result.reasons()).extracting(TriageReason::code).containsExactly("weapon", "violence", "injury");
    }

    @Test
    void anyAnswerYesIsAnEmergencyOnItsOwn() {
        String routine = "Someone stole my bike from the library rack last week";
        assertThat(assess(routine).emergency()).isFalse();

        assertThat(reasonCodes(routine, new TriageAnswers(true, false, false, false)))
                .containsExactly("answer-injured");
        assertThat(reasonCodes(routine, new TriageAnswers(false, true, false, false)))
                .containsExactly("answer-happening-now");
        assertThat(reasonCodes(routine, new TriageAnswers(false, false, true, false)))
                .containsExactly("answer-suspect-present");
        assertThat(reasonCodes(routine, new TriageAnswers(false, false, false, true)))
                .containsExactly("answer-danger");
        assertThat(reasonCodes("", new TriageAnswers(true, true, true, true)))
                .containsExactly("answer-injured", "answer-happening-now", "answer-suspect-present", "answer-danger");
        assertThat(triage.assess(new TriageRequest("", new TriageAnswers(false, true, false, false)))
                        .reasons())
                .singleElement()
                .extracting(TriageReason::phrase)
                .isEqualTo("happeningNow");
    }

    @Test
    void answersComeBeforeTheDescriptionsReasons() {
        TriageResult result =
                triage.assess(new TriageRequest("He has a gun", new TriageAnswers(false, false, true, false)));

        assertThat(result.reasons()).extracting(TriageReason::code).containsExactly("answer-suspect-present", "weapon");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Minor accident, nobody was hurt, we exchanged insurance
            No weapons were involved, my tool box was taken from my truck last week
            No one is injured, the other driver backed into my bumper in the lot
            He wasn't armed, he grabbed my purse yesterday and ran
            The car is not on fire, it just won't start in the library lot
            Nadie resultó herido, solo se rompió el espejo de mi carro
            No hubo heridos ni armas, me robaron la bicicleta ayer
            Injuries: none. Someone sideswiped my parked car overnight
            """)
    void aNegatedDangerIsNoEmergency(String description) {
        assertThat(assess(description).emergency()).as(description).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nobody was hurt but he has a knife and is still outside
            I'm not sure if he has a gun
            No sé si tiene un arma, pero sigue afuera de mi casa
            He won't stop hitting her
            No injuries yet, but the driver is drunk and trying to drive away
            """)
    void aNegationStopsAtItsClause(String description) {
        assertThat(assess(description).emergency()).as(description).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            My car was broken into last night, they took my sunglasses
            There was a shooting on my street last year, I want to know if anyone was arrested
            I was robbed at gunpoint three weeks ago and need the case number
            The fire last year destroyed our shed
            We had a gas leak last month and the gas company fixed it
            A drunk driver hit my parked car last night, he's gone
            The suspect is long gone; my purse was taken from my cart an hour ago
            Anoche me robaron la bicicleta y el ladrón ya se fue
            """)
    void aDangerThatIsClearlyOverIsNoEmergency(String description) {
        assertThat(assess(description).emergency()).as(description).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Someone was shot outside the store
            My friend took pills and isn't waking up
            My brother tried to kill himself last year and says he will do it again
            My daughter went missing last week
            There was a fire in our laundry room
            I smelled gas this morning
            My son overdosed an hour ago
            """)
    void someDangersInThePastAreStillEmergencies(String description) {
        assertThat(assess(description).emergency()).as(description).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            smoke detector battery chirping all night
            Cars speed down our street, someone is going to get hurt
            Cars park in the fire lane at the school
            I got a flu shot and lost my wallet at the pharmacy
            How do I get a gun permit?
            My car battery is dead in the library lot
            Someone stole my hunting rifle from my garage
            Kids shooting hoops in the street until midnight
            Our neighbors burn trash in a barrel every weekend
            The gas station on Olive charged my card twice
            """)
    void innocentLookAlikesOfDangerWordsAreNoEmergency(String description) {
        assertThat(assess(description).emergency()).as(description).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my grandfather is unconcious
            ther is a man with a gunn
            my neighbor is bleading from the head
            somone is stabing people
            """)
    void readsCommonMisspellings(String description) {
        assertThat(assess(description).emergency()).as(description).isTrue();
    }

    @Test
    void readsThroughMarkupAndEmojiAndNeverThrows() {
        assertThat(assess("<p>There is a <b>fire</b> in the <i>garage</i></p> 🔥🔥")
                        .emergency())
                .isTrue();
        assertThat(assess("<script>alert('x')</script> my bike was stolen last week &amp; &#39;")
                        .emergency())
                .isFalse();
        assertThat(assess("😀😀😀 \u0000\u0007\uFFFF\uD800 ....,,,;;;!!!???").emergency())
                .isFalse();
        assertThat(assess(null).emergency()).isFalse();
        assertThat(assess("   ").reasons()).isEmpty();
    }

    @Test
    void readsOnlyTheFirstTenThousandCharactersAndStaysFast() {
        String routine = "My neighbor's dog barks all night and the music is loud. ".repeat(500);
        String longer = routine + "There is a fire in the kitchen.";

        long started = System.nanoTime();
        TriageResult result = assess(longer);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(routine.length()).isGreaterThan(TriageRequest.MAX_DESCRIPTION_LENGTH);
        assertThat(result.emergency()).isFalse();
        assertThat(millis).as("milliseconds for %d characters", longer.length()).isLessThan(2_000);
        assertThat(assess(longer.substring(longer.length() - 9_000)).emergency())
                .isTrue();
    }

    @Test
    void suggestsAnIncidentTypeFromTheCatalogue() {
        assertThat(assess("My car was broken into last night, they took my sunglasses")
                        .suggestedIncidentType())
                .isEqualTo("THEFT_FROM_VEHICLE");
        assertThat(assess("There's graffiti on the wall of the park restroom").suggestedIncidentType())
                .isEqualTo("VANDALISM");
        assertThat(assess("My neighbors' dog barks all night long").suggestedIncidentType())
                .isEqualTo("NOISE");
        assertThat(assess("I lost my phone somewhere downtown").suggestedIncidentType())
                .isEqualTo("LOST_PROPERTY");
        assertThat(assess("Minor accident in the Target lot, no injuries").suggestedIncidentType())
                .isEqualTo("MINOR_CRASH");
        assertThat(assess("I was scammed out of $200 by someone on social media")
                        .suggestedIncidentType())
                .isEqualTo("FRAUD");
        assertThat(assess("There's an abandoned car on our cul-de-sac").suggestedIncidentType())
                .isEqualTo("ABANDONED_VEHICLE");
        assertThat(assess("Me robaron la bicicleta ayer").suggestedIncidentType())
                .isEqualTo("THEFT");
        assertThat(assess("Lorem ipsum dolor sit amet").suggestedIncidentType()).isNull();
    }

    @Test
    void suggestsOnlyTypesTheCatalogueSeeds() {
        assertThat(new IncidentTypeSuggester(PhraseBook.load("intake/triage/incident-types.txt")).types())
                .isSubsetOf(
                        "THEFT",
                        "THEFT_FROM_VEHICLE",
                        "VANDALISM",
                        "LOST_PROPERTY",
                        "FOUND_PROPERTY",
                        "FRAUD",
                        "IDENTITY_THEFT",
                        "MINOR_CRASH",
                        "HIT_AND_RUN",
                        "NOISE",
                        "ABANDONED_VEHICLE",
                        "SUSPICIOUS_ACTIVITY",
                        "DRUG_TIP",
                        "CODE_VIOLATION",
                        "TRAFFIC_COMPLAINT",
                        "GENERAL_INQUIRY",
                        "OFFICER_COMPLAINT");
    }

    @Test
    void everyReasonCodeIsExplainedInEnglishAndSpanish() throws Exception {
        for (String bundle : new String[] {"intake-triage.properties", "intake-triage_es.properties"}) {
            Properties messages = new Properties();
            try (var in = new java.io.InputStreamReader(
                    getClass().getClassLoader().getResourceAsStream("messages/" + bundle),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            assertThat(triage.codes().stream()
                            .filter(code -> !messages.containsKey(PhraseRuleTriage.MESSAGE_PREFIX + code))
                            .collect(Collectors.toList()))
                    .as(bundle)
                    .isEmpty();
        }
    }

    private static java.util.List<String> reasonCodes(String description, TriageAnswers answers) {
        return triage.assess(new TriageRequest(description, answers)).reasons().stream()
                .map(TriageReason::code)
                .toList();
    }
}
