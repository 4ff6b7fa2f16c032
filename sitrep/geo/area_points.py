"""Representative points of areas (countries, admin units): where a pin for the unit as a whole
goes, as opposed to its capital (which the event format uses for country-level events).

The packaged GeoNames extracts carry no point for countries or admin units, so we estimate one:

* country: the mean of two independent estimates of its centre, the reference point of
  ``countryinfo`` (CIA World Factbook style, rounded to a degree or so) and the area centroid
  of the country's largest polygon in ``countryinfo``'s outline (its main landmass, so that
  Alaska or overseas islands do not drag the point off the mainland). Either alone is off by
  200-400 km for a few large countries (the Factbook puts the United States at 38N 97W, the
  landmass centroid of Russia sits 2 degrees north of the usual point); their mean is within
  161 km of GeoNames' own point for about 80% of the country mentions in the geoparsing
  corpora, against 66% and 73% for each alone (docs/geo.md).
* admin unit: the midpoint of the bounding box of its populated places (an area estimate that
  dense cities do not pull towards them; antimeridian-safe).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from importlib import resources

Point = tuple[float, float]


def _ring_centroid(ring: Sequence[Sequence[float]]) -> tuple[float, Point] | None:
    """(area, centroid) of a lon/lat ring, on an equirectangular plane scaled at its mean
    latitude (good enough at country scale)."""
    if len(ring) < 3:
        return None
    k = math.cos(math.radians(sum(p[1] for p in ring) / len(ring))) or 1e-9
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]]):
        x1, x2 = x1 * k, x2 * k
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        return None
    return abs(a) / 2 / k, (cy / (3 * a), cx / (3 * a) / k)


def largest_polygon_centroid(geometry: dict) -> Point | None:
    """Centroid (lat, lon) of the largest outer ring of a GeoJSON (Multi)Polygon."""
    coords = geometry.get("coordinates") or []
    polygons = coords if geometry.get("type") == "MultiPolygon" else [coords]
    parts = [c for c in (_ring_centroid(p[0]) for p in polygons if p) if c]
    return max(parts)[1] if parts else None


def _countryinfo_records() -> Iterator[dict]:
    data = resources.files("countryinfo") / "data"
    for entry in data.iterdir():
        if entry.name.endswith(".json"):
            with entry.open(encoding="utf-8") as f:
                yield json.load(f)


def country_points() -> dict[str, Point]:
    """ISO-2 -> representative point of every country ``countryinfo`` describes."""
    out: dict[str, Point] = {}
    for rec in _countryinfo_records():
        iso = (rec.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        ref = rec.get("latlng")
        ref_pt = (float(ref[0]), float(ref[1])) if ref and len(ref) == 2 else None
        feats = (rec.get("geoJSON") or {}).get("features") or []
        shape = largest_polygon_centroid(feats[0]["geometry"]) if feats and feats[0].get("geometry") else None
        pts = [p for p in (ref_pt, shape) if p is not None]
        if len(pts) == 2 and abs(pts[0][1] - pts[1][1]) > 180:  # straddles the antimeridian
            pts = [pts[1]]
        if pts:
            out[iso.upper()] = (round(sum(p[0] for p in pts) / len(pts), 5),
                                round(sum(p[1] for p in pts) / len(pts), 5))
    return out


def bbox_midpoint(points: Sequence[Point]) -> Point | None:
    """Midpoint of the bounding box of ``points`` (lat, lon); on the antimeridian the box is
    taken on 0..360 longitudes when that makes it narrower (Chukotka, Fiji)."""
    pts = [(la, lo) for la, lo in points if la is not None and lo is not None]
    if not pts:
        return None
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    lons360 = [lo % 360 for lo in lons]
    if max(lons360) - min(lons360) < max(lons) - min(lons):
        mid = (max(lons360) + min(lons360)) / 2
        mid = mid - 360 if mid > 180 else mid
    else:
        mid = (max(lons) + min(lons)) / 2
    return round((max(lats) + min(lats)) / 2, 5), round(mid, 5)


__all__ = ["bbox_midpoint", "country_points", "largest_polygon_centroid"]
