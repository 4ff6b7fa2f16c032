"""Representative points of areas (countries, admin units): where a pin for the unit as a whole
goes, as opposed to its capital (which the event format uses for country-level events).

The packaged GeoNames extracts carry no point for countries or admin units, so we estimate one:

* country: the mean of two independent estimates of its centre, the reference point of
  ``countryinfo`` (CIA World Factbook style, rounded to a degree or so) and the area centroid
  of the country's largest polygon in ``countryinfo``'s outline together with the islands near
  it (its main body, so that Alaska or overseas islands do not drag the point off the
  mainland, while Canada's Arctic archipelago counts). Either alone is off by
  200-400 km for a few large countries (the Factbook puts the United States at 38N 97W, the
  landmass centroid of Russia sits 2 degrees north of the usual point); their mean (circular in
  longitude) is within 161 km of the gold point for 93.5% / 97.7% / 85.6% of the country
  mentions of GeoWebNews / LGL / TR-News (GeoNames points), against 74% / 77% / 71% for the
  Factbook point alone (docs/geo.md).
* admin unit: the midpoint of the bounding box of its populated places (an area estimate that
  dense cities do not pull towards them; antimeridian-safe), trimmed to the 5th-95th
  percentiles when that midpoint is far from every place (a remote island pushed it to sea).
  For first-level units that ``countrystatecity-countries`` (the ODbL countries-states-cities
  database) gives a centre, the point is the mean of the two estimates: the box midpoint alone
  sits south of Ontario's and Quebec's empty north, the published centre alone is 100-250 km
  off for a few states; their mean is closer than either on all four geoparsing corpora
  (docs/geo-benchmark.md).
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


#: Islands closer than this to the main landmass (or to an island already joined to it) are part
#: of the country's body: Canada's Arctic archipelago, New Zealand's two islands, Japan's four.
#: Farther parts (Alaska and Hawaii seen from the contiguous states, overseas territories) are
#: left out so that they do not drag the point off the mainland.
ISLAND_GAP_KM = 100.0
_KM_PER_DEG = 111.2
#: Vertices per ring compared when measuring gaps between polygons (the outlines are coarse).
_GAP_VERTICES = 80


def _ring_box(ring: Sequence[Sequence[float]]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _gap_km(a: Sequence[Sequence[float]], b: Sequence[Sequence[float]]) -> float:
    """Smallest vertex-to-vertex distance of two lon/lat rings (equirectangular, sampled)."""
    sa, sb = a[:: max(1, len(a) // _GAP_VERTICES)], b[:: max(1, len(b) // _GAP_VERTICES)]
    best = math.inf
    for x1, y1 in sa:
        k = math.cos(math.radians(y1))
        for x2, y2 in sb:
            best = min(best, ((x1 - x2) * k) ** 2 + (y1 - y2) ** 2)
    return math.sqrt(best) * _KM_PER_DEG


def _boxes_near(a: tuple[float, ...], b: tuple[float, ...], margin_deg: float) -> bool:
    return not (a[2] + margin_deg < b[0] or b[2] + margin_deg < a[0]
                or a[3] + margin_deg < b[1] or b[3] + margin_deg < a[1])


def largest_polygon_centroid(geometry: dict, island_gap_km: float = ISLAND_GAP_KM) -> Point | None:
    """Area-weighted centroid (lat, lon) of the largest outer ring of a GeoJSON (Multi)Polygon
    together with the rings within ``island_gap_km`` of it, transitively (:data:`ISLAND_GAP_KM`)."""
    coords = geometry.get("coordinates") or []
    polygons = coords if geometry.get("type") == "MultiPolygon" else [coords]
    parts = [(c[0], c[1], p[0], _ring_box(p[0])) for p in polygons if p for c in [_ring_centroid(p[0])] if c]
    if not parts:
        return None
    parts.sort(key=lambda part: -part[0])
    body, rest = [parts[0]], parts[1:]
    margin = island_gap_km / _KM_PER_DEG / 0.2  # generous in longitude up to ~78 degrees latitude
    grown = True
    while grown and rest:
        grown = False
        for part in list(rest):
            if any(_boxes_near(part[3], b[3], margin) and _gap_km(part[2], b[2]) < island_gap_km for b in body):
                body.append(part)
                rest.remove(part)
                grown = True
    total = sum(area for area, *_ in body)
    lat = sum(area * pt[0] for area, pt, *_ in body) / total
    x = sum(area * math.cos(math.radians(pt[1])) for area, pt, *_ in body)
    y = sum(area * math.sin(math.radians(pt[1])) for area, pt, *_ in body)
    return round(lat, 5), round(math.degrees(math.atan2(y, x)), 5)


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
        if pts:
            out[iso.upper()] = mean_point(pts)
    return out


def subdivision_points() -> dict[str, Point]:
    """ISO 3166-2 code (``CA-ON``) -> published centre of the first-level unit, from the
    ``countrystatecity-countries`` package (its data files are read directly: one JSON list of
    states per country)."""
    out: dict[str, Point] = {}
    root = resources.files("countrystatecity_countries") / "data" / "by-country"
    for country in root.iterdir():
        states = country / "states.json"
        if not states.is_file():
            continue
        with states.open(encoding="utf-8") as f:
            for rec in json.load(f):
                code, lat, lon = rec.get("iso3166_2"), rec.get("latitude"), rec.get("longitude")
                if code and lat not in (None, "") and lon not in (None, ""):
                    out[code.upper()] = (float(lat), float(lon))
    return out


def mean_point(pts: Sequence[Point]) -> Point:
    """Mean latitude and circular mean longitude of independent estimates of one centre (Fiji's
    two estimates straddle 180°)."""
    x = sum(math.cos(math.radians(lo)) for _, lo in pts)
    y = sum(math.sin(math.radians(lo)) for _, lo in pts)
    return round(sum(la for la, _ in pts) / len(pts), 5), round(math.degrees(math.atan2(y, x)), 5)


#: A box midpoint farther than this from every place of the unit is in the sea or abroad (one
#: remote island or miscoded town stretched the box: Easter Island for Valparaíso, the
#: Ogasawara islands for Tokyo); the box is then trimmed to the 5th-95th percentiles.
MAX_EMPTY_KM = 150.0
TRIM = 0.05


def _span(values: list[float], trim: float) -> tuple[float, float]:
    vals = sorted(values)
    k = int(trim * len(vals))
    return vals[k], vals[len(vals) - 1 - k]


def _box_mid(pts: Sequence[Point], trim: float) -> Point:
    lat_lo, lat_hi = _span([p[0] for p in pts], trim)
    lon_lo, lon_hi = _span([p[1] for p in pts], trim)
    w_lo, w_hi = _span([p[1] % 360 for p in pts], trim)
    if w_hi - w_lo < lon_hi - lon_lo:
        mid = (w_lo + w_hi) / 2
        mid = mid - 360 if mid > 180 else mid
    else:
        mid = (lon_lo + lon_hi) / 2
    return round((lat_lo + lat_hi) / 2, 5), round(mid, 5)


def _nearest_km(point: Point, pts: Sequence[Point]) -> float:
    la, lo = map(math.radians, point)
    best = math.inf
    for pla, plo in pts:
        a, b = math.radians(pla), math.radians(plo)
        h = math.sin((a - la) / 2) ** 2 + math.cos(la) * math.cos(a) * math.sin((b - lo) / 2) ** 2
        best = min(best, 12742.0 * math.asin(min(1.0, math.sqrt(h))))
    return best


def bbox_midpoint(points: Sequence[Point]) -> Point | None:
    """Midpoint of the bounding box of ``points`` (lat, lon), trimmed when the full box's
    midpoint lies far from all of them (:data:`MAX_EMPTY_KM`); on the antimeridian the box is
    taken on 0..360 longitudes when that makes it narrower (Chukotka, Fiji)."""
    pts = [(la, lo) for la, lo in points if la is not None and lo is not None]
    if not pts:
        return None
    mid = _box_mid(pts, 0.0)
    if len(pts) >= 3 and _nearest_km(mid, pts) > MAX_EMPTY_KM:
        mid = _box_mid(pts, TRIM)
    return mid


__all__ = ["bbox_midpoint", "country_points", "largest_polygon_centroid", "mean_point", "subdivision_points"]
