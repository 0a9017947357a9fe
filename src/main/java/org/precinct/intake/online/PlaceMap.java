package org.precinct.intake.online;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.geography.Beat;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeoPolygon;
import org.precinct.geography.Jurisdiction;
import org.precinct.geography.StreetLine;
import org.precinct.geography.StreetMap;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws the map a reporter drops a pin on, as SVG, from Precinct's own geography: the department's jurisdictions
 * and beats and the streets of the address index. It needs no tile server and no script, so it works on a closed
 * network and in a browser without JavaScript (the page shows it as an image button, whose click position the
 * browser sends with the form).
 */
@Service
public class PlaceMap {

    private static final String OUTSIDE = "#e4e7eb";
    private static final String INSIDE = "#ffffff";
    private static final String BOUNDARY = "#0b5394";
    private static final String BEAT = "#7d97b8";
    private static final String STREET = "#a8b3bf";
    private static final String LABEL = "#1f2933";
    private static final String HOUSE = "#6b7785";
    private static final String PIN = "#b00020";
    /** Pixels drawn around the image, so that lines leaving it run on past its edge instead of stopping short. */
    private static final double MARGIN = 40;
    /** Street names are written from this zoom on; further out they would cover the map. */
    private static final int LABEL_ZOOM = 15;
    /** How far from the left and right edges a name's middle must be to fit. */
    private static final double LABEL_ROOM = 70;
    /** Houses are drawn from this zoom on, where one can tell them apart. */
    private static final int HOUSE_ZOOM = 16;
    /** Streets are drawn from this zoom on; further out there are too many. */
    private static final int STREET_ZOOM = 12;

    private final Boundaries boundaries;
    private final StreetMap streets;

    PlaceMap(Boundaries boundaries, StreetMap streets) {
        this.boundaries = boundaries;
        this.streets = streets;
    }

    /**
     * The map of a view, with the pin where it is.
     *
     * @param pin the chosen place, or {@code null} for none
     */
    public String svg(MapView view, GeoPoint pin) {
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(MapView.WIDTH)
                .append("\" height=\"")
                .append(MapView.HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(MapView.WIDTH)
                .append(' ')
                .append(MapView.HEIGHT)
                .append("\">");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"" + OUTSIDE + "\"/>");
        GeoPoint southWest = view.southWest(MARGIN);
        GeoPoint northEast = view.northEast(MARGIN);
        List<Jurisdiction> jurisdictions = boundaries.jurisdictions().stream()
                .filter(jurisdiction -> overlaps(jurisdiction.boundary(), southWest, northEast))
                .toList();
        for (Jurisdiction jurisdiction : jurisdictions) {
            svg.append("<path d=\"")
                    .append(path(view, jurisdiction.boundary()))
                    .append("\" fill=\"" + INSIDE + "\" stroke=\"none\"/>");
        }
        for (Beat beat : boundaries.beats()) {
            if (overlaps(beat.boundary(), southWest, northEast)) {
                svg.append("<path d=\"")
                        .append(path(view, beat.boundary()))
                        .append("\" fill=\"none\" stroke=\"" + BEAT
                                + "\" stroke-width=\"1\" stroke-dasharray=\"5 4\"/>");
            }
        }
        List<StreetLine> lines = view.zoom() >= STREET_ZOOM
                ? streets.within(southWest, northEast, view.zoom() >= HOUSE_ZOOM ? 20 : 100)
                : List.of();
        double streetWidth = Math.max(2, Math.min(12, 12 / view.metresPerPixel()));
        for (StreetLine line : lines) {
            if (line.points().size() > 1) {
                svg.append("<polyline points=\"")
                        .append(points(view, line.points()))
                        .append("\" fill=\"none\" stroke=\"" + STREET + "\" stroke-width=\"")
                        .append(number(streetWidth))
                        .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
            }
        }
        if (view.zoom() >= HOUSE_ZOOM) {
            for (GeoPoint house : streets.houses(southWest, northEast)) {
                svg.append("<circle cx=\"")
                        .append(number(view.x(house.longitude())))
                        .append("\" cy=\"")
                        .append(number(view.y(house.latitude())))
                        .append("\" r=\"3\" fill=\"" + HOUSE + "\"/>");
            }
        }
        for (Jurisdiction jurisdiction : jurisdictions) {
            svg.append("<path d=\"")
                    .append(path(view, jurisdiction.boundary()))
                    .append("\" fill=\"none\" stroke=\"" + BOUNDARY + "\" stroke-width=\"3\"/>");
        }
        if (view.zoom() >= LABEL_ZOOM) {
            for (StreetLine line : lines) {
                label(svg, view, line);
            }
        }
        if (pin != null) {
            pin(svg, view, pin);
        }
        scaleBar(svg, view);
        return svg.append("</svg>").toString();
    }

