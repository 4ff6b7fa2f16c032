"""Bounding boxes of ``GET /api/events`` through the spatial index of migration m008 (an
R*Tree on SQLite, GiST on PostgreSQL).

A page is the first events of the box in listing order. A box holding few events (up to
FEW_IN_BOX) is best read whole from the spatial index and sorted; one holding many is best
found by walking the listing order until the page is full (a box holding 1% of the events
fills a page of 100 in about 10,000 index entries). So the index is asked for at most
FEW_IN_BOX + 1 events: when it has that many, the listing walks its order instead.
"""

from __future__ import annotations

from typing import Any

FEW_IN_BOX = 2000

Box = tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat


def split_box(bbox: Box) -> list[Box]:
    """The box as boxes that do not cross the antimeridian."""
    w, s, e, n = bbox
    return [bbox] if w <= e else [(w, s, 180.0, n), (-180.0, s, e, n)]


def keys_in_box(store: Any, bbox: Box) -> list[tuple[str, str]] | None:
    """(listing key, id) of every event in the box, edges included, when there are at most
    FEW_IN_BOX; None when there are more."""
    if store.dialect.name == "postgresql":
        query = ("SELECT coalesce(e.date, ''), e.id FROM events e WHERE point(e.lon, e.lat) <@ "
                 "box(point(?, ?), point(?, ?)) AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ? "
                 "LIMIT ?")
    else:  # the R*Tree holds 32-bit bounds (rounded outwards); its copy of lat/lon is exact
        query = ("SELECT p.key, p.id FROM event_points p WHERE p.max_lon >= ? AND p.max_lat >= ? "
                 "AND p.min_lon <= ? AND p.min_lat <= ? AND p.lat BETWEEN ? AND ? "
                 "AND p.lon BETWEEN ? AND ? LIMIT ?")
    found: list[tuple[str, str]] = []
    for w, s, e, n in split_box(bbox):
        rows = store._exec(query, [w, s, e, n, s, n, w, e, FEW_IN_BOX + 1 - len(found)])
        found += [(r[0], r[1]) for r in rows.fetchall()]
        if len(found) > FEW_IN_BOX:
            return None
    return found
