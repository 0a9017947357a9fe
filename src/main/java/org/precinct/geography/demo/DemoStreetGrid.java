package org.precinct.geography.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.precinct.geography.BeatDefinition;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeoPolygon;
import org.precinct.geography.JurisdictionDefinition;
import org.precinct.geography.JurisdictionKind;

/**
 * An invented but plausible map for the demo department: the city of Chesterfield, Missouri (about 13 by 7 km
 * around 38.663 N, 90.577 W) cut into six beats, the contract city of Clarkson Valley to its south-west as a
 * seventh, and some ten thousand addresses along forty-odd streets.
 *
 * <p>Everything comes from a fixed seed, so every demo installation has the same map. The outlines and streets are
 * made up; only the street names and the rough place are borrowed from the real cities. Houses stand on both sides
 * of each street, even numbers on the left and odd on the right going up, a hundred numbers to a block.
 */
final class DemoStreetGrid {

    static final long SEED = 20_261_123L;
    static final String CITY = "CHESTERFIELD";
    static final String CONTRACT_CITY = "CLARKSON-VALLEY";

    /** Beat boundaries: four longitudes by three latitudes, the inner crossings moved a little off the grid. */
    private static final double[] COLUMNS = {-90.650, -90.600, -90.550, -90.500};

    private static final double[] ROWS = {38.635, 38.668, 38.700};

    private static final String[][] BEAT_NAMES = {
        {"B21", "Wild Horse Creek"}, {"B22", "Baxter and Clarkson"}, {"B23", "Schoettler"},
        {"B11", "Chesterfield Valley West"}, {"B12", "Chesterfield Valley"}, {"B13", "Olive and Woods Mill"}
    };

    private static final List<String> RESIDENTIAL_STREETS = List.of(
            "Brookview Dr",
            "Hickory Hill Ct",
            "Meadowbrook Ln",
            "Twin Oaks Dr",
            "Fox Run Ct",
            "Ridgewood Ln",
            "Quail Ridge Dr",
            "Timberlake Ct",
            "Cedar Crest Dr",
            "Whitehall Ln",
            "Country Ridge Dr",
            "Wetherby Ct",
            "Kingspointe Dr",
            "Arbor Lake Ln",
            "Stablestone Dr",
            "Hampton Park Dr",
            "Chesterfield Lakes Dr",
            "Old Baxter Ln",
            "Forest Crest Ct",
            "Windwood Dr",
            "Ashby Ct",
            "Lake Knoll Dr",
            "Willow Bend Ln",
            "Canterbury Ct");

    /** Where the numbering of the long east-west roads starts; every other arterial starts at 100. */
    private static final Map<String, Integer> FIRST_NUMBERS = Map.of(
            "Chesterfield Airport Rd", 15_000,
            "Olive Blvd", 15_500,
            "Ladue Rd", 13_000,
            "Wild Horse Creek Rd", 16_000,
            "Conway Rd", 13_200,
            "Clayton Rd", 13_500);

    /** An address of the demo index. */
    record DemoAddress(String address, GeoPoint point, String jurisdictionCode) {}

    private final Random random = new Random(SEED);
    private final Map<String, List<GeoPoint>> edgeBends = new HashMap<>();
    private final GeoPoint[][] nodes = new GeoPoint[COLUMNS.length][ROWS.length];
    private final List<JurisdictionDefinition> jurisdictions = new ArrayList<>();
    private final List<BeatDefinition> beats = new ArrayList<>();
    private final List<Street> streets = new ArrayList<>();
    private final List<DemoAddress> addresses = new ArrayList<>();

    private DemoStreetGrid() {}

    static DemoStreetGrid generate() {
        DemoStreetGrid grid = new DemoStreetGrid();
        grid.layOutBoundaries();
        grid.layOutStreets();
        grid.numberHouses();
        return grid;
    }

    List<JurisdictionDefinition> jurisdictions() {
        return List.copyOf(jurisdictions);
    }

