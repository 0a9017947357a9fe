package org.precinct.geography.web;

import jakarta.validation.Valid;
import java.util.List;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.geography.AddressSuggestion;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeocodeMatch;
import org.precinct.geography.Geocoder;
import org.precinct.geography.ReverseGeocode;
import org.precinct.geography.addresses.AddressNormaliser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Geocoding, reverse geocoding and the beat map for staff applications. */
@RestController
@RequestMapping("/api/v1/geography")
@GeographyReaders
class GeographyRestController {

    private static final String GEO_JSON = "application/geo+json";

    private final Geocoder geocoder;
    private final Boundaries boundaries;
    private final AuditTrail audit;

    GeographyRestController(Geocoder geocoder, Boundaries boundaries, AuditTrail audit) {
        this.geocoder = geocoder;
        this.boundaries = boundaries;
        this.audit = audit;
    }

    /**
     * The candidate points for a typed address, exact match first.
     *
     * @param query {@code q}, the address as typed
     */
    @GetMapping("/geocode")
    GeocodeResponse geocode(@Valid GeocodeQuery query) {
        audit.success(AuditAction.SEARCH, "address", query.q());
        return new GeocodeResponse(
                query.q(), AddressNormaliser.normalise(query.q()).text(), geocoder.geocode(query.q()));
    }

    /**
     * The nearest address to a point and the beat and jurisdiction containing it; {@code location} is absent when
     * the point lies outside every jurisdiction, {@code nearest} when no address lies within {@code radius} metres
     * (default {@value Geocoder#DEFAULT_RADIUS_METRES}).
     */
    @GetMapping("/reverse")
    ReverseGeocode reverse(@Valid ReverseQuery query) {
        audit.success(AuditAction.SEARCH, "address", query.lat() + "," + query.lon());
        return geocoder.reverse(query.lat(), query.lon(), query.radiusOrDefault());
    }

    /**
     * Addresses beginning with what has been typed, for type-ahead. Not recorded in the audit trail: it runs on
     * every keystroke, and the search it leads to is recorded.
     */
    @GetMapping("/suggest")
    List<AddressSuggestion> suggest(
            @RequestParam("prefix") String prefix, @RequestParam(name = "limit", defaultValue = "10") int limit) {
        return geocoder.suggest(prefix, limit);
    }

    /** Every beat as a GeoJSON feature collection. */
    @GetMapping(
            value = "/beats",
            produces = {GEO_JSON, "application/json"})
    GeoJson.FeatureCollection beats() {
        audit.success(AuditAction.VIEW, "beat", "all");
        return GeoJson.beats(boundaries.beats());
    }

    /** Every jurisdiction as a GeoJSON feature collection. */
    @GetMapping(
            value = "/jurisdictions",
            produces = {GEO_JSON, "application/json"})
    GeoJson.FeatureCollection jurisdictions() {
        audit.success(AuditAction.VIEW, "jurisdiction", "all");
        return GeoJson.jurisdictions(boundaries.jurisdictions());
    }

    /**
     * The answer to a geocoding request.
     *
     * @param query the address as typed
     * @param normalised its standard form, as compared with the index
     * @param matches the candidates, exact match first, then by falling score
     */
    record GeocodeResponse(String query, String normalised, List<GeocodeMatch> matches) {}
}
