package org.precinct.geography.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.geography.Boundaries;
import org.precinct.geography.Geocoder;
import org.precinct.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The geography page: jurisdictions and beats with their address counts, the beat map, and address lookup both
 * ways. The lookups answer an htmx request with their panel only and a plain request with the whole page.
 */
@Controller
@RequestMapping("/staff/geography")
@GeographyReaders
class GeographyWebController {

    private static final String PAGE = "geography/overview";
    private static final String GEOCODE_PANEL = "geography/fragments/geocode :: panel";
    private static final String REVERSE_PANEL = "geography/fragments/reverse :: panel";

    private final Boundaries boundaries;
    private final Geocoder geocoder;
    private final AuditTrail audit;
    private final MapSettings map;
    private final JsonMapper json;

    GeographyWebController(
            Boundaries boundaries, Geocoder geocoder, AuditTrail audit, MapSettings map, JsonMapper json) {
        this.boundaries = boundaries;
        this.geocoder = geocoder;
        this.audit = audit;
        this.map = map;
        this.json = json;
    }

    @GetMapping
    String overview(Model model, Authentication authentication) {
        audit.success(AuditAction.VIEW, "beat", "all");
        return page(model, authentication);
    }

    @GetMapping("/geocode")
    String geocode(
            @Valid @ModelAttribute("geocodeQuery") GeocodeQuery query,
            BindingResult result,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Authentication authentication) {
        Map<String, String> errors = FormErrors.of(result);
        model.addAttribute("geocodeErrors", errors);
        if (errors.isEmpty()) {
            audit.success(AuditAction.SEARCH, "address", query.q());
            model.addAttribute("matches", geocoder.geocode(query.q()));
        }
        return htmx != null ? GEOCODE_PANEL : page(model, authentication);
    }

    @GetMapping("/reverse")
    String reverse(
            @Valid @ModelAttribute("reverseQuery") ReverseQuery query,
            BindingResult result,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Authentication authentication) {
        Map<String, String> errors = FormErrors.of(result);
        model.addAttribute("reverseErrors", errors);
        if (errors.isEmpty()) {
            audit.success(AuditAction.SEARCH, "address", query.lat() + "," + query.lon());
            model.addAttribute("place", geocoder.reverse(query.lat(), query.lon(), query.radiusOrDefault()));
        }
        return htmx != null ? REVERSE_PANEL : page(model, authentication);
    }

    /** The whole page, with an empty form for the lookup not asked for. */
    private String page(Model model, Authentication authentication) {
        if (!model.containsAttribute("geocodeQuery")) {
            model.addAttribute("geocodeQuery", GeocodeQuery.empty());
        }
        if (!model.containsAttribute("reverseQuery")) {
            model.addAttribute("reverseQuery", ReverseQuery.empty());
        }
        var jurisdictions = boundaries.jurisdictions();
        var beats = boundaries.beats();
        model.addAttribute("jurisdictions", jurisdictions);
        model.addAttribute("beats", beats);
        model.addAttribute("map", map);
        model.addAttribute("beatsJson", json.writeValueAsString(GeoJson.beats(beats)));
        model.addAttribute("jurisdictionsJson", json.writeValueAsString(GeoJson.jurisdictions(jurisdictions)));
        model.addAttribute(
                "canImport",
                authentication != null
                        && authentication.getAuthorities().stream()
                                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority())));
        return PAGE;
    }
}
