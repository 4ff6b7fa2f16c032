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


def _queries(dialect: str) -> tuple[str, str]:
    """(the index's candidates in a box, their exact keys): SQLite's R*Tree holds 32-bit
    bounds rounded outwards, and exact lat/lon beside them, in a table of its own."""
    if dialect == "postgresql":
        inside = ("FROM events e WHERE point(e.lon, e.lat) <@ box(point(?, ?), point(?, ?)) AND "
                  "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?")
        return f"SELECT 1 {inside}", f"SELECT coalesce(e.date, ''), e.id {inside}"
    candidates = ("FROM event_points p WHERE p.max_lon >= ? AND p.max_lat >= ? AND p.min_lon <= ? "
                  "AND p.min_lat <= ?")
    return (f"SELECT 1 {candidates}",
            f"SELECT p.key, p.id {candidates} AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?")


def keys_in_box(store: Any, bbox: Box) -> list[tuple[str, str]] | None:
    """(listing key, id) of every event in the box, edges included, when there are at most
    FEW_IN_BOX; None when there are more. Counting comes first: it reads the index alone."""
    count, keys = _queries(store.dialect.name)
    parts = [([w, s, e, n] + ([s, n, w, e] if store.dialect.name == "postgresql" else []),
              [w, s, e, n, s, n, w, e]) for w, s, e, n in split_box(bbox)]
    seen = 0
    for params, _ in parts:
        seen += store._exec(f"SELECT count(*) FROM ({count} LIMIT ?) c",
                            params + [FEW_IN_BOX + 1 - seen]).fetchone()[0]
        if seen > FEW_IN_BOX:
            return None
    return [(r[0], r[1]) for _, params in parts for r in store._exec(keys, params).fetchall()]
