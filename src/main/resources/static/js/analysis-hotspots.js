// The hotspot map: fetches the hexagon cells for the page's filter and shades each by its count (darker is more),
// on a scale from the quietest drawn cell to the busiest. Fits the map to the cells, or opens at the configured
// centre when there are none.
(function () {
    'use strict';
    var SHADES = ['#fee5d9', '#fcbba1', '#fc9272', '#fb6a4a', '#de2d26', '#a50f15'];

    function shade(count, max) {
        if (max <= 1) {
            return SHADES[SHADES.length - 1];
        }
        // Logarithmic: a few very busy cells should not wash all the others out.
        var share = Math.log(count) / Math.log(max);
        return SHADES[Math.min(SHADES.length - 1, Math.floor(share * SHADES.length))];
    }

    function init() {
        var element = document.getElementById('hotspot-map');
        if (!element || typeof L === 'undefined') {
            return;
        }
        var data = element.dataset;
        var map = L.map(element, {scrollWheelZoom: false});
        if (data.tileUrl) {
            L.tileLayer(data.tileUrl, {maxZoom: 19, attribution: data.attribution || ''}).addTo(map);
        }
        map.setView([parseFloat(data.centreLatitude), parseFloat(data.centreLongitude)], parseInt(data.zoom, 10));
        fetch(data.cellsUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) { return response.ok ? response.json() : {cells: [], max: 0}; })
            .then(function (hotspots) {
                var layer = L.featureGroup();
                hotspots.cells.forEach(function (cell) {
                    var colour = shade(cell.count, hotspots.max);
                    var polygon = L.polygon(cell.corners, {color: '#67000d', weight: 0.5, fillColor: colour,
                        fillOpacity: 0.7});
                    var label = document.createElement('span');
                    label.textContent = data.countLabel + ': ' + cell.count;
                    polygon.bindTooltip(label);
                    layer.addLayer(polygon);
                });
                layer.addTo(map);
                if (hotspots.cells.length > 0) {
                    map.fitBounds(layer.getBounds(), {maxZoom: 15});
                }
            });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
