package org.precinct.records.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNameKeysTests {

    @Test
    void namesLoseAccentsCasePunctuationAndSpaces() {
        assertThat(PersonNameKeys.normalize("O'Brien")).isEqualTo("obrien");
        assertThat(PersonNameKeys.normalize("Peña")).isEqualTo("pena");
        assertThat(PersonNameKeys.normalize("  MÜLLER-Lüdenscheidt ")).isEqualTo("mullerludenscheidt");
        assertThat(PersonNameKeys.normalize(null)).isEmpty();
    }

    @Test
    void aSurnameOfSeveralPartsIsFoundWholeAndByEachPart() {
        List<PersonNameKeys.SearchName> names =
                PersonNameKeys.searchNames(PersonNameKeys.Source.NAME, "García-López", "María", null);
        assertThat(names).extracting(PersonNameKeys.SearchName::last).containsExactly("garcialopez", "garcia", "lopez");
        assertThat(names)
                .extracting(PersonNameKeys.SearchName::source)
                .containsExactly(PersonNameKeys.Source.NAME, PersonNameKeys.Source.PART, PersonNameKeys.Source.PART);
        assertThat(PersonNameKeys.searchNames(PersonNameKeys.Source.ALIAS, "de la Cruz", "Ana", "B"))
                .extracting(PersonNameKeys.SearchName::last)
                .containsExactly("delacruz", "cruz");
        assertThat(PersonNameKeys.searchNames(PersonNameKeys.Source.NAME, "Smith", "John", null))
                .containsExactly(new PersonNameKeys.SearchName(PersonNameKeys.Source.NAME, "smith", "john", ""));
        assertThat(PersonNameKeys.searchNames(PersonNameKeys.Source.NAME, "--", "John", null))
                .isEmpty();
    }

    @Test
    void nicknamesAndSpellingsOfAGivenNameStandForEachOther() {
        GivenNameVariants variants = GivenNameVariants.standard();
        assertThat(variants.of("Bob")).contains("bob", "robert", "bobby");
        assertThat(variants.sameName("Bob", "Robert")).isTrue();
        assertThat(variants.sameName("Kathryn", "Catherine")).isTrue();
        assertThat(variants.sameName("Peggy", "Margaret")).isTrue();
        assertThat(variants.sameName("Bill", "William")).isTrue();
        assertThat(variants.sameName("Bob", "William")).isFalse();
        assertThat(variants.of("Zebulon")).containsExactly("zebulon");
        assertThat(variants.of("")).isEmpty();
    }
}
