package org.precinct.geography.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precinct.geography.Beat;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeoPolygon;
import org.precinct.geography.Jurisdiction;

/** Beats and jurisdictions as GeoJSON (RFC 7946) feature collections, for maps and GIS tools. */
final class GeoJson {

    private GeoJson() {}

    /**
     * A feature collection.
     *
     * @param type always {@code FeatureCollection}
     * @param features the features
     */
    record FeatureCollection(String type, List<Feature> features) {

        FeatureCollection(List<Feature> features) {
            this("FeatureCollection", List.copyOf(features));
        }
    }

    /**
     * A feature.
     *
     * @param type always {@code Feature}
     * @param id the beat's or jurisdiction's code
     * @param properties what the feature is
     * @param geometry its polygon
     */
    record Feature(String type, String id, Map<String, Object> properties, Polygon geometry) {

        Feature(String id, Map<String, Object> properties, Polygon geometry) {
            this("Feature", id, properties, geometry);
        }
    }

    /**
     * A polygon without holes.
     *
     * @param type always {@code Polygon}
     * @param coordinates one closed ring of [longitude, latitude] positions, counter-clockwise
     */
    record Polygon(String type, List<List<List<Double>>> coordinates) {

        static Polygon of(GeoPolygon polygon) {
            List<List<Double>> ring = new ArrayList<>();
            for (GeoPoint vertex : polygon.counterClockwise()) {
                ring.add(List.of(vertex.longitude(), vertex.latitude()));
            }
            ring.add(ring.get(0));
            return new Polygon("Polygon", List.of(ring));
        }
    }

    static FeatureCollection beats(List<Beat> beats) {
        return new FeatureCollection(beats.stream()
                .map(beat -> {
                    Map<String, Object> properties = new LinkedHashMap<>();
                    properties.put("code", beat.code());
                    properties.put("name", beat.name());
                    properties.put("jurisdictionCode", beat.jurisdictionCode());
                    properties.put("jurisdictionName", beat.jurisdictionName());
                    properties.put("jurisdictionKind", beat.jurisdictionKind().name());
                    properties.put("addresses", beat.addresses());
                    return new Feature(beat.code(), properties, Polygon.of(beat.boundary()));
                })
                .toList());
    }

    static FeatureCollection jurisdictions(List<Jurisdiction> jurisdictions) {
        return new FeatureCollection(jurisdictions.stream()
                .map(jurisdiction -> {
                    Map<String, Object> properties = new LinkedHashMap<>();
                    properties.put("code", jurisdiction.code());
                    properties.put("name", jurisdiction.name());
                    properties.put("kind", jurisdiction.kind().name());
                    properties.put("beats", jurisdiction.beats());
                    properties.put("addresses", jurisdiction.addresses());
                    return new Feature(jurisdiction.code(), properties, Polygon.of(jurisdiction.boundary()));
                })
                .toList());
    }
}
