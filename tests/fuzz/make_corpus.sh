#!/usr/bin/env bash
# Rebuilds the committed seed corpora from the shipped dataset and the Balkans map fixture.
# Deterministic. Each seed is one selector byte (which file the rest replaces, see
# fuzzharness.h) followed by the file's bytes, cut to a few KB so that each run stays fast.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../resources/data"
fixtures="$here/../fixtures"
cd "$here"
rm -rf corpus/dataset corpus/map corpus/tour
mkdir -p corpus/dataset corpus/map corpus/tour
seed() {  # seed OUT SELECTOR: stdin after the selector byte
  { printf "\\x$(printf '%02x' "$2")"; cat; } > "$1"
}
i=0
for f in states events positions memberships key_dates subject count_facts published_counts; do
  head -n 12 "$data/$f.csv" | seed "corpus/dataset/$f.csv" $i
  i=$((i + 1))
done
seed corpus/dataset/states_full.csv 0 < "$data/states.csv"
seed corpus/dataset/key_dates_full.csv 4 < "$data/key_dates.csv"
for f in "$fixtures"/bad/dataset/*.csv; do
  name=$(basename "$f"); file=${name#*.}; file=${file%.csv}
  [ "$(stat -c %s "$f")" -lt 65536 ] || continue  # the 1 MiB line stays a unit test
  case "$file" in states) i=0 ;; events) i=1 ;; positions) i=2 ;; memberships) i=3 ;; key_dates) i=4 ;; subject) i=5 ;; count_facts) i=6 ;; published_counts) i=7 ;; esac
  seed "corpus/dataset/bad_$name" $i < "$f"
done
i=0
for ext in shp shx dbf prj; do
  seed "corpus/map/balkans.$ext" $i < "$fixtures/balkans_ne_style.$ext"
  i=$((i + 1))
done
seed corpus/map/shipped.prj 3 < "$here/../../maps/ne_50m_admin0.prj"
seed corpus/map/truncated.shp 0 < "$fixtures/bad/truncated_mid.shp"
seed corpus/map/degenerate_ring.shp 0 < "$fixtures/bad/degenerate_ring.shp"
# The tour reader takes whole files (no selector byte): the shipped tour and a one-chapter one.
cp "$data/tour.csv" corpus/tour/shipped.csv
head -n 2 "$data/tour.csv" > corpus/tour/one_chapter.csv