    List<BeatDefinition> beats() {
        return List.copyOf(beats);
    }

    List<String> streetNames(String jurisdictionCode) {
        return streets.stream()
                .filter(street -> street.jurisdiction().code().equals(jurisdictionCode))
                .map(Street::name)
                .toList();
    }

    List<DemoAddress> addresses() {
        return List.copyOf(addresses);
    }

    /** The addresses as an address file for {@code AddressImport}. */
    String csv() {
        StringBuilder csv = new StringBuilder("address,latitude,longitude\n");
        for (DemoAddress address : addresses) {
            csv.append(address.address())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.6f", address.point().latitude()))
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.6f", address.point().longitude()))
                    .append('\n');
        }
        return csv.toString();
    }

    private void layOutBoundaries() {
        for (int column = 0; column < COLUMNS.length; column++) {
            for (int row = 0; row < ROWS.length; row++) {
                double longitude = COLUMNS[column];
                double latitude = ROWS[row];
                boolean innerColumn = column > 0 && column < COLUMNS.length - 1;
                if (innerColumn && row > 0) {
                    longitude += jitter(0.004);
                }
                if (row == 1 || (row == ROWS.length - 1 && innerColumn)) {
                    latitude += jitter(0.003);
                }
                nodes[column][row] = new GeoPoint(latitude, longitude);
            }
        }
        // The river side (north) meanders; east and west follow property lines; the south edge, shared in part
        // with Clarkson Valley, is a straight survey line.
        for (int column = 0; column + 1 < COLUMNS.length; column++) {
            bend(nodes[column + 1][ROWS.length - 1], nodes[column][ROWS.length - 1], 6, 0.004);
        }
        for (int row = 0; row + 1 < ROWS.length; row++) {
            bend(nodes[COLUMNS.length - 1][row], nodes[COLUMNS.length - 1][row + 1], 3, 0.003);
            bend(nodes[0][row + 1], nodes[0][row], 3, 0.003);
        }

        List<GeoPoint> city = new ArrayList<>();
        for (int column = 0; column + 1 < COLUMNS.length; column++) {
            walk(city, nodes[column][0], nodes[column + 1][0]);
        }
        for (int row = 0; row + 1 < ROWS.length; row++) {
            walk(city, nodes[COLUMNS.length - 1][row], nodes[COLUMNS.length - 1][row + 1]);
        }
        for (int column = COLUMNS.length - 1; column > 0; column--) {
            walk(city, nodes[column][ROWS.length - 1], nodes[column - 1][ROWS.length - 1]);
        }
        for (int row = ROWS.length - 1; row > 0; row--) {
            walk(city, nodes[0][row], nodes[0][row - 1]);
        }
        jurisdictions.add(
                new JurisdictionDefinition(CITY, "City of Chesterfield", JurisdictionKind.CITY, new GeoPolygon(city)));

        GeoPolygon valley = GeoPolygon.of(
                new GeoPoint(38.635, -90.626),
                new GeoPoint(38.635, -90.584),
                new GeoPoint(38.624, -90.581),
                new GeoPoint(38.611, -90.586),
                new GeoPoint(38.604, -90.600),
                new GeoPoint(38.606, -90.617),
                new GeoPoint(38.617, -90.628));
        jurisdictions.add(new JurisdictionDefinition(
                CONTRACT_CITY, "City of Clarkson Valley", JurisdictionKind.CONTRACT_CITY, valley));

        int name = 0;
        for (int row = 0; row + 1 < ROWS.length; row++) {
            for (int column = 0; column + 1 < COLUMNS.length; column++) {
                List<GeoPoint> ring = new ArrayList<>();
                walk(ring, nodes[column][row], nodes[column + 1][row]);
                walk(ring, nodes[column + 1][row], nodes[column + 1][row + 1]);
                walk(ring, nodes[column + 1][row + 1], nodes[column][row + 1]);
                walk(ring, nodes[column][row + 1], nodes[column][row]);
                String[] beat = BEAT_NAMES[name++];
                beats.add(new BeatDefinition(beat[0], beat[1], CITY, new GeoPolygon(ring)));
            }
        }
        beats.add(new BeatDefinition("B31", "Clarkson Valley", CONTRACT_CITY, valley));
    }

