#!/usr/bin/env bash
# Copy the built files of the page's npm packages into ../assets/vendor/, where rust-embed
# picks them up. Run after changing package.json; commit the result (the build needs no network).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
V=../assets/vendor
rm -rf "$V" && mkdir -p "$V/leaflet/images" "$V/markercluster" "$V/topojson" "$V/world-atlas"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$V/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$V/leaflet/images/"
cp node_modules/leaflet/LICENSE "$V/leaflet/LICENSE"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
   node_modules/leaflet.markercluster/dist/MarkerCluster.css \
   node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$V/markercluster/"
cp node_modules/leaflet.markercluster/MIT-LICENCE.txt "$V/markercluster/LICENSE" 2>/dev/null || cp node_modules/leaflet.markercluster/LICENSE* "$V/markercluster/"
cp node_modules/topojson-client/dist/topojson-client.min.js node_modules/topojson-client/LICENSE "$V/topojson/"
cp node_modules/world-atlas/countries-50m.json node_modules/world-atlas/LICENSE "$V/world-atlas/"
echo "vendored into $V:"; find "$V" -type f | sort
