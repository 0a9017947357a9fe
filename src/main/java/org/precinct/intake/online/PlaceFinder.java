package org.precinct.intake.online;

import java.util.List;
import java.util.Optional;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeocodeMatch;
import org.precinct.geography.Geocoder;
import org.precinct.geography.Location;
import org.precinct.geography.MatchKind;
import org.precinct.geography.NearestAddress;
import org.precinct.geography.ReverseGeocode;
import org.springframework.stereotype.Service;

/**
 * Turns what a reporter gives for a place (a typed address or a pin on the map) into a place in the department's
 * area, or says why not: the address is unknown, or the place belongs to another agency, named when the settings
 * know which.
 */
@Service
public class PlaceFinder {

    /** A typed address that resembles one of the index at least this much is taken as meaning it. */
    static final double LIKELY_MATCH = 0.8;
    /** A pin this close to an address is described by it. */
    static final int NEAR_ADDRESS_METRES = 40;

    private final Geocoder geocoder;
    private final OnlineReportSettings settings;

    PlaceFinder(Geocoder geocoder, OnlineReportSettings settings) {
        this.geocoder = geocoder;
        this.settings = settings;
    }

    /** What became of a place given. */
    public sealed interface Outcome {}

    /** In the department's area. */
    public record Inside(ChosenPlace place) implements Outcome {}

    /**
     * Outside every jurisdiction of the department.
     *
     * @param area the neighbouring area it lies in, when one is configured there
     */
    public record Outside(Optional<OnlineReportSettings.NeighbouringArea> area) implements Outcome {}

    /** The address is not in the index; these are the most similar ones, best first (possibly none). */
    public record NotFound(List<String> didYouMean) implements Outcome {}

    public Outcome byAddress(String typed) {
        if (typed == null || typed.isBlank()) {
            return new NotFound(List.of());
        }
        List<GeocodeMatch> matches = geocoder.geocode(typed, 5);
        if (matches.isEmpty()) {
            return new NotFound(List.of());
        }
        GeocodeMatch best = matches.get(0);
        if (best.kind() != MatchKind.EXACT && best.score() < LIKELY_MATCH) {
            return new NotFound(matches.stream().map(GeocodeMatch::address).toList());
        }
        if (best.jurisdictionCode() == null) {
            return outside(best.latitude(), best.longitude());
        }
        Optional<Location> location = geocoder.locate(best.latitude(), best.longitude());
        if (location.isEmpty()) {
            return outside(best.latitude(), best.longitude());
        }
        return new Inside(new ChosenPlace(
                best.address(),
                best.latitude(),
                best.longitude(),
                location.get().jurisdictionName(),
                false));
    }

    /** @throws IllegalArgumentException when the point is no place on Earth */
    public Outcome byPoint(GeoPoint point) {
        ReverseGeocode what = geocoder.reverse(point.latitude(), point.longitude(), NEAR_ADDRESS_METRES);
        if (!what.insideJurisdiction()) {
            return outside(point.latitude(), point.longitude());
        }
        NearestAddress nearest = what.nearest();
        return new Inside(new ChosenPlace(
                nearest == null ? null : nearest.address(),
                point.latitude(),
                point.longitude(),
                what.location().jurisdictionName(),
                true));
    }

    private Outside outside(double latitude, double longitude) {
        return new Outside(settings.areaAt(latitude, longitude));
    }
}
