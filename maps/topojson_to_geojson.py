#!/usr/bin/env python3
"""Decode world-atlas TopoJSON into GeoJSON keyed by ISO 3166-1 alpha-3.

Why not let GDAL read the TopoJSON directly: world-atlas keeps rings in the spherical convention, so
rings that cross the antimeridian jump from +180 to -180 and would draw as streaks across a planar
map. Here each such ring is unwrapped (made continuous past +/-180); ogr2ogr -wrapdateline then cuts
it cleanly at the antimeridian. Rings that circle a pole (Antarctica) are left as they are.

Usage: topojson_to_geojson.py COUNTRIES_50M.json COUNTRIES_10M.json OUT.geojson
"""
import json
import sys

ISO_CODES = "/usr/share/iso-codes/json/iso_3166-1.json"  # Debian package iso-codes

# Features world-atlas ships without an ISO numeric id (Natural Earth has -99 there).
# Mapped explicitly; codes in the user-assigned X/Q range where ISO has none.
NO_ID_CODES = {
    "Kosovo": "XKX",            # code used by the EU and the IMF
    "N. Cyprus": "XNC",
    "Somaliland": "XSL",
    "Indian Ocean Ter.": "XIO",
    "Siachen Glacier": "XSG",
}

# UN member states that are too small for the 50m layer: taken from the 10m layer instead.
FROM_10M = {"798"}  # Tuvalu


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append([round(x * sx + tx, 6), round(y * sy + ty, 6)])
        arcs.append(pts)
    return arcs


def ring_points(arcs, indices):
    pts = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    return pts


def unwrap(ring):
    """Make longitudes continuous; keep pole-circling rings untouched."""
    out = [list(ring[0])]
    shift = 0.0
    for prev, cur in zip(ring, ring[1:]):
        step = cur[0] - prev[0]
        if step > 180:
            shift -= 360
        elif step < -180:
            shift += 360
        out.append([cur[0] + shift, cur[1]])
    if abs(shift) > 1e-9:  # net turn round the globe: a ring about a pole
        return ring
    return out


def polygons(geometry, arcs):
    if geometry["type"] == "Polygon":
        parts = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        parts = geometry["arcs"]
    else:
        return []
    return [[unwrap(ring_points(arcs, r)) for r in poly] for poly in parts]


def features(path, numeric_to_alpha3, keep):
    topo = json.load(open(path, encoding="utf-8"))
    arcs = decode_arcs(topo)
    for g in topo["objects"]["countries"]["geometries"]:
        num = g.get("id")
        name = g["properties"]["name"]
        if not keep(num):
            continue
        code = numeric_to_alpha3.get(num) if num else NO_ID_CODES.get(name)
        if code is None:
            sys.exit(f"{path}: no code for feature '{name}' (id {num})")
        polys = polygons(g, arcs)
        if polys:
            yield {"type": "Feature",
                   "properties": {"ISO_A3": code, "ISO_N3": num or "", "NAME": name,
                                  "SCALE": "10m" if "10m" in path else "50m"},
                   "geometry": {"type": "MultiPolygon", "coordinates": polys}}


def main():
    src50, src10, out = sys.argv[1:4]
    iso = json.load(open(ISO_CODES, encoding="utf-8"))["3166-1"]
    numeric_to_alpha3 = {e["numeric"]: e["alpha_3"] for e in iso}
    feats = list(features(src50, numeric_to_alpha3, lambda n: True))
    feats += features(src10, numeric_to_alpha3, lambda n: n in FROM_10M)
    json.dump({"type": "FeatureCollection", "features": feats}, open(out, "w", encoding="utf-8"))


if __name__ == "__main__":
    main()
