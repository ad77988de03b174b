#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from its SVG (needs rsvg-convert, package librsvg2-bin).
# The PNGs are committed, so building and packaging never need this.
set -euo pipefail
cd "$(dirname "$0")"
id=org.kosovoatlas.KosovoAtlas
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$id.svg" -o "${size}x${size}/$id.png"
done
