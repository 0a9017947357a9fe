// The geography page's map: draws the jurisdictions and beats given in the map element's data attributes, marks
// the results of address lookups, and hands a click on the map to the "what is at a point" form.
(function () {
    'use strict';

    var CITY_COLOUR = '#0b5394';
    var CONTRACT_COLOUR = '#7a3e00';
    var RESULT_COLOUR = '#b00020';

    function parse(text) {
        try {
            return JSON.parse(text || '{"type":"FeatureCollection","features":[]}');
        } catch (e) {
            return { type: 'FeatureCollection', features: [] };
        }
    }

    function colourOf(kind) {
        return kind === 'CONTRACT_CITY' ? CONTRACT_COLOUR : CITY_COLOUR;
    }

    // Leaflet writes tooltip strings as HTML; names are data, so they go in as text.
    function textElement(text) {
        var span = document.createElement('span');
        span.textContent = text;
        return span;
    }

    function init() {
        var element = document.getElementById('geography-map');
        if (!element || typeof L === 'undefined') {
            return;
        }
        var data = element.dataset;
        var map = L.map(element, { scrollWheelZoom: false });
        if (data.tileUrl) {
            L.tileLayer(data.tileUrl, { maxZoom: 19, attribution: data.attribution || '' }).addTo(map);
        }

        var jurisdictions = L.geoJSON(parse(data.jurisdictions), {
            interactive: false,
            style: function (feature) {
                return { color: colourOf(feature.properties.kind), weight: 4, fill: false, dashArray: '6 4' };
            }
        }).addTo(map);

        L.geoJSON(parse(data.beats), {
            style: function (feature) {
                var colour = colourOf(feature.properties.jurisdictionKind);
                return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.12 };
            },
            onEachFeature: function (feature, layer) {
                layer.bindTooltip(textElement(feature.properties.code), {
                    permanent: true,
                    direction: 'center',
                    className: 'beat-label'
                });
            }
        }).addTo(map);

        var bounds = jurisdictions.getBounds();
        if (bounds.isValid()) {
            map.fitBounds(bounds, { padding: [12, 12] });
        } else {
            map.setView([parseFloat(data.centreLatitude), parseFloat(data.centreLongitude)], parseInt(data.zoom, 10));
        }

        var results = L.layerGroup().addTo(map);
        var clicked = L.layerGroup().addTo(map);

        function lookUp(latlng) {
            clicked.clearLayers();
            L.circleMarker(latlng, { radius: 5, color: '#000', weight: 2, fillOpacity: 0.6 })
                .bindTooltip(textElement(data.pointLabel || ''))
                .addTo(clicked);
            var form = document.getElementById('reverse-form');
            if (!form) {
                return;
            }
            form.querySelector('[name=lat]').value = latlng.lat.toFixed(6);
            form.querySelector('[name=lon]').value = latlng.lng.toFixed(6);
            if (typeof form.requestSubmit === 'function') {
                form.requestSubmit();
            } else {
                form.submit();
            }
        }

        map.on('click', function (event) {
            lookUp(event.latlng);
        });

        function showResults() {
            results.clearLayers();
            var points = [];
            document.querySelectorAll('.map-result[data-latitude]').forEach(function (result) {
                var latlng = L.latLng(parseFloat(result.dataset.latitude), parseFloat(result.dataset.longitude));
                points.push(latlng);
                L.circleMarker(latlng, { radius: 7, color: RESULT_COLOUR, weight: 3, fillOpacity: 0.4 })
                    .bindTooltip(textElement(result.dataset.label || ''))
                    .addTo(results);
            });
            if (points.length > 0) {
                map.panTo(points[0]);
            }
        }

        showResults();
        document.body.addEventListener('htmx:afterSettle', showResults);
    }

    document.addEventListener('DOMContentLoaded', init);
})();
