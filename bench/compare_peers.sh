#!/usr/bin/env bash
# Whole-process 3840x2160 export: kosovo-atlas vs Mapnik on the same shapefile, alternating runs,
# plus the atlas's peak memory. Needs hyperfine and python3-mapnik (Debian packages).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
atlas=${1:-$here/build/release/app/kosovo-atlas}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
hyperfine --warmup 2 --runs 7 --export-markdown "$out/result.md" \
  -n kosovo-atlas "$atlas --export $out/atlas.png --size 3840x2160" \
  -n mapnik "/usr/bin/python3 $here/bench/mapnik_render.py $here/maps/ne_50m_admin0.shp $out/mapnik.png 3840 2160"
cat "$out/result.md"
/usr/bin/time -f "kosovo-atlas 4K export peak RSS: %M KiB" "$atlas" --export "$out/atlas.png" --size 3840x2160
