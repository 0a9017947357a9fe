package org.precinct.geography.addresses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressNormaliserTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "123 Clarkson Road|123 CLARKSON RD",
                "123 clarkson rd.|123 CLARKSON RD",
                "  123   Clarkson    RD  |123 CLARKSON RD",
                "16401 Olive Boulevard|16401 OLIVE BLVD",
                "16401 Olive Blvd|16401 OLIVE BLVD",
                "400 Main Street|400 MAIN ST",
                "400 Main Str|400 MAIN ST",
                "12 Elm Avenue|12 ELM AVE",
                "12 Elm Av|12 ELM AVE",
                "7 Quail Ridge Drive|7 QUAIL RIDGE DR",
                "7 Fox Run Lane|7 FOX RUN LN",
                "9 Ashby Court|9 ASHBY CT",
                "15 Chesterfield Parkway|15 CHESTERFIELD PKWY",
            })
    void abbreviatesStreetSuffixes(String typed, String expected) {
        assertThat(AddressNormaliser.normalise(typed).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "123 North Clarkson Road|123 N CLARKSON RD",
                "123 N. Clarkson Rd|123 N CLARKSON RD",
                "55 Southwest Oak Street|55 SW OAK ST",
                "800 Olive Blvd West|800 OLIVE BLVD W",
                "800 Olive Boulevard East|800 OLIVE BLVD E",
                "10 West Outer Forty|10 W OUTER FORTY",
            })
    void abbreviatesDirectionalsBeforeAndAfterTheStreetName(String typed, String expected) {
        assertThat(AddressNormaliser.normalise(typed).text()).isEqualTo(expected);
    }

    @Test
    void keepsAWordThatIsTheStreetsNameEvenWhenItLooksLikeASuffixOrDirectional() {
        assertThat(AddressNormaliser.normalise("20 North Street").text()).isEqualTo("20 NORTH ST");
        assertThat(AddressNormaliser.normalise("20 Court Street").text()).isEqualTo("20 COURT ST");
        assertThat(AddressNormaliser.normalise("20 Park Avenue South").street()).isEqualTo("PARK AVE S");
    }

    @Test
    void stripsPunctuationAndAccentsAndKeepsApostrophisedNamesAsOneWord() {
        assertThat(AddressNormaliser.normalise("1200 O'Fallon Rd.").text()).isEqualTo("1200 OFALLON RD");
        assertThat(AddressNormaliser.normalise("5 Cañón-Vista Dr!").text()).isEqualTo("5 CANON VISTA DR");
    }

    @Test
    void dropsCityStateAndZipAfterTheFirstCommaButKeepsAUnit() {
        assertThat(AddressNormaliser.normalise("123 Clarkson Rd, Chesterfield, MO 63017")
                        .text())
                .isEqualTo("123 CLARKSON RD");
        NormalisedAddress withUnit = AddressNormaliser.normalise("123 Clarkson Rd, Apartment 4B, Chesterfield");
        assertThat(withUnit.text()).isEqualTo("123 CLARKSON RD APT 4B");
        assertThat(withUnit.street()).isEqualTo("CLARKSON RD");
        assertThat(withUnit.unit()).isEqualTo("APT 4B");
        assertThat(AddressNormaliser.normalise("123 Clarkson Rd #4").text()).isEqualTo("123 CLARKSON RD UNIT 4");
        assertThat(AddressNormaliser.normalise("123 Clarkson Road Suite 200").text())
                .isEqualTo("123 CLARKSON RD STE 200");
    }

    @Test
    void separatesTheHouseNumberFromTheStreet() {
        NormalisedAddress address = AddressNormaliser.normalise("17050 Wild Horse Creek Road");
        assertThat(address.houseNumber()).isEqualTo(17050);
        assertThat(address.street()).isEqualTo("WILD HORSE CREEK RD");
        assertThat(address.unit()).isEmpty();

        NormalisedAddress lettered = AddressNormaliser.normalise("123A Elm St");
        assertThat(lettered.houseNumber()).isEqualTo(123);
        assertThat(lettered.text()).isEqualTo("123A ELM ST");

        NormalisedAddress noNumber = AddressNormaliser.normalise("Chesterfield Mall");
        assertThat(noNumber.houseNumber()).isNull();
        assertThat(noNumber.street()).isEqualTo("CHESTERFIELD MALL");
    }

    @Test
    void differentlyTypedFormsOfOneAddressCompareEqual() {
        assertThat(AddressNormaliser.normalise("123 north clarkson road, Chesterfield MO"))
                .isEqualTo(AddressNormaliser.normalise("123 N. CLARKSON RD"));
    }

    @Test
    void blankOrPunctuationOnlyTextIsEmpty() {
        assertThat(AddressNormaliser.normalise(null).isEmpty()).isTrue();
        assertThat(AddressNormaliser.normalise("   ").isEmpty()).isTrue();
        assertThat(AddressNormaliser.normalise(" ,.;- ").isEmpty()).isTrue();
    }

    @Test
    void cleansATypedPrefixWithoutAbbreviatingAnIncompleteLastWord() {
        assertThat(AddressNormaliser.cleanPrefix("123 clarkson ro")).isEqualTo("123 CLARKSON RO");
        assertThat(AddressNormaliser.cleanPrefix(" 12, ")).isEqualTo("12");
    }
}
