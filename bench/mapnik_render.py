#!/usr/bin/python3
"""The peer to beat: Mapnik renders the same shapefile as a 4-colour choropleth to a PNG.

Usage: mapnik_render.py SHAPEFILE OUT.png WIDTH HEIGHT
Colours follow name buckets so Mapnik does the same amount of styling work as the atlas.
"""
import sys

import mapnik

shp, out, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
m = mapnik.Map(width, height, "+proj=eqearth +datum=WGS84 +units=m +no_defs")
m.background = mapnik.Color("#e4eef5")
style = mapnik.Style()
buckets = ["^[A-E]", "^[F-K]", "^[L-R]", "^[S-Z]"]
for bucket, colour in zip(buckets, ["#0072B2", "#56B4E9", "#E69F00", "#D4D4D4"]):
    rule = mapnik.Rule()
    rule.filter = mapnik.Expression(f"[NAME].match('{bucket}.*')")
    fill = mapnik.PolygonSymbolizer()
    fill.fill = mapnik.Color(colour)
    rule.symbols.append(fill)
    line = mapnik.LineSymbolizer()
    line.stroke = mapnik.Color("#404040")
    line.stroke_width = 1.0
    rule.symbols.append(line)
    style.rules.append(rule)
m.append_style("countries", style)
layer = mapnik.Layer("countries", "+proj=longlat +datum=WGS84 +no_defs")
layer.datasource = mapnik.Shapefile(file=shp)
layer.styles.append("countries")
m.layers.append(layer)
m.zoom_all()
mapnik.render_to_file(m, out, "png32")
