"""Sanity check (not a test): how many event places of the dev set's working part can the
gazetteer place at all? A gold place counts as known when the index holds its name (or its name
without the unit word, "Shada District" -> "Shada") in the gold country within 25 km of the gold
point, or any place within 25 km whose name the event's evidence text contains. The rest are
places no place choice can get right: villages and camps missing from the index, or gold points
far from every namesake. Reads the working part only (never the locked fifth).

    .venv/bin/python tests/geo/check_gazetteer_coverage.py [-v] [path/to/dev.jsonl]
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from pathlib import Path

from sitrep.geo.distance import haversine_km

#: A gold place is known when the index has a fitting place this close to its point.
RADIUS_KM = 25.0


def names_nearby(db, lat: float, lon: float) -> list[str]:
    """Names of the indexed places within RADIUS_KM of a point."""
    dlat = RADIUS_KM / 111.0
    dlon = dlat / max(math.cos(math.radians(lat)), 0.1)
    rows = db.execute("SELECT name, lat, lon FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
                      (lat - dlat, lat + dlat, lon - dlon, lon + dlon)).fetchall()
    return [n for n, la, lo in rows if haversine_km(lat, lon, la, lo) <= RADIUS_KM]


def main(argv: list[str]) -> int:
    from sitrep.eval.runner import load_gold, split_part
    from sitrep.geo.gazetteer import Gazetteer, _short_admin

    verbose = "-v" in argv
    paths = [a for a in argv if not a.startswith("-")]
    dev = Path(paths[0]) if paths else Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"
    gaz = Gazetteer()
    db = gaz._db()
    total = by_name = by_evidence = 0
    unknown: dict[str, list[str]] = defaultdict(list)
    for art in split_part(load_gold(dev), "working"):
        for ev in art.events:
            loc = ev.get("location") or {}
            name, cc, lat, lon = loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon")
            if not name or lat is None:
                continue
            total += 1
            hits = gaz.lookup(name, country=cc, loose=True) + gaz.lookup(_short_admin(name), country=cc, loose=True)
            if any(e.lat is not None and haversine_km(lat, lon, e.lat, e.lon) <= RADIUS_KM for e in hits):
                by_name += 1
                continue
            text = ev.get("evidence") or ""
            if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names_nearby(db, lat, lon)):
                by_evidence += 1
                continue
            unknown[cc or "?"].append(f"{art.id} {name} ({loc.get('precision')})")
    missing = sum(len(v) for v in unknown.values())
    print(f"working-part gold places: {total}; known by name within {RADIUS_KM:.0f} km: {by_name}; "
          f"by another name of the evidence: {by_evidence}; unknown to the gazetteer: {missing} "
          f"({missing / max(total, 1):.1%})")
    print("unknown by country: " + ", ".join(f"{cc} {len(v)}" for cc, v in
                                             sorted(unknown.items(), key=lambda kv: (-len(kv[1]), kv[0]))))
    if verbose:
        for cc, items in sorted(unknown.items()):
            for item in items:
                print(f"  {cc} {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