    /**
     * The street's name along the stretch nearest the middle of the image, turned so that it never reads upside
     * down; a street whose stretches all lie near the edges gets no name rather than a cut one.
     */
    private static void label(StringBuilder svg, MapView view, StreetLine line) {
        List<GeoPoint> points = line.points();
        double best = Double.MAX_VALUE;
        double[] chosen = null;
        for (int i = 0; i + 1 < points.size(); i++) {
            double x1 = view.x(points.get(i).longitude());
            double y1 = view.y(points.get(i).latitude());
            double x2 = view.x(points.get(i + 1).longitude());
            double y2 = view.y(points.get(i + 1).latitude());
            double x = (x1 + x2) / 2;
            double y = (y1 + y2) / 2;
            boolean roomy = x > LABEL_ROOM && x < MapView.WIDTH - LABEL_ROOM && y > 16 && y < MapView.HEIGHT - 40;
            double fromCentre = Math.hypot(x - MapView.WIDTH / 2.0, y - MapView.HEIGHT / 2.0);
            if (roomy && fromCentre < best) {
                best = fromCentre;
                chosen = new double[] {x, y, Math.toDegrees(Math.atan2(y2 - y1, x2 - x1))};
            }
        }
        if (chosen == null) {
            return;
        }
        double angle = chosen[2] > 90 ? chosen[2] - 180 : chosen[2] < -90 ? chosen[2] + 180 : chosen[2];
        svg.append("<text x=\"")
                .append(number(chosen[0]))
                .append("\" y=\"")
                .append(number(chosen[1]))
                .append("\" transform=\"rotate(")
                .append(number(angle))
                .append(' ')
                .append(number(chosen[0]))
                .append(' ')
                .append(number(chosen[1]))
                .append(")\" font-family=\"sans-serif\" font-size=\"12\" text-anchor=\"middle\" dy=\"4\" fill=\""
                        + LABEL + "\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">")
                .append(HtmlUtils.htmlEscape(streetName(line.name())))
                .append("</text>");
    }

    private static void pin(StringBuilder svg, MapView view, GeoPoint pin) {
        double x = view.x(pin.longitude());
        double y = view.y(pin.latitude());
        // A drop whose point is the place itself.
        svg.append("<path d=\"M")
                .append(number(x))
                .append(' ')
                .append(number(y))
                .append(" l-9 -16 a10 10 0 1 1 18 0 z\" fill=\"" + PIN + "\" stroke=\"#ffffff\" stroke-width=\"2\"/>")
                .append("<circle cx=\"")
                .append(number(x))
                .append("\" cy=\"")
                .append(number(y - 21))
                .append("\" r=\"4\" fill=\"#ffffff\"/>");
    }

    /** A bar of a round length, about a fifth of the image wide, in the bottom left corner. */
    private static void scaleBar(StringBuilder svg, MapView view) {
        double target = MapView.WIDTH / 5.0 * view.metresPerPixel();
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        double metres = magnitude;
        for (double step : new double[] {2, 5, 10}) {
            if (magnitude * step <= target) {
                metres = magnitude * step;
            }
        }
        double length = metres / view.metresPerPixel();
        String text = metres >= 1000 ? Math.round(metres / 1000) + " km" : Math.round(metres) + " m";
        double y = MapView.HEIGHT - 14;
        svg.append("<rect x=\"8\" y=\"")
                .append(number(y - 16))
                .append("\" width=\"")
                .append(number(length + 8))
                .append("\" height=\"24\" fill=\"#ffffff\" fill-opacity=\"0.8\"/>")
                .append("<path d=\"M12 ")
                .append(number(y))
                .append(" h")
                .append(number(length))
                .append("\" stroke=\"" + LABEL + "\" stroke-width=\"3\"/>")
                .append("<text x=\"12\" y=\"")
                .append(number(y - 4))
                .append("\" font-family=\"sans-serif\" font-size=\"12\" fill=\"" + LABEL + "\">")
                .append(text)
                .append("</text>");
    }

    private static String path(MapView view, GeoPolygon polygon) {
        return "M" + points(view, polygon.vertices()) + "Z";
    }

    private static String points(MapView view, List<GeoPoint> points) {
        List<String> pairs = new ArrayList<>(points.size());
        for (GeoPoint point : points) {
            pairs.add(number(view.x(point.longitude())) + "," + number(view.y(point.latitude())));
        }
        return String.join(" ", pairs);
    }

    private static boolean overlaps(GeoPolygon polygon, GeoPoint southWest, GeoPoint northEast) {
        double south = Double.MAX_VALUE;
        double west = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        for (GeoPoint vertex : polygon.vertices()) {
            south = Math.min(south, vertex.latitude());
            north = Math.max(north, vertex.latitude());
            west = Math.min(west, vertex.longitude());
            east = Math.max(east, vertex.longitude());
        }
        return south <= northEast.latitude()
                && north >= southWest.latitude()
                && west <= northEast.longitude()
                && east >= southWest.longitude();
    }

    /** {@code MAIN ST} as {@code Main St}: the index keeps streets in capitals, which read badly on a map. */
    static String streetName(String indexed) {
        StringBuilder name = new StringBuilder(indexed.length());
        boolean wordStart = true;
        for (char c : indexed.toLowerCase(Locale.ROOT).toCharArray()) {
            name.append(wordStart && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            wordStart = c == ' ' || c == '-';
        }
        return name.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
