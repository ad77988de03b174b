#!/usr/bin/env bash
# Regenerates maps/ne_50m_admin0.* and maps/ne_10m_admin0.* exactly from npm world-atlas@2.0.2 (Natural Earth 4.1.0).
# Needs: npm, python3, gdal-bin (ogr2ogr), iso-codes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent world-atlas@2.0.2 >/dev/null
tar xzf world-atlas-2.0.2.tgz
python3 "$here/topojson_to_geojson.py" package/countries-50m.json package/countries-10m.json unwrapped.geojson
rm -f "$here"/ne_50m_admin0.{shp,shx,dbf,prj,cpg}
# -wrapdateline cuts the unwrapped rings at +/-180; sorting by code keeps the file order stable.
ogr2ogr -f "ESRI Shapefile" "$here/ne_50m_admin0.shp" unwrapped.geojson \
  -s_srs EPSG:4326 -t_srs EPSG:4326 -wrapdateline -nlt MULTIPOLYGON -lco ENCODING=UTF-8 \
  -nln ne_50m_admin0 -sql "SELECT * FROM unwrapped ORDER BY ISO_A3, NAME"
# The .dbf carries the day it was written: pin it so regenerating gives identical bytes.
printf '\x7e\x01\x01' | dd of="$here/ne_50m_admin0.dbf" bs=1 seek=1 conv=notrunc status=none
# The 1:10m layer, drawn when the view is zoomed in (level of detail): world-atlas's countries as
# they are (id, name, spherical rings), only moved from TopoJSON to FlatGeobuf, which GDAL reads
# about 20 times faster (no JSON to parse; maps/README.md); the loader reads it like any --map source (keys by
# ISO numeric id, cuts the antimeridian). No spatial index: it would reorder the features.
rm -f "$here/ne_10m_admin0.fgb"
ogr2ogr -f FlatGeobuf "$here/ne_10m_admin0.fgb" package/countries-10m.json countries \
  -a_srs EPSG:4326 -nlt MULTIPOLYGON -lco SPATIAL_INDEX=NO -nln countries
sha256sum "$here"/ne_50m_admin0.* "$here"/ne_10m_admin0.fgb | sed "s#$here/##"
