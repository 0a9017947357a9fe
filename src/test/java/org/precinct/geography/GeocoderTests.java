package org.precinct.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precinct.PrecinctTest;
import org.precinct.geography.addresses.AddressImport;
import org.springframework.beans.factory.annotation.Autowired;

@PrecinctTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeocoderTests {

    @Autowired
    Geocoder geocoder;

    @Autowired
    Boundaries boundaries;

    @Autowired
    AddressImport addressImport;

    private TestTerritory territory;
    private String maple;

    /**
     * Clarkson Rd runs north through the west beat, 500 m from the western edge, ten metres per house number: even
     * numbers on its west side, odd on its east; 106 to 118 are missing. A lane runs east-west in the east beat.
     */
    @BeforeAll
    void lay_out_streets() {
        territory = TestTerritory.create(boundaries);
        maple = "Maple " + territory.suffix().charAt(0)
                + territory.suffix().substring(1).toLowerCase() + " Ln";
        territory.importRows(
                addressImport,
                clarkson(100),
                clarkson(102),
                clarkson(104),
                clarkson(120),
                clarkson(101),
                clarkson(103),
                clarkson(123),
                clarkson(125),
                territory.row("1 " + maple, 1_000, 1_500),
                territory.row("3 " + maple, 1_000, 1_540));
    }

    private String clarkson(int number) {
        return territory.row(number + " Clarkson Rd", north(number), number % 2 == 0 ? 480 : 520);
    }

    private static double north(int number) {
        return 200 + (number - 100) * 10;
    }

    @Test
    void findsAnAddressTypedDifferentlyAsAnExactMatch() {
        List<GeocodeMatch> matches = geocoder.geocode("123  clarkson road., Chesterfield MO 63017");

        assertThat(matches).first().satisfies(match -> {
            assertThat(match.address()).isEqualTo("123 Clarkson Rd");
            assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
            assertThat(match.score()).isEqualTo(1.0);
            assertThat(match.point().metresTo(territory.at(north(123), 520))).isLessThan(0.1);
            assertThat(match.beatCode()).isEqualTo(territory.westBeat());
            assertThat(match.jurisdictionCode()).isEqualTo(territory.jurisdictionCode());
        });
        assertThat(matches.stream().skip(1))
                .allSatisfy(other -> assertThat(other.kind()).isNotEqualTo(MatchKind.EXACT));
    }

    @Test
    void findsAMisspeltStreetByResemblance() {
        List<GeocodeMatch> matches = geocoder.geocode("123 Clarksn Road");

        assertThat(matches).first().satisfies(match -> {
            assertThat(match.address()).isEqualTo("123 Clarkson Rd");
            assertThat(match.kind()).isEqualTo(MatchKind.FUZZY);
            assertThat(match.score()).isBetween(0.3, 0.99);
            assertThat(match.beatCode()).isEqualTo(territory.westBeat());
        });
        assertThat(matches)
                .extracting(GeocodeMatch::score)
                .isSortedAccordingTo((one, other) -> Double.compare(other, one));
    }

    @Test
    void placesAMissingHouseNumberBetweenItsNeighboursOnTheSameSide() {
        List<GeocodeMatch> matches = geocoder.geocode("110 Clarkson Road");

        assertThat(matches).first().satisfies(match -> {
            assertThat(match.address()).isEqualTo("110 Clarkson Rd");
            assertThat(match.kind()).isEqualTo(MatchKind.INTERPOLATED);
            // Between 104 and 120 on the even side, where 110 would stand.
            assertThat(match.point().metresTo(territory.at(north(110), 480))).isLessThan(1.0);
            assertThat(match.beatCode()).isEqualTo(territory.westBeat());
            assertThat(match.jurisdictionCode()).isEqualTo(territory.jurisdictionCode());
        });
    }

    @Test
    void doesNotInventANumberBeyondTheEndOfTheStreet() {
        assertThat(geocoder.geocode("900 Clarkson Rd"))
                .noneMatch(match -> match.kind() == MatchKind.INTERPOLATED)
                .noneMatch(match -> match.address().startsWith("900 "));
    }

    @Test
    void findsNothingForBlankOrUnknownText() {
        assertThat(geocoder.geocode("   ")).isEmpty();
        assertThat(geocoder.geocode(null)).isEmpty();
        assertThat(geocoder.geocode("zzqxv wyqjk")).isEmpty();
    }

    @Test
    void findsTheNearestAddressToAPointWithItsBeatAndJurisdiction() {
        ReverseGeocode place = geocoder.reverse(
                territory.at(1_010, 1_510).latitude(),
                territory.at(1_010, 1_510).longitude());

        assertThat(place.nearest()).isNotNull();
        assertThat(place.nearest().address()).isEqualTo("1 " + maple);
        assertThat(place.nearest().distanceMetres()).isBetween(13.0, 15.2);
        assertThat(place.insideJurisdiction()).isTrue();
        assertThat(place.location().beatCode()).isEqualTo(territory.eastBeat());
        assertThat(place.location().jurisdictionCode()).isEqualTo(territory.jurisdictionCode());
        assertThat(place.location().jurisdictionKind()).isEqualTo(JurisdictionKind.CITY);
    }

    @Test
    void reportsNoAddressWhenNoneIsWithinTheRadius() {
        GeoPoint empty = territory.at(1_900, 100);

        ReverseGeocode place = geocoder.reverse(empty.latitude(), empty.longitude(), 100);

        assertThat(place.nearest()).isNull();
        assertThat(place.location().beatCode()).isEqualTo(territory.westBeat());
    }

    @Test
    void saysWhenAPointIsOutsideEveryJurisdiction() {
        GeoPoint outside = territory.at(-3_000, -3_000);

        ReverseGeocode place = geocoder.reverse(outside.latitude(), outside.longitude());

        assertThat(place.insideJurisdiction()).isFalse();
        assertThat(place.location()).isNull();
        assertThat(place.nearest()).isNull();
        assertThat(geocoder.locate(outside)).isEmpty();
    }

    @Test
    void locatesAPointInItsBeat() {
        assertThat(geocoder.locate(territory.at(100, 1_900))).hasValueSatisfying(location -> {
            assertThat(location.beatCode()).isEqualTo(territory.eastBeat());
            assertThat(location.beatName()).isEqualTo("East " + territory.suffix());
            assertThat(location.jurisdictionName()).isEqualTo("Test City " + territory.suffix());
        });
    }

    @Test
    void refusesCoordinatesAndRadiiOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> geocoder.reverse(91, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> geocoder.locate(0, -181));
        assertThatIllegalArgumentException().isThrownBy(() -> geocoder.reverse(0, 0, 0));
    }

    @Test
    void suggestsAddressesAsTheyAreTyped() {
        String street = maple.substring(0, maple.length() - 3);

        assertThat(geocoder.suggest(street.toLowerCase(), 10))
                .extracting(AddressSuggestion::address)
                .containsExactly("1 " + maple, "3 " + maple);
        assertThat(geocoder.suggest("3 " + street, 10))
                .extracting(AddressSuggestion::address)
                .containsExactly("3 " + maple);
        assertThat(geocoder.suggest("1", 10)).isEmpty();
    }
}
