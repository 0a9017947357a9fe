package org.precinct.intake.online.web;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precinct.geography.GeoPoint;
import org.precinct.intake.online.ChosenPlace;
import org.precinct.intake.online.MapView;
import org.precinct.intake.online.PlaceFinder;
import org.precinct.intake.online.PlaceMap;
import org.precinct.shared.PrecinctProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where it happened: a typed address (with suggestions as one types, where scripts run) or a pin dropped on the
 * map. The map is an image button: a click sends its position with the form, which works without scripts; with
 * scripts the map also scales to small screens. Zoom and move buttons work from the keyboard, and the address
 * field is the keyboard's way to place the pin.
 */
@Controller
class ReportPlaceWebController {

    private final ReportFlow flow;
    private final PlaceFinder places;
    private final PlaceMap map;
    private final MessageSource messages;
    private final PrecinctProperties properties;
    private final MapView startView;

    ReportPlaceWebController(
            ReportFlow flow,
            PlaceFinder places,
            PlaceMap map,
            MessageSource messages,
            PrecinctProperties properties,
            @Value("${precinct.map.centre-latitude:38.663}") double centreLatitude,
            @Value("${precinct.map.centre-longitude:-90.577}") double centreLongitude,
            @Value("${precinct.map.zoom:12}") int zoom) {
        this.flow = flow;
        this.places = places;
        this.map = map;
        this.messages = messages;
        this.properties = properties;
        this.startView = MapView.around(new GeoPoint(centreLatitude, centreLongitude), zoom);
    }

    @GetMapping("/report/place")
    String place(@RequestParam(required = false) String from, HttpSession session, Model model, Locale locale) {
        return flow.open(session, ReportStep.PLACE, from, model, locale, report -> {
            String typed = report.place() == null || report.place().pinned()
                    ? ""
                    : report.place().address();
            return page(model, report, typed, List.of());
        });
    }

    @PostMapping("/report/place")
    String choosePlace(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String address,
            @RequestParam(required = false) String suggested,
            @RequestParam(name = "pin.x", required = false) String clickX,
            @RequestParam(name = "pin.y", required = false) String clickY,
            @RequestParam(required = false) String pinX,
            @RequestParam(required = false) String pinY,
            @RequestParam(required = false) String viewLat,
            @RequestParam(required = false) String viewLon,
            @RequestParam(required = false) String zoom,
            @RequestParam(required = false) String from,
            HttpSession session,
            Model model,
            Locale locale) {
        // A "did you mean" button sends the address it offers.
        boolean suggestion = suggested != null && !suggested.isBlank();
        String typed = suggestion ? suggested.strip() : address == null ? "" : address.strip();
        String chosenAction = suggestion ? "address" : action;
        Optional<double[]> click = pixel(pinX, pinY).or(() -> pixel(clickX, clickY));
        return flow.open(session, ReportStep.PLACE, from, model, locale, report -> {
            MapView shown = shownView(viewLat, viewLon, zoom).orElse(view(report));
            StepErrors errors = new StepErrors(messages, locale);
            if (click.isPresent() && chosenAction == null) {
                GeoPoint point = shown.pointAt(click.get()[0], click.get()[1]);
                PlaceFinder.Outcome outcome = places.byPoint(point);
                if (outcome instanceof PlaceFinder.Inside inside) {
                    report.place(inside.place());
                    report.view(shown);
                    flow.save(session, report);
                    return again(from);
                }
                report.view(shown);
                errors.add("map", outsideMessage((PlaceFinder.Outside) outcome), outsideArguments((PlaceFinder.Outside)
                        outcome));
                errors.addTo(model);
                return page(model, report, typed, List.of());
            }
            if ("address".equals(chosenAction)) {
                if (typed.isEmpty()) {
                    errors.add("address", "intake.online.place.address-required");
                } else if (typed.length() > 300) {
                    errors.add("address", "intake.online.place.address-too-long");
                } else {
                    PlaceFinder.Outcome outcome = places.byAddress(typed);
                    if (outcome instanceof PlaceFinder.Inside inside) {
                        report.place(inside.place());
                        report.view(MapView.around(inside.place().point(), MapView.PLACE_ZOOM));
                        flow.save(session, report);
                        return again(from);
                    }
                    if (outcome instanceof PlaceFinder.NotFound notFound) {
                        errors.add("address", "intake.online.place.not-found");
                        errors.addTo(model);
                        return page(model, report, typed, notFound.didYouMean());
                    }
                    PlaceFinder.Outside outside = (PlaceFinder.Outside) outcome;
                    errors.add("address", outsideMessage(outside), outsideArguments(outside));
                }
                errors.addTo(model);
                return page(model, report, typed, List.of());
            }
            if ("continue".equals(chosenAction)) {
                if (report.place() == null) {
                    errors.add("address", "intake.online.place.required");
                    errors.addTo(model);
                    return page(model, report, typed, List.of());
                }
                return flow.advance(session, report, ReportStep.PLACE, from);
            }
            MapView moved = move(shown, chosenAction);
            report.view(moved);
            flow.save(session, report);
            return again(from);
        });
    }