    /** Gives the edge from {@code from} to {@code to} {@code count} bends of up to {@code amplitude} degrees. */
    private void bend(GeoPoint from, GeoPoint to, int count, double amplitude) {
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            double share = (double) i / (count + 1);
            double latitude = from.latitude() + share * (to.latitude() - from.latitude());
            double longitude = from.longitude() + share * (to.longitude() - from.longitude());
            boolean alongLatitude =
                    Math.abs(to.longitude() - from.longitude()) > Math.abs(to.latitude() - from.latitude());
            if (alongLatitude) {
                latitude += jitter(amplitude);
            } else {
                longitude += jitter(amplitude);
            }
            points.add(new GeoPoint(latitude, longitude));
        }
        edgeBends.put(key(from, to), points);
        List<GeoPoint> reversed = new ArrayList<>(points);
        Collections.reverse(reversed);
        edgeBends.put(key(to, from), reversed);
    }

    /** Appends the edge from {@code from} towards {@code to}, bends included, {@code to} itself left out. */
    private void walk(List<GeoPoint> ring, GeoPoint from, GeoPoint to) {
        ring.add(from);
        ring.addAll(edgeBends.getOrDefault(key(from, to), List.of()));
    }

    private static String key(GeoPoint from, GeoPoint to) {
        return from.toPostgres() + to.toPostgres();
    }

    private void layOutStreets() {
        JurisdictionDefinition city = jurisdictions.get(0);
        JurisdictionDefinition valley = jurisdictions.get(1);

        // Arterials, east-west. The long ones are numbered from the east, rising westward as in west St. Louis
        // County, so they run east to west here.
        streets.add(wavy(city, "Chesterfield Airport Rd", 38.693, -90.502, 38.692, -90.648, 120, 2, Kind.ARTERIAL));
        streets.add(straight(city, "Spirit of St Louis Blvd", 38.697, -90.642, 38.697, -90.598, Kind.ARTERIAL));
        streets.add(straight(city, "Edison Ave", 38.685, -90.622, 38.685, -90.552, Kind.ARTERIAL));
        streets.add(wavy(city, "Olive Blvd", 38.678, -90.502, 38.676, -90.600, 90, 1, Kind.ARTERIAL));
        streets.add(straight(city, "Swingley Ridge Rd", 38.671, -90.576, 38.671, -90.546, Kind.ARTERIAL));
        streets.add(wavy(city, "Ladue Rd", 38.663, -90.503, 38.661, -90.582, 80, 2, Kind.ARTERIAL));
        streets.add(wavy(city, "Wild Horse Creek Rd", 38.661, -90.588, 38.643, -90.647, 260, 3, Kind.ARTERIAL));
        streets.add(straight(city, "Conway Rd", 38.650, -90.503, 38.650, -90.572, Kind.ARTERIAL));
        streets.add(wavy(city, "Clayton Rd", 38.640, -90.503, 38.639, -90.580, 60, 2, Kind.ARTERIAL));
        // Arterials, north-south.
        streets.add(wavy(city, "Long Rd", 38.640, -90.640, 38.697, -90.637, 90, 2, Kind.ARTERIAL));
        streets.add(straight(city, "Baxter Rd", 38.637, -90.605, 38.667, -90.603, Kind.ARTERIAL));
        streets.add(wavy(city, "Clarkson Rd", 38.637, -90.586, 38.690, -90.584, 70, 1, Kind.ARTERIAL));
        streets.add(straight(city, "Greentrails Dr", 38.641, -90.556, 38.659, -90.556, Kind.ARTERIAL));
        streets.add(straight(city, "Schoettler Rd", 38.637, -90.535, 38.660, -90.533, Kind.ARTERIAL));
        streets.add(wavy(city, "Woods Mill Rd", 38.637, -90.515, 38.690, -90.513, 110, 2, Kind.ARTERIAL));
        streets.add(arc(city, "Chesterfield Pkwy", 38.667, -90.563, 900, 200, 300, Kind.ARTERIAL));

        // Subdivisions fill the land between the arterials: a winding drive or lane in the widest gap left, and
        // courts (cul-de-sacs) branching off the drives.
        List<Street> drives = new ArrayList<>();
        for (String name : RESIDENTIAL_STREETS) {
            if (name.endsWith(" Ct")) {
                continue;
            }
            GeoPoint centre = widestGap(city.boundary());
            double heading = random.nextInt(180);
            double length = 1_200 + random.nextInt(1_000);
            Street drive = random.nextBoolean()
                    ? line(
                            city,
                            name,
                            centre,
                            heading,
                            length,
                            80 + random.nextInt(120),
                            1 + random.nextInt(2),
                            Kind.RESIDENTIAL)
                    : arc(
                            city,
                            name,
                            centre.latitude(),
                            centre.longitude(),
                            length / 2.5,
                            heading,
                            140 + random.nextInt(60),
                            Kind.RESIDENTIAL);
            drives.add(drive);
            streets.add(drive);
        }
        for (String name : RESIDENTIAL_STREETS) {
            if (!name.endsWith(" Ct")) {
                continue;
            }
            Street drive = drives.get(random.nextInt(drives.size()));
            double along = drive.length() * (0.2 + 0.6 * random.nextDouble());
            double[] direction = drive.directionAt(along);
            double side = random.nextBoolean() ? 1 : -1;
            // Square off the drive, starting past the drive's own houses.
            double east = -direction[1] * side;
            double north = direction[0] * side;
            GeoPoint start = drive.pointAt(along).offset(north * 45, east * 45);
            double length = 250 + random.nextInt(200);
            GeoPoint end = start.offset(north * length, east * length);
            streets.add(straight(
                    city, name, start.latitude(), start.longitude(), end.latitude(), end.longitude(), Kind.COURT));
        }

        streets.add(wavy(valley, "Kehrs Mill Rd", 38.607, -90.611, 38.633, -90.589, 120, 1, Kind.ARTERIAL));
        streets.add(wavy(valley, "Clarkson Valley Dr", 38.628, -90.622, 38.628, -90.588, 70, 2, Kind.RESIDENTIAL));
        streets.add(arc(valley, "Saddle Ridge Dr", 38.617, -90.607, 700, 180, 200, Kind.RESIDENTIAL));
        streets.add(straight(valley, "Carriage Hill Ln", 38.611, -90.617, 38.622, -90.617, Kind.RESIDENTIAL));
        streets.add(straight(valley, "Valley Creek Ct", 38.618, -90.594, 38.618, -90.587, Kind.COURT));
        streets.add(straight(valley, "Fox Hollow Ct", 38.622, -90.624, 38.622, -90.618, Kind.COURT));
    }

    /** Of many random spots well inside {@code limits}, the one farthest from every street laid out so far. */
    private GeoPoint widestGap(GeoPolygon limits) {
        List<GeoPoint> taken = new ArrayList<>();
        for (Street street : streets) {
            for (int i = 0; i < street.points().size(); i += 4) {
                taken.add(street.points().get(i));
            }
        }
        GeoPoint best = limits.centre();
        double widest = -1;
        for (int attempt = 0; attempt < 300; attempt++) {
            GeoPoint candidate = new GeoPoint(
                    ROWS[0] + random.nextDouble() * (ROWS[ROWS.length - 1] - ROWS[0]),
                    COLUMNS[0] + random.nextDouble() * (COLUMNS[COLUMNS.length - 1] - COLUMNS[0]));
            if (!wellInside(limits, candidate, 500)) {
                continue;
            }
            double gap = taken.stream().mapToDouble(candidate::metresTo).min().orElse(Double.MAX_VALUE);
            if (gap > widest) {
                best = candidate;
                widest = gap;
            }
        }
        return best;
    }

    private static boolean wellInside(GeoPolygon limits, GeoPoint point, double margin) {
        return limits.contains(point)
                && limits.contains(point.offset(margin, 0))
                && limits.contains(point.offset(-margin, 0))
                && limits.contains(point.offset(0, margin))
                && limits.contains(point.offset(0, -margin));
    }

    private void numberHouses() {
        for (Street street : streets) {
            int firstNumber = switch (street.kind()) {
                case ARTERIAL -> FIRST_NUMBERS.getOrDefault(street.name(), 100);
                case RESIDENTIAL -> 100 * (1 + random.nextInt(20));
                case COURT -> 100 * (1 + random.nextInt(5));
            };
            Kind kind = street.kind();
            int lotsPerBlock = (int) (kind.blockMetres / kind.lotMetres);
            double length = street.length();
            for (int lot = 0; (lot + 1) * kind.lotMetres <= length; lot++) {
                double along = (lot + 0.5) * kind.lotMetres;
                int block = lot / lotsPerBlock;
                int inBlock = lot % lotsPerBlock;
                int even = firstNumber + block * 100 + 2 * inBlock;
                house(street, along, even, kind.setbackMetres);
                house(street, along, even + 1, -kind.setbackMetres);
            }
        }
    }

    /** A house {@code along} metres down the street, {@code left} metres to its left (negative: to its right). */
    private void house(Street street, double along, int number, double left) {
        if (random.nextInt(100) < 8) {
            return; // an empty lot, a park, a pond
        }
        GeoPoint onStreet = street.pointAt(along);
        double[] heading = street.directionAt(along);
        GeoPoint house = onStreet.offset(heading[0] * left, -heading[1] * left);
        house = new GeoPoint(round(house.latitude()), round(house.longitude()));
        if (street.jurisdiction().boundary().contains(house)) {
            addresses.add(new DemoAddress(
                    number + " " + street.name(), house, street.jurisdiction().code()));
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private double jitter(double amplitude) {
        return (random.nextDouble() * 2 - 1) * amplitude;
    }

    private static Street straight(
            JurisdictionDefinition jurisdiction,
            String name,
            double fromLatitude,
            double fromLongitude,
            double toLatitude,
            double toLongitude,
            Kind kind) {
        return wavy(jurisdiction, name, fromLatitude, fromLongitude, toLatitude, toLongitude, 0, 0, kind);
    }

    /** A street from one point to another, swinging up to {@code amplitude} metres to the side {@code waves} times. */
    private static Street wavy(
            JurisdictionDefinition jurisdiction,
            String name,
            double fromLatitude,
            double fromLongitude,
            double toLatitude,
            double toLongitude,
            double amplitude,
            int waves,
            Kind kind) {
        GeoPoint from = new GeoPoint(fromLatitude, fromLongitude);
        double east = (toLongitude - fromLongitude) * metresPerDegreeLongitude(fromLatitude);
        double north = (toLatitude - fromLatitude) * metresPerDegreeLatitude();
        double length = Math.hypot(east, north);
        List<GeoPoint> points = new ArrayList<>();
        int steps = Math.max(2, (int) (length / 25));
        for (int i = 0; i <= steps; i++) {
            double share = (double) i / steps;
            double side = amplitude * StrictMath.sin(share * Math.PI * waves);
            points.add(from.offset(north * share + side * east / length, east * share - side * north / length));
        }
        return new Street(name, jurisdiction, kind, points);
    }

    /** A straight or wavy street of {@code length} metres centred on {@code centre}, heading so many degrees. */
    private static Street line(
            JurisdictionDefinition jurisdiction,
            String name,
            GeoPoint centre,
            double heading,
            double length,
            double amplitude,
            int waves,
            Kind kind) {
        double east = StrictMath.sin(Math.toRadians(heading)) * length / 2;
        double north = StrictMath.cos(Math.toRadians(heading)) * length / 2;
        GeoPoint from = centre.offset(-north, -east);
        GeoPoint to = centre.offset(north, east);
        return wavy(
                jurisdiction,
                name,
                from.latitude(),
                from.longitude(),
                to.latitude(),
                to.longitude(),
                amplitude,
                waves,
                kind);
    }

    /** A curving street: part of a circle of {@code radius} metres, from a compass bearing through a sweep. */
    private static Street arc(
            JurisdictionDefinition jurisdiction,
            String name,
            double centreLatitude,
            double centreLongitude,
            double radius,
            double fromBearing,
            double sweep,
            Kind kind) {
        GeoPoint centre = new GeoPoint(centreLatitude, centreLongitude);
        List<GeoPoint> points = new ArrayList<>();
        int steps = Math.max(8, (int) (Math.toRadians(sweep) * radius / 25));
        for (int i = 0; i <= steps; i++) {
            double bearing = Math.toRadians(fromBearing + sweep * i / steps);
            points.add(centre.offset(radius * StrictMath.cos(bearing), radius * StrictMath.sin(bearing)));
        }
        return new Street(name, jurisdiction, kind, points);
    }

    private static double metresPerDegreeLatitude() {
        return Math.toRadians(GeoPoint.EARTH_RADIUS_METRES);
    }

    private static double metresPerDegreeLongitude(double latitude) {
        return metresPerDegreeLatitude() * Math.cos(Math.toRadians(latitude));
    }

    /** How houses stand along a kind of street. */
    enum Kind {
        ARTERIAL(25, 30, 200),
        RESIDENTIAL(20, 18, 150),
        COURT(18, 15, 150);

        final double lotMetres;
        final double setbackMetres;
        final double blockMetres;

        Kind(double lotMetres, double setbackMetres, double blockMetres) {
            this.lotMetres = lotMetres;
            this.setbackMetres = setbackMetres;
            this.blockMetres = blockMetres;
        }
    }

    /** A street's centre line, walked by distance. */
    record Street(String name, JurisdictionDefinition jurisdiction, Kind kind, List<GeoPoint> points) {

        double length() {
            double length = 0;
            for (int i = 1; i < points.size(); i++) {
                length += points.get(i - 1).metresTo(points.get(i));
            }
            return length;
        }

        GeoPoint pointAt(double along) {
            double walked = 0;
            for (int i = 1; i < points.size(); i++) {
                double step = points.get(i - 1).metresTo(points.get(i));
                if (walked + step >= along) {
                    double share = step == 0 ? 0 : (along - walked) / step;
                    GeoPoint a = points.get(i - 1);
                    GeoPoint b = points.get(i);
                    return new GeoPoint(
                            a.latitude() + share * (b.latitude() - a.latitude()),
                            a.longitude() + share * (b.longitude() - a.longitude()));
                }
                walked += step;
            }
            return points.get(points.size() - 1);
        }

        /** The unit direction of travel at {@code along} metres, as {east, north}. */
        double[] directionAt(double along) {
            double walked = 0;
            for (int i = 1; i < points.size(); i++) {
                GeoPoint a = points.get(i - 1);
                GeoPoint b = points.get(i);
                double step = a.metresTo(b);
                if (walked + step >= along || i == points.size() - 1) {
                    double east = (b.longitude() - a.longitude()) * metresPerDegreeLongitude(a.latitude());
                    double north = (b.latitude() - a.latitude()) * metresPerDegreeLatitude();
                    double norm = Math.hypot(east, north);
                    return norm == 0 ? new double[] {1, 0} : new double[] {east / norm, north / norm};
                }
                walked += step;
            }
            return new double[] {1, 0};
        }
    }
}
