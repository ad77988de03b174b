#!/usr/bin/env bash
# Rebuilds the fixtures in this folder from the shipped map and dataset (needs gdal-bin).
# Deterministic: the same shipped files give the same bytes. tests/hardening/ uses bad/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
map="$here/../../maps/ne_50m_admin0.shp"
data="$here/../../resources/data"
cd "$here"
rm -rf balkans_ne_style.* balkans_3857.* bad
mkdir -p bad/dataset
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

# --- More broken maps (tests/hardening/maptest.cpp). Byte helpers: big/little-endian reads, pokes.
be32() { od -An -tu1 -j "$2" -N4 "$1" | awk '{print (($1*256+$2)*256+$3)*256+$4}'; }
le32() { od -An -tu1 -j "$2" -N4 "$1" | awk '{print (($4*256+$3)*256+$2)*256+$1}'; }
poke() { printf "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }  # FILE OFFSET printf-BYTES
copy() {  # copy NAME EXT...: bad/NAME.EXT from balkans_ne_style.EXT
  local name=$1; shift
  for ext in "$@"; do cp "balkans_ne_style.$ext" "bad/$name.$ext"; done
}
record() { echo $(( $(be32 balkans_ne_style.shx $((100 + 8 * $1))) * 2 )); }  # byte offset of shape N

copy no_shx shp dbf prj
copy empty_shx shp dbf prj; : > bad/empty_shx.shx
copy empty_dbf shp shx prj; : > bad/empty_dbf.dbf
copy no_prj shp shx dbf
copy empty_prj shp shx dbf; : > bad/empty_prj.prj
copy bad_prj shp shx dbf; printf 'GEOGCS["WGS 84",DATUM[' > bad/bad_prj.prj
copy truncated_shx shp dbf prj; head -c 150 balkans_ne_style.shx > bad/truncated_shx.shx
copy truncated_dbf shp shx prj; head -c 1000 balkans_ne_style.dbf > bad/truncated_dbf.dbf
copy truncated_mid shx dbf prj; head -c 20000 balkans_ne_style.shp > bad/truncated_mid.shp
# The header's file length (in 16-bit words) four words too long; the records are intact.
copy header_length shp shx dbf prj
words=$(be32 balkans_ne_style.shp 24); words=$((words + 4))
poke bad/header_length.shp 24 "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $((words >> 24 & 255)) $((words >> 16 & 255)) $((words >> 8 & 255)) $((words & 255)))"
# Shape 3's second vertex overwritten with 0xff bytes: NaN coordinates.
copy nan_vertex shp shx dbf prj
rec=$(record 3); parts=$(le32 balkans_ne_style.shp $((rec + 8 + 36)))
poke bad/nan_vertex.shp $((rec + 8 + 44 + 4 * parts + 16)) '\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff'
# Shape 5's index entry points far past the end of the .shp.
copy bad_offset shp shx dbf prj; poke bad/bad_offset.shx $((100 + 8 * 5)) '\x7f\xff\xff\xf0'
# Shape 2's record header claims two gigabytes of content.
copy bad_record_length shp shx dbf prj; poke bad/bad_record_length.shp $(( $(record 2) + 4 )) '\x7f\xff\xff\xf0'
# The table header's row length overwritten: the promised rows no longer fit the file.
copy bad_dbf_header shp shx dbf prj; poke bad/bad_dbf_header.dbf 10 '\xff\x7f'
# Metres read as degrees: the Web Mercator fixture without its .prj.
for ext in shp shx dbf; do cp "balkans_3857.$ext" "bad/metres_no_prj.$ext"; done
# A polygon layer without a single feature, and a point layer.
ogr2ogr -f "ESRI Shapefile" bad/empty_layer.shp balkans_ne_style.shp -where "1 = 0" -nlt POLYGON
ogr2ogr -f "ESRI Shapefile" bad/points_only.shp bad/points_only.geojson
# A null geometry (Albania) and a ring of three points (North Macedonia) among good features.
ogr2ogr -f "ESRI Shapefile" bad/null_geometry.shp balkans_ne_style.shp -where "ADM0_A3 <> 'ALB'" -nlt PROMOTE_TO_MULTI
printf 'ISO_A3,ADM0_A3,NAME,WKT\nALB,ALB,Albania,\n' > bad/null_geometry.csv
ogr2ogr -f "ESRI Shapefile" bad/degenerate_ring.shp balkans_ne_style.shp -where "ADM0_A3 <> 'MKD'" -nlt PROMOTE_TO_MULTI
printf 'ISO_A3,ADM0_A3,NAME,WKT\nMKD,MKD,North Macedonia,"POLYGON ((21 41,22 42,21 41))"\n' > bad/degenerate_ring.csv
for f in null_geometry degenerate_ring; do
  ogr2ogr -append bad/$f.shp bad/$f.csv -nln $f -nlt PROMOTE_TO_MULTI -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO
done
rm bad/null_geometry.csv bad/degenerate_ring.csv

for f in balkans_ne_style.dbf balkans_3857.dbf bad/*.dbf; do
  [ -s "$f" ] && [ "$f" != bad/bad_dbf_header.dbf ] || continue
  printf '\x7e\x01\x01' | dd of="$f" bs=1 seek=1 conv=notrunc status=none  # fixed date byte
done
for f in bad/*.dbf; do  # copies made before the date fix
  case "$f" in bad/truncated_dbf.dbf) head -c 1000 balkans_ne_style.dbf > "$f" ;; esac
done

# --- Broken dataset files (tests/hardening/datatest.cpp): bad/dataset/CASE.FILE.csv replaces FILE.csv
# of a copy of the shipped dataset. Lines are counted from 1, the header being line 1.
d=bad/dataset
# Cut in the middle of line 6 (no line break at the end), and cut inside line 6's last field.
{ head -n 5 "$data/events.csv"; sed -n 6p "$data/events.csv" | head -c 30; } > $d/truncated_line.events.csv
line=$(sed -n 2p "$data/key_dates.csv")
{ head -n 1 "$data/key_dates.csv"; printf '%s' "${line:0:${#line}-20}"; } > $d/truncated_last_field.key_dates.csv
{ head -n 9 "$data/states.csv"; echo '%%%% not; a :: csv line %%%%'; tail -n +10 "$data/states.csv"; } > $d/garbage_line.states.csv
{ head -n 4 "$data/memberships.csv"; echo 'UN,SRB,2008-02-30,,https://example.org/fixture'; } > $d/impossible_date.memberships.csv
{ head -n 10 "$data/positions.csv"; echo 'QQQ,No such state.,https://example.org/fixture'; } > $d/unknown_code.positions.csv
: > $d/empty.events.csv
for i in $(seq 1 128); do  # 4 KiB of deterministic noise: SHA-256 of 1..128
  printf "$(printf '%s' "$i" | sha256sum | cut -c1-64 | sed 's/../\\x&/g')"
done > $d/random_bytes.events.csv
{ head -n 4 "$data/states.csv"; printf 'CIV,C\xf4te d'"'"'Ivoire,un_member\n'; tail -n +5 "$data/states.csv" | grep -v '^CIV,'; } > $d/invalid_utf8.states.csv
# Small cuts of the shipped files keep these fixtures small; what they test is the damage.
{ head -n 20 "$data/events.csv"; head -n 20 "$data/events.csv"; } > $d/duplicated.events.csv
{ head -n 20 "$data/memberships.csv"; sed -n 2,20p "$data/memberships.csv"; } > $d/duplicated_rows.memberships.csv
{ head -n 1 "$data/memberships.csv"; grep '^EU,FRA,' "$data/memberships.csv"
  echo 'EU,FRA,2000-01-01,,https://example.org/fixture'; } > $d/overlap.memberships.csv
# A row whose note is a single 1 MiB field.
{ head -n 3 "$data/events.csv"; printf 'FRA,2008-02-19,,recognition,FRA,no,https://example.org/fixture,'
  head -c 1048576 /dev/zero | tr '\0' 'x'; echo; } > $d/long_field.events.csv
# A quote left open in line 3 and closed in line 5 at a field boundary: as CSV this is one valid
# row of four fields that swallowed the shipped line 3.
{ head -n 2 "$data/key_dates.csv"; echo '2009-01-01,fixture_a,"An open quote'
  sed -n 3p "$data/key_dates.csv"; echo '2009-01-03,fixture_c,closed here",https://example.org/fixture'
  tail -n +4 "$data/key_dates.csv"; } > $d/quote_left_open.key_dates.csv
