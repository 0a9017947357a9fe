package org.precinct.geography.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.precinct.geography.BeatDefinition;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.JurisdictionDefinition;
import org.precinct.geography.JurisdictionKind;
import org.precinct.geography.addresses.AddressNormaliser;
import org.precinct.geography.demo.DemoStreetGrid.DemoAddress;

class GeographyDemoStreetGridTests {

    private static final DemoStreetGrid grid = DemoStreetGrid.generate();

    @Test
    void isTheSameEveryTime() {
        DemoStreetGrid again = DemoStreetGrid.generate();
        assertThat(again.csv()).isEqualTo(grid.csv());
        assertThat(again.beats()).isEqualTo(grid.beats());
        assertThat(again.jurisdictions()).isEqualTo(grid.jurisdictions());
    }

    @Test
    void hasTheCityAndItsContractCityAroundChesterfield() {
        assertThat(grid.jurisdictions())
                .extracting(JurisdictionDefinition::code, JurisdictionDefinition::kind)
                .containsExactly(
                        tuple(DemoStreetGrid.CITY, JurisdictionKind.CITY),
                        tuple(DemoStreetGrid.CONTRACT_CITY, JurisdictionKind.CONTRACT_CITY));
        assertThat(city().boundary().contains(new GeoPoint(38.663, -90.577))).isTrue();
        GeoPoint valleyCentre = valley().boundary().centre();
        assertThat(valleyCentre.latitude()).isLessThan(38.635);
        assertThat(valleyCentre.longitude()).isLessThan(-90.577);
    }

    @Test
    void hasSixCityBeatsThatTileTheCityAndOneForTheContractCity() {
        assertThat(grid.beats())
                .filteredOn(beat -> beat.jurisdictionCode().equals(DemoStreetGrid.CITY))
                .hasSize(6);
        assertThat(grid.beats())
                .filteredOn(beat -> beat.jurisdictionCode().equals(DemoStreetGrid.CONTRACT_CITY))
                .hasSize(1);
        Random random = new Random(1);
        for (int i = 0; i < 5_000; i++) {
            GeoPoint point = new GeoPoint(38.59 + random.nextDouble() * 0.13, -90.67 + random.nextDouble() * 0.19);
            long cityBeats = beatsContaining(point, DemoStreetGrid.CITY);
            assertThat(cityBeats)
                    .as("city beats containing %s", point)
                    .isEqualTo(city().boundary().contains(point) ? 1 : 0);
            assertThat(city().boundary().contains(point) && valley().boundary().contains(point))
                    .as("%s in both cities", point)
                    .isFalse();
        }
    }

    @Test
    void numbersTenThousandOrSoHousesOnFortyOddCityStreetsAllInsideTheirCity() {
        List<DemoAddress> addresses = grid.addresses();
        assertThat(addresses).hasSizeBetween(8_000, 15_000);
        assertThat(grid.streetNames(DemoStreetGrid.CITY))
                .hasSizeBetween(35, 45)
                .contains(
                        "Clarkson Rd",
                        "Olive Blvd",
                        "Baxter Rd",
                        "Woods Mill Rd",
                        "Long Rd",
                        "Chesterfield Pkwy",
                        "Wild Horse Creek Rd");
        assertThat(grid.streetNames(DemoStreetGrid.CONTRACT_CITY)).isNotEmpty();
        for (DemoAddress address : addresses) {
            JurisdictionDefinition jurisdiction =
                    address.jurisdictionCode().equals(DemoStreetGrid.CITY) ? city() : valley();
            assertThat(jurisdiction.boundary().contains(address.point()))
                    .as(address.address())
                    .isTrue();
            assertThat(beatsContaining(address.point(), address.jurisdictionCode()))
                    .as(address.address())
                    .isEqualTo(1);
        }
        assertThat(addresses).anyMatch(address -> address.jurisdictionCode().equals(DemoStreetGrid.CONTRACT_CITY));
    }

    @Test
    void givesEveryHouseItsOwnAddressEvenNumbersOnOneSideOddOnTheOther() {
        Set<String> seen = new HashSet<>();
        for (DemoAddress address : grid.addresses()) {
            assertThat(seen.add(AddressNormaliser.normalise(address.address()).text()))
                    .as(address.address())
                    .isTrue();
        }
        // Across the street from a house stands the next odd number: within a few tens of metres.
        Map<String, DemoAddress> byAddress = new HashMap<>();
        grid.addresses().forEach(address -> byAddress.put(address.address(), address));
        DemoAddress even = grid.addresses().stream()
                .filter(address -> address.address().endsWith(" Olive Blvd"))
                .filter(address ->
                        AddressNormaliser.normalise(address.address()).houseNumber() % 2 == 0)
                .filter(address -> byAddress.containsKey(opposite(address)))
                .findFirst()
                .orElseThrow();
        DemoAddress odd = byAddress.get(opposite(even));
        assertThat(even.point().metresTo(odd.point())).isBetween(40.0, 80.0);
    }

    @Test
    void writesAnAddressFileTheImporterReads() {
        String csv = grid.csv();
        assertThat(csv).startsWith("address,latitude,longitude\n");
        assertThat(csv.lines().count()).isEqualTo(grid.addresses().size() + 1L);
    }

    private static String opposite(DemoAddress even) {
        String[] parts = even.address().split(" ", 2);
        return (Integer.parseInt(parts[0]) + 1) + " " + parts[1];
    }

    private long beatsContaining(GeoPoint point, String jurisdictionCode) {
        return grid.beats().stream()
                .filter(beat -> beat.jurisdictionCode().equals(jurisdictionCode))
                .map(BeatDefinition::boundary)
                .filter(boundary -> boundary.contains(point))
                .count();
    }

    private JurisdictionDefinition city() {
        return grid.jurisdictions().get(0);
    }

    private JurisdictionDefinition valley() {
        return grid.jurisdictions().get(1);
    }
}