    @GetMapping(value = "/report/map.svg", produces = "image/svg+xml")
    @ResponseBody
    ResponseEntity<String> mapImage(
            @RequestParam double lat,
            @RequestParam double lon,
            @RequestParam int zoom,
            @RequestParam(required = false) Double pinLat,
            @RequestParam(required = false) Double pinLon) {
        MapView view = new MapView(lat, lon, zoom);
        GeoPoint pin = pinLat == null || pinLon == null ? null : new GeoPoint(pinLat, pinLon);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(map.svg(view, pin));
    }

    /** A map asked for with impossible numbers (only a hand-made link does that). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badMap() {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("Bad map request");
    }

    private String page(Model model, ReportInProgress report, String typed, List<String> didYouMean) {
        MapView view = view(report);
        ChosenPlace place = report.place();
        UriComponentsBuilder image = UriComponentsBuilder.fromPath("/report/map.svg")
                .queryParam("lat", view.centreLatitude())
                .queryParam("lon", view.centreLongitude())
                .queryParam("zoom", view.zoom());
        if (place != null) {
            image.queryParam("pinLat", place.latitude()).queryParam("pinLon", place.longitude());
        }
        model.addAttribute("place", place);
        model.addAttribute("view", view);
        model.addAttribute("mapUrl", image.toUriString());
        model.addAttribute("mapWidth", MapView.WIDTH);
        model.addAttribute("mapHeight", MapView.HEIGHT);
        model.addAttribute("canZoomIn", view.zoom() < MapView.MAX_ZOOM);
        model.addAttribute("canZoomOut", view.zoom() > MapView.MIN_ZOOM);
        model.addAttribute("typedAddress", typed);
        model.addAttribute("didYouMean", didYouMean);
        return "intake/online/place";
    }

    private MapView view(ReportInProgress report) {
        if (report.view() != null) {
            return report.view();
        }
        return report.place() == null
                ? startView
                : MapView.around(report.place().point(), MapView.PLACE_ZOOM);
    }

    private static String again(String from) {
        return "redirect:" + ReportStep.PLACE.path() + (ReportFlow.FROM_REVIEW.equals(from) ? "?from=review" : "");
    }

    private static MapView move(MapView view, String action) {
        if (action == null) {
            return view;
        }
        switch (action) {
            case "in":
                return view.zoomedIn();
            case "out":
                return view.zoomedOut();
            case "north":
                return view.moved(MapView.Direction.NORTH);
            case "south":
                return view.moved(MapView.Direction.SOUTH);
            case "east":
                return view.moved(MapView.Direction.EAST);
            case "west":
                return view.moved(MapView.Direction.WEST);
            default:
                return view;
        }
    }

    private static String outsideMessage(PlaceFinder.Outside outside) {
        if (outside.area().isEmpty()) {
            return "intake.online.place.outside";
        }
        return outside.area().get().phone() == null
                ? "intake.online.place.outside.area"
                : "intake.online.place.outside.area-phone";
    }

    private Object[] outsideArguments(PlaceFinder.Outside outside) {
        return outside.area()
                .map(area -> new Object[] {area.name(), area.agency(), area.phone()})
                .orElse(new Object[] {properties.departmentName()});
    }

    /** The view the clicked image showed, as the form sent it back; empty when absent or not a view. */
    private static Optional<MapView> shownView(String latitude, String longitude, String zoom) {
        try {
            return Optional.of(
                    new MapView(Double.parseDouble(latitude), Double.parseDouble(longitude), Integer.parseInt(zoom)));
        } catch (RuntimeException notAView) {
            return Optional.empty();
        }
    }

    /**
     * A click position on the image, when both coordinates were sent and lie on it. The corner (0, 0) is what a
     * browser sends when the image button is pressed from the keyboard, not a place anyone pointed at: it places
     * nothing (the address field is the keyboard's way to give the place).
     */
    private static Optional<double[]> pixel(String x, String y) {
        try {
            double across = Double.parseDouble(x);
            double down = Double.parseDouble(y);
            boolean keyboard = across == 0 && down == 0;
            if (!keyboard && across >= 0 && across <= MapView.WIDTH && down >= 0 && down <= MapView.HEIGHT) {
                return Optional.of(new double[] {across, down});
            }
        } catch (RuntimeException notANumber) {
            // No click, or not one on the map.
        }
        return Optional.empty();
    }
}
