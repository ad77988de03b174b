#!/usr/bin/env bash
# The monthly animation of the whole story at 1280x720, two ways, in alternating rounds:
#   atlas: kosovo-atlas --animate FILE.mp4 --step "$step" (one process, frames streamed to x264)
#   route: what it replaces: one kosovo-atlas --export per date, then ffmpeg over the PNGs
# Prints each round, the medians, their ratio (the issue asks for at most one half), and the
# wall time and peak RSS of --animate for GIF, MP4 and WebM. Needs ffmpeg and GNU time.
# Usage: bench/animation_route.sh [kosovo-atlas binary] [rounds, default 3]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
atlas=${1:-$here/build/release/app/kosovo-atlas}
rounds=${2:-3}
step=${STEP:-month}  # STEP=year for a quick check of the script
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The route's dates are the animation's own: frames.csv of the same --step "$step" range.
"$atlas" --frames "$out/dates" --step "$step" --size 320x180
dates=$(tail -n +2 "$out/dates/frames.csv" | cut -d, -f3)
echo "frames per animation: $(echo "$dates" | wc -l)"

seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }

atlas_run() {
  rm -f "$out/atlas.mp4"
  seconds "$atlas" --animate "$out/atlas.mp4" --step "$step" --size 1280x720
}

route_run() {
  rm -rf "$out/route" && mkdir "$out/route"
  local start end i=0
  start=$(date +%s.%N)
  for d in $dates; do
    i=$((i + 1))
    "$atlas" --export "$(printf '%s/route/%04d.png' "$out" "$i")" --date "$d" --size 1280x720
  done
  ffmpeg -loglevel error -y -framerate 8 -pattern_type glob -i "$out/route/*.png" -c:v libx264 \
    -pix_fmt yuv420p "$out/route.mp4"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

atlas_times=()
route_times=()
for r in $(seq "$rounds"); do
  a=$(atlas_run)
  b=$(route_run)
  atlas_times+=("$a")
  route_times+=("$b")
  echo "round $r: --animate mp4 ${a} s, --export per date + ffmpeg ${b} s"
done
am=$(printf '%s\n' "${atlas_times[@]}" | median)
rm_=$(printf '%s\n' "${route_times[@]}" | median)
echo "median: --animate ${am} s, old route ${rm_} s, ratio $(echo "scale=3; $am / $rm_" | bc)"

for ext in gif mp4 webm; do
  rm -f "$out/peak.$ext"
  /usr/bin/time -f "--animate $ext: %e s wall, peak RSS %M KiB" \
    "$atlas" --animate "$out/peak.$ext" --step "$step" --size 1280x720
  /usr/bin/time -f "--animate $ext --step week: %e s wall, peak RSS %M KiB (memory must not grow with frames)" \
    "$atlas" --animate "$out/peak.$ext" --step week --size 1280x720
done
