package org.precinct.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precinct.geography.addresses.AddressNormaliser;
import org.precinct.geography.addresses.NormalisedAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Turns typed addresses into points and points into addresses, beats and jurisdictions, using the address index.
 *
 * <p>Geocoding tries, in this order: the exact address (after normalisation, see {@link AddressNormaliser}); the
 * most similar addresses (trigram similarity); and, when the house number is not in the index but its street is,
 * a point interpolated between the nearest numbers on that street. Reverse geocoding finds the nearest address
 * within a radius and the beat and jurisdiction containing the point.
 *
 * <p>Nothing here writes to the audit trail: the geocoder serves other work (a report's location, a search), and
 * that work is what gets recorded.
 */
@Service
public class Geocoder {

    public static final int DEFAULT_RADIUS_METRES = 250;
    public static final int MAX_RADIUS_METRES = 5_000;
    public static final int DEFAULT_MATCHES = 10;
    public static final int MAX_SUGGESTIONS = 20;
    /** As long as the longest address in the index; more text cannot match better, only cost more. */
    public static final int MAX_TYPED_LENGTH = 300;

    /** A fuzzy match never scores as high as an exact one. */
    private static final double FUZZY_CEILING = 0.99;
    /** The typed number exists on a street like the typed one. */
    private static final double SAME_NUMBER_CONFIDENCE = 0.95;
    /** The typed number lies between two numbers of a street like the typed one. */
    private static final double INTERPOLATION_CONFIDENCE = 0.9;
    /** Streets this much less similar than the most similar one are not considered. */
    private static final double STREET_SCORE_SPREAD = 0.15;
    /** pg_trgm's default threshold for the % operator. */
    private static final double SIMILARITY_THRESHOLD = 0.3;
    /**
     * Nearest candidates by planar distance in degrees, re-ranked on the sphere: a degree of longitude is shorter
     * than one of latitude, so the planar nearest need not be the true nearest, but it is among the first few.
     */
    private static final int NEAREST_CANDIDATES = 16;

    private static final String SELECT_ADDRESS = """
            select a.full_address, a.normalized, a.house_number, a.street, a.latitude, a.longitude,
                   b.code as beat_code, j.code as jurisdiction_code
            """;
    private static final String FROM_ADDRESS = """
            from geography.address a
            left join geography.beat b on b.id = a.beat_id
            left join geography.jurisdiction j on j.id = a.jurisdiction_id
            """;

    private final JdbcClient jdbc;

    Geocoder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@value #DEFAULT_MATCHES} candidate points for a typed address; see {@link #geocode(String, int)}. */
    public List<GeocodeMatch> geocode(String typed) {
        return geocode(typed, DEFAULT_MATCHES);
    }

    /**
     * Candidate points for a typed address: the exact match first, then the others by falling score.
     *
     * @param typed the address as someone typed it; {@code null} or blank gives no matches, and only the first
     *     {@value #MAX_TYPED_LENGTH} characters count
     * @param limit at most this many matches, 1 to {@value #DEFAULT_MATCHES}
     */
    public List<GeocodeMatch> geocode(String typed, int limit) {
        int wantedMatches = Math.max(1, Math.min(limit, DEFAULT_MATCHES));
        NormalisedAddress wanted = AddressNormaliser.normalise(shortened(typed));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, GeocodeMatch> matches = new LinkedHashMap<>();
        jdbc.sql(SELECT_ADDRESS + FROM_ADDRESS + " where a.normalized = :text")
                .param("text", wanted.text())
                .query((row, index) -> match(row, MatchKind.EXACT, 1.0))
                .list()
                .forEach(match -> keepBest(matches, match));
        jdbc.sql(SELECT_ADDRESS + ", similarity(a.normalized, :text) as score " + FROM_ADDRESS + """
                        where a.normalized % :text and a.normalized <> :text
                        order by score desc, a.normalized
                        limit :limit
                        """)
                .param("text", wanted.text())
                .param("limit", DEFAULT_MATCHES)
                .query((row, index) -> match(row, MatchKind.FUZZY, Math.min(row.getDouble("score"), FUZZY_CEILING)))
                .list()
                .forEach(match -> keepBest(matches, match));
        if (wanted.houseNumber() != null && wanted.hasStreet()) {
            for (SimilarStreet street : similarStreets(wanted.street())) {
                byHouseNumber(wanted, street).forEach(match -> keepBest(matches, match));
            }
        }
        return matches.values().stream()
                .sorted(Comparator.comparing((GeocodeMatch match) -> match.kind() != MatchKind.EXACT)
                        .thenComparing(
                                Comparator.comparingDouble(GeocodeMatch::score).reversed())
                        .thenComparing(GeocodeMatch::address))
                .limit(wantedMatches)
                .toList();
    }

    /** What is at a point, looking for the nearest address within {@value #DEFAULT_RADIUS_METRES} metres. */
    public ReverseGeocode reverse(double latitude, double longitude) {
        return reverse(latitude, longitude, DEFAULT_RADIUS_METRES);
    }

    /**
     * What is at a point: the nearest address within the radius, and the beat and jurisdiction containing it.
     *
     * @param radiusMetres 1 to {@value #MAX_RADIUS_METRES}
     * @throws IllegalArgumentException when a coordinate or the radius is out of range
     */
    public ReverseGeocode reverse(double latitude, double longitude, int radiusMetres) {
        GeoPoint point = new GeoPoint(latitude, longitude);
        if (radiusMetres < 1 || radiusMetres > MAX_RADIUS_METRES) {
            throw new IllegalArgumentException("The radius must be 1 to " + MAX_RADIUS_METRES + " metres");
        }
        NearestAddress nearest = jdbc
                .sql("""
                        select k.full_address, k.latitude, k.longitude,
                               b.code as beat_code, j.code as jurisdiction_code
                        from (select * from geography.address
                              order by location <-> point(:longitude, :latitude)
                              limit :candidates) k
                        left join geography.beat b on b.id = k.beat_id
                        left join geography.jurisdiction j on j.id = k.jurisdiction_id
                        """)
                .param("longitude", longitude)
                .param("latitude", latitude)
                .param("candidates", NEAREST_CANDIDATES)
                .query((row, index) -> {
                    GeoPoint at = new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude"));
                    return new NearestAddress(
                            row.getString("full_address"),
                            at.latitude(),
                            at.longitude(),
                            Math.round(point.metresTo(at) * 10) / 10.0,
                            row.getString("beat_code"),
                            row.getString("jurisdiction_code"));
                })
                .list()
                .stream()
                .filter(candidate -> candidate.distanceMetres() <= radiusMetres)
                .min(Comparator.comparingDouble(NearestAddress::distanceMetres))
                .orElse(null);
        return new ReverseGeocode(
                latitude,
                longitude,
                radiusMetres,
                nearest,
                locate(latitude, longitude).orElse(null));
    }

    /**
     * The jurisdiction and beat containing a point, or empty when the point lies outside every jurisdiction.
     *
     * @throws IllegalArgumentException when a coordinate is out of range
     */
    public Optional<Location> locate(double latitude, double longitude) {
        GeoPoint point = new GeoPoint(latitude, longitude);
        // The rules of geography.jurisdiction_at and geography.beat_at (the lowest code wins where areas overlap),
        // written out so that the planner sees them: a report placed by its point asks this every time, and the
        // functions' own queries cost several times more than the containment tests.
        return jdbc.sql("""
                        select j.code as jurisdiction_code, j.name as jurisdiction_name, j.kind,
                               b.code as beat_code, b.name as beat_name
                        from (select id, code, name, kind from geography.jurisdiction
                              where boundary @> cast(:point as point)
                              order by code limit 1) j
                        left join lateral (select code, name from geography.beat
                                           where jurisdiction_id = j.id and boundary @> cast(:point as point)
                                           order by code limit 1) b on true
                        """)
                .param("point", point.toPostgres())
                .query((row, index) -> new Location(
                        row.getString("jurisdiction_code"),
                        row.getString("jurisdiction_name"),
                        JurisdictionKind.valueOf(row.getString("kind")),
                        row.getString("beat_code"),
                        row.getString("beat_name")))
                .optional();
    }

    /** The jurisdiction and beat containing a point; see {@link #locate(double, double)}. */
    public Optional<Location> locate(GeoPoint point) {
        return locate(point.latitude(), point.longitude());
    }

    /**
     * Addresses beginning with what has been typed so far, or on a street beginning with it, in street and
     * house-number order. Served from ordered indexes, fast enough to call on every keystroke.
     *
     * @param prefix the typed beginning; fewer than two letters or digits give no suggestions
     * @param limit at most this many, 1 to {@value #MAX_SUGGESTIONS}
     */
    public List<AddressSuggestion> suggest(String prefix, int limit) {
        String cleaned = AddressNormaliser.cleanPrefix(shortened(prefix));
        if (cleaned.replace(" ", "").length() < 2) {
            return List.of();
        }
        String normalised = AddressNormaliser.normalise(shortened(prefix)).text();
        // Ranges rather than LIKE 'prefix%', so that the text_pattern_ops indexes serve prepared statements too.
        return jdbc.sql(SELECT_ADDRESS + FROM_ADDRESS + """
                        where (a.normalized ~>=~ :cleaned and a.normalized ~<~ :cleanedEnd)
                           or (a.normalized ~>=~ :normalised and a.normalized ~<~ :normalisedEnd)
                           or (a.street ~>=~ :cleaned and a.street ~<~ :cleanedEnd)
                        order by a.street, a.house_number nulls first, a.normalized
                        limit :limit
                        """)
                .param("cleaned", cleaned)
                .param("cleanedEnd", rangeEnd(cleaned))
                .param("normalised", normalised)
                .param("normalisedEnd", rangeEnd(normalised))
                .param("limit", Math.max(1, Math.min(limit, MAX_SUGGESTIONS)))
                .query((row, index) -> new AddressSuggestion(
                        row.getString("full_address"),
                        row.getDouble("latitude"),
                        row.getDouble("longitude"),
                        row.getString("beat_code"),
                        row.getString("jurisdiction_code")))
                .list();
    }

    private static String shortened(String typed) {
        return typed == null || typed.length() <= MAX_TYPED_LENGTH ? typed : typed.substring(0, MAX_TYPED_LENGTH);
    }

    /** Streets of the index that resemble the typed one, most similar first. */
    private List<SimilarStreet> similarStreets(String street) {
        List<SimilarStreet> streets = jdbc.sql("""
                        select s.street, similarity(s.street, :street) as score
                        from (select distinct street from geography.address where street % :street) s
                        order by score desc, s.street
                        limit 3
                        """)
                .param("street", street)
                .query((row, index) -> new SimilarStreet(row.getString("street"), row.getDouble("score")))
                .list();
        if (streets.isEmpty()) {
            return streets;
        }
        double floor = Math.max(SIMILARITY_THRESHOLD, streets.get(0).score() - STREET_SCORE_SPREAD);
        return streets.stream().filter(candidate -> candidate.score() >= floor).toList();
    }

    /** The typed number on a similar street, or failing that a point between its neighbours. */
    private List<GeocodeMatch> byHouseNumber(NormalisedAddress wanted, SimilarStreet street) {
        List<GeocodeMatch> sameNumber = jdbc.sql(
                        SELECT_ADDRESS + ", similarity(a.normalized, :text) as score " + FROM_ADDRESS + """
                        where a.street = :street and a.house_number = :number
                        order by a.normalized
                        limit 5
                        """)
                .param("text", wanted.text())
                .param("street", street.name())
                .param("number", wanted.houseNumber())
                .query((row, index) -> {
                    boolean exact = row.getString("normalized").equals(wanted.text());
                    double score = Math.min(
                            FUZZY_CEILING, Math.max(row.getDouble("score"), SAME_NUMBER_CONFIDENCE * street.score()));
                    return exact ? match(row, MatchKind.EXACT, 1.0) : match(row, MatchKind.FUZZY, score);
                })
                .list();
        if (!sameNumber.isEmpty()) {
            return sameNumber;
        }
        return interpolate(wanted.houseNumber(), street).stream().toList();
    }

    /**
     * The point for a house number that is not in the index, between the nearest lower and higher numbers on the
     * street: on the same side (even or odd) when both neighbours there exist, else on either side.
     */
    private Optional<GeocodeMatch> interpolate(int number, SimilarStreet street) {
        Optional<Neighbours> neighbours = neighbours(number, street.name(), true);
        if (neighbours.isEmpty()) {
            neighbours = neighbours(number, street.name(), false);
        }
        return neighbours.map(around -> {
            double share = (double) (number - around.lower().number())
                    / (around.higher().number() - around.lower().number());
            double latitude = around.lower().latitude()
                    + share * (around.higher().latitude() - around.lower().latitude());
            double longitude = around.lower().longitude()
                    + share * (around.higher().longitude() - around.lower().longitude());
            Optional<Location> location = locate(latitude, longitude);
            return new GeocodeMatch(
                    around.lower().addressWithNumber(number),
                    latitude,
                    longitude,
                    rounded(INTERPOLATION_CONFIDENCE * street.score()),
                    MatchKind.INTERPOLATED,
                    location.map(Location::beatCode).orElse(null),
                    location.map(Location::jurisdictionCode).orElse(null));
        });
    }

    private Optional<Neighbours> neighbours(int number, String street, boolean sameSide) {
        String side = sameSide ? " and a.house_number % 2 = :parity" : "";
        String select = "select a.full_address, a.normalized, a.street, a.house_number, a.latitude, a.longitude"
                + " from geography.address a where a.street = :street" + side;
        List<Numbered> lower = jdbc.sql(
                        select + " and a.house_number < :number order by a.house_number desc, a.normalized limit 1")
                .param("street", street)
                .param("number", number)
                .param("parity", Math.floorMod(number, 2))
                .query(Geocoder::numbered)
                .list();
        List<Numbered> higher = jdbc.sql(
                        select + " and a.house_number > :number order by a.house_number, a.normalized limit 1")
                .param("street", street)
                .param("number", number)
                .param("parity", Math.floorMod(number, 2))
                .query(Geocoder::numbered)
                .list();
        if (lower.isEmpty() || higher.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Neighbours(lower.get(0), higher.get(0)));
    }

    private static Numbered numbered(ResultSet row, int index) throws SQLException {
        return new Numbered(
                row.getString("full_address"),
                row.getString("normalized"),
                row.getString("street"),
                row.getInt("house_number"),
                row.getDouble("latitude"),
                row.getDouble("longitude"));
    }

    private static GeocodeMatch match(ResultSet row, MatchKind kind, double score) throws SQLException {
        return new GeocodeMatch(
                row.getString("full_address"),
                row.getDouble("latitude"),
                row.getDouble("longitude"),
                rounded(score),
                kind,
                row.getString("beat_code"),
                row.getString("jurisdiction_code"));
    }

    /** Three decimals: pg_trgm computes in single precision, and more digits would only suggest more certainty. */
    private static double rounded(double score) {
        return Math.round(score * 1_000) / 1_000.0;
    }

    private static void keepBest(Map<String, GeocodeMatch> matches, GeocodeMatch match) {
        matches.merge(match.address(), match, (kept, other) -> better(kept, other) ? kept : other);
    }

    private static boolean better(GeocodeMatch one, GeocodeMatch other) {
        if (one.kind() == MatchKind.EXACT || other.kind() == MatchKind.EXACT) {
            return one.kind() == MatchKind.EXACT;
        }
        return one.score() >= other.score();
    }

    /** The first string after every string that begins with {@code prefix} (letters, digits and spaces only). */
    private static String rangeEnd(String prefix) {
        if (prefix.isEmpty()) {
            return prefix;
        }
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    private record SimilarStreet(String name, double score) {}

    private record Numbered(
            String fullAddress, String normalized, String street, int number, double latitude, double longitude) {

        /** This address with another house number, written as the index writes this one. */
        String addressWithNumber(int other) {
            boolean plain = normalized.equals(normalized.split(" ", 2)[0] + " " + street);
            if (plain && fullAddress.matches("^[0-9]+[A-Za-z]?\\s.*")) {
                return fullAddress.replaceFirst("^[0-9]+[A-Za-z]?", Integer.toString(other));
            }
            return other + " " + street;
        }
    }

    private record Neighbours(Numbered lower, Numbered higher) {}
}
