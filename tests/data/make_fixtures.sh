#!/usr/bin/env bash
# Rebuilds the map fixtures in this folder from the shipped map (needs gdal-bin). Deterministic.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
map="$here/../../maps/ne_50m_admin0.shp"
cd "$here"
rm -f balkans_ne_style.* balkans_3857.* bad/*
# Natural Earth's own convention: ISO_A3 -99 for Kosovo, ADM0_A3 KOS.
ogr2ogr -f "ESRI Shapefile" balkans_ne_style.shp "$map" -clipsrc 13 39 30 47.5 -nln balkans_ne_style \
  -dialect sqlite -sql "SELECT CASE WHEN ISO_A3='XKX' THEN '-99' ELSE ISO_A3 END AS ISO_A3,
                               CASE WHEN ISO_A3='XKX' THEN 'KOS' ELSE ISO_A3 END AS ADM0_A3,
                               NAME, geometry FROM ne_50m_admin0"
# The same in Web Mercator: the loader must reproject it.
ogr2ogr -f "ESRI Shapefile" balkans_3857.shp balkans_ne_style.shp -t_srs EPSG:3857
# Broken maps for the error paths.
head -c 300 balkans_ne_style.shp > bad/truncated.shp
cp balkans_ne_style.shx bad/truncated.shx; cp balkans_ne_style.dbf bad/truncated.dbf
for i in $(seq 1 200); do printf 'this is not a shapefile %d\n' "$i"; done > bad/garbage.shp
cp balkans_ne_style.shp bad/no_dbf.shp; cp balkans_ne_style.shx bad/no_dbf.shx
ogr2ogr -f "ESRI Shapefile" bad/no_code_column.shp balkans_ne_style.shp -sql "SELECT 'x' AS LABEL FROM balkans_ne_style"
ogr2ogr -f GeoJSON bad/points_only.geojson balkans_ne_style.shp -dialect sqlite -sql "SELECT ISO_A3, ST_Centroid(geometry) AS geometry FROM balkans_ne_style"
for f in balkans_ne_style.dbf balkans_3857.dbf bad/no_code_column.dbf bad/truncated.dbf; do
  printf '\x7e\x01\x01' | dd of="$f" bs=1 seek=1 conv=notrunc status=none  # fixed date byte
done
