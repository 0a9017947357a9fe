package org.precinct.intake.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precinct.intake.RoughPlace;

/** A place told to anyone says the block of the street, never the house, the unit or what a reporter typed. */
class RoughPlaceTests {

    @Test
    void aStreetAddressBecomesItsBlock() {
        RoughPlace place = RoughPlace.of("123 Main St", 38.6501234, -90.5709876);
        assertThat(place.block()).isEqualTo(100);
        assertThat(place.street()).isEqualTo("Main St");
        assertThat(place.latitude()).isEqualTo(38.650);
        assertThat(place.longitude()).isEqualTo(-90.571);
    }

    @Test
    void unitsCityAndZipAreLeftOut() {
        assertThat(RoughPlace.of("1845 Clarkson Rd Apt 4B, Chesterfield, MO 63017", 38.6, -90.5))
                .extracting(RoughPlace::block, RoughPlace::street)
                .containsExactly(1800, "Clarkson Rd");
        assertThat(RoughPlace.of("77 N Outer 40 Rd #12", 38.6, -90.5))
                .extracting(RoughPlace::block, RoughPlace::street)
                .containsExactly(0, "N Outer 40 Rd");
        assertThat(RoughPlace.of("2200 Elm Ave Unit 3", 38.6, -90.5).street()).isEqualTo("Elm Ave");
    }

    @Test
    void anythingButAStreetAddressIsToldAsRoundedCoordinates() {
        for (String typed : new String[] {
            "behind the Walgreens", "John Smith's house on Elm", "", "Main St", "12345678 Main St", null
        }) {
            RoughPlace place = RoughPlace.of(typed, 38.6504999, -90.5705001);
            assertThat(place.block()).as(typed).isNull();
            assertThat(place.street()).as(typed).isNull();
            assertThat(place.latitude()).isEqualTo(38.650);
            assertThat(place.longitude()).isEqualTo(-90.571);
        }
    }
}
