"""Sanity check (not a test): resolve each gold ``location.mention`` of the dev set with the gold
country as context and report the share resolved within 50 km of the gold coordinates.

    .venv/bin/python tests/geo/check_dev_locations.py [-v]
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def main(argv: list[str]) -> int:
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.geo.resolver import resolve_place

    verbose = "-v" in argv
    dev = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"
    if not dev.exists():
        dev = Path("/work/shared/eval/dev.jsonl")
    gaz = Gazetteer()
    total = within = resolved = same_precision = 0
    t0 = time.perf_counter()
    for line in dev.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        for ev in art["events"]:
            loc = ev.get("location") or {}
            mention = loc.get("mention")
            if not mention or loc.get("lat") is None:
                continue
            total += 1
            place = resolve_place(mention, context_countries=[loc["country"]], gazetteer=gaz)
            ok = False
            dist = None
            if place is not None and place.lat is not None:
                resolved += 1
                dist = haversine_km(place.lat, place.lon, loc["lat"], loc["lon"])
                ok = dist <= 50.0
                same_precision += place.precision == loc["precision"]
            within += ok
            if verbose:
                got = (
                    f"{place.name} [{place.country} {place.precision}] {dist:.0f} km"
                    if place is not None and dist is not None
                    else "None"
                )
                print(f"{'OK ' if ok else 'XX '} {art['id']} {mention!r} -> {got}  (gold {loc['name']}, {loc['precision']})")
    dt = time.perf_counter() - t0
    print(
        f"mentions: {total}  resolved: {resolved}  within 50 km: {within} "
        f"({within / max(total, 1):.1%})  same precision: {same_precision}  time: {dt:.2f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
