// Fault report maps (Leaflet). Progressive enhancement: the form works with the typed location field alone, and the
// list is the map's text alternative. Two uses: the pin on the report form (fills the "lat, lon" field) and the map of
// reports (reads GeoJSON for the visible box, with the page's status/category filters).
(function () {
    'use strict';
    if (typeof L === 'undefined') return;

    function bounds(el) {
        var b = el.dataset.bbox.split(',').map(Number); // minLon,minLat,maxLon,maxLat
        return L.latLngBounds([b[1], b[0]], [b[3], b[2]]);
    }

    function base(el) {
        var map = L.map(el, { maxBounds: bounds(el).pad(0.5) });
        L.tileLayer(el.dataset.tiles, { attribution: el.dataset.attribution, maxZoom: 19 }).addTo(map);
        map.fitBounds(bounds(el));
        return map;
    }

    var pinEl = document.getElementById('usterki-mapa-pin');
    if (pinEl) {
        pinEl.hidden = false;
        var field = document.getElementById(pinEl.dataset.target);
        var map = base(pinEl);
        var marker = null;
        var coords = /(-?\d{1,2}(?:[.,]\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:[.,]\d+)?)\s*$/;
        function place(latlng) {
            if (marker) marker.setLatLng(latlng); else marker = L.marker(latlng, { keyboard: false }).addTo(map);
        }
        var m = field && field.value.match(coords);
        if (m) place([Number(m[1].replace(',', '.')), Number(m[2].replace(',', '.'))]);
        map.on('click', function (e) {
            place(e.latlng);
            var text = e.latlng.lat.toFixed(5) + ', ' + e.latlng.lng.toFixed(5);
            // Keep a place description typed before the coordinates.
            var prefix = field.value.replace(coords, '').replace(/[,;\s]+$/, '');
            field.value = prefix ? prefix + ', ' + text : text;
        });
    }

    var listEl = document.getElementById('usterki-mapa');
    if (listEl) {
        var reports = base(listEl);
        var layer = L.layerGroup().addTo(reports);
        var filters = document.getElementById('usterki-filtry');
        var colors = { open: '#b35900', fixed: '#00703c', closed: '#505a5f' };
        function load() {
            var b = reports.getBounds();
            var q = new URLSearchParams({ bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (n) { return n.toFixed(5); }).join(',') });
            ['status', 'kategoria'].forEach(function (name) { var v = filters.elements[name].value; if (v) q.set(name, v); });
            fetch(listEl.dataset.source + '?' + q.toString(), { headers: { Accept: 'application/geo+json' } })
                .then(function (r) { return r.json(); })
                .then(function (data) {
                    layer.clearLayers();
                    data.features.forEach(function (f) {
                        var p = f.properties;
                        var kind = p.otwarte ? 'open' : (p.status === 'naprawione' ? 'fixed' : 'closed');
                        var c = f.geometry.coordinates;
                        var link = document.createElement('a');
                        link.href = p.url;
                        link.textContent = p.numer + ': ' + p.tytul;
                        var box = document.createElement('div');
                        box.appendChild(link);
                        box.appendChild(document.createElement('br'));
                        box.appendChild(document.createTextNode(p.kategoria + ' – ' + p.status_nazwa));
                        L.circleMarker([c[1], c[0]], { radius: 8, color: '#fff', weight: 2, fillColor: colors[kind], fillOpacity: 0.9 })
                            .bindPopup(box).addTo(layer);
                    });
                });
        }
        reports.on('moveend', load);
        ['status', 'kategoria'].forEach(function (name) { filters.elements[name].addEventListener('change', load); });
        load();
    }
})();
