package org.precinct.geography;

import java.io.StringReader;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.precinct.geography.addresses.AddressImport;
import org.precinct.geography.addresses.AddressImportReport;

/**
 * A jurisdiction of a test's own: a 2 by 2 km city at a random spot on the high plains, far from the demo city
 * and (almost surely) from every other test's, split into a west and an east beat at 1 km. Names and codes carry a
 * random suffix so that tests never meet each other's data.
 *
 * @param suffix random capital letters in every code and name
 * @param jurisdictionCode the city's code
 * @param westBeat the code of the beat covering the western kilometre
 * @param eastBeat the code of the beat covering the eastern kilometre
 * @param southWest the city's south-west corner
 */
record TestTerritory(String suffix, String jurisdictionCode, String westBeat, String eastBeat, GeoPoint southWest) {

    static final double SIZE_METRES = 2_000;

    static TestTerritory create(Boundaries boundaries) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        String suffix = letters.toString();
        GeoPoint corner = new GeoPoint(41 + random.nextDouble() * 5, -106 + random.nextDouble() * 8);
        TestTerritory territory = new TestTerritory(suffix, "T" + suffix, "W" + suffix, "E" + suffix, corner);
        boundaries.defineJurisdiction(new JurisdictionDefinition(
                territory.jurisdictionCode(),
                "Test City " + suffix,
                JurisdictionKind.CITY,
                territory.rectangle(0, SIZE_METRES)));
        territory.defineBeats(boundaries);
        return territory;
    }

    void defineBeats(Boundaries boundaries) {
        boundaries.defineBeat(
                new BeatDefinition(westBeat, "West " + suffix, jurisdictionCode, rectangle(0, SIZE_METRES / 2)));
        boundaries.defineBeat(new BeatDefinition(
                eastBeat, "East " + suffix, jurisdictionCode, rectangle(SIZE_METRES / 2, SIZE_METRES)));
    }

    /** The point {@code north} metres north and {@code east} metres east of the south-west corner. */
    GeoPoint at(double north, double east) {
        return southWest.offset(north, east);
    }

    /** An address-file row for an address at a point of the territory. */
    String row(String address, double north, double east) {
        GeoPoint point = at(north, east);
        return String.format(Locale.ROOT, "\"%s\",%.7f,%.7f%n", address, point.latitude(), point.longitude());
    }

    AddressImportReport importRows(AddressImport addressImport, String... rows) {
        return addressImport.importCsv(new StringReader("address,latitude,longitude\n" + String.join("", rows)));
    }

    /** The full-height strip of the territory between two distances east of its western edge. */
    GeoPolygon rectangle(double fromEast, double toEast) {
        return GeoPolygon.of(at(0, fromEast), at(0, toEast), at(SIZE_METRES, toEast), at(SIZE_METRES, fromEast));
    }
}
