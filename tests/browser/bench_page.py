"""How fast the page shows a large store: fills an SQLite store with N synthetic events and
their incidents (``sitrep.bench.api_fill``, the API benchmark's filler), serves it with
``sitrep serve``, and times Debian's Chromium opening the page: first points drawn, every item
loaded, and the longest main-thread task while zooming and panning, in both views.

    python -m tests.browser.bench_page --events 150000 [--db /tmp/page-bench.db] [--link-share 0.33]

About two events in three are incidents of their own at the filler's linking share (a third
of the events joined to a report from another article), so 150,000 events make about 100,000
incidents; ``--link-share 0`` makes one incident per event. The store is kept (``--db``) so a
second run skips the fill.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from .harness import launch_chromium, serve


def fill(db: Path, n: int, link_share: float) -> None:
    """The API benchmark's synthetic store (real towns of 16 countries, incidents linked)."""
    from sitrep.bench.api_fill import fill_store
    from sitrep.store import store_from_url

    with store_from_url(str(db)) as store:
        print(fill_store(store, n, link_share=link_share))
        store._exec("ANALYZE")


def time_page(base: str, view: str, total: int) -> tuple[float, float, float]:
    """Seconds until the first points are drawn and until the status counts every item, and
    the longest main-thread task (ms) while zooming in twice and panning with everything loaded."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        started = time.perf_counter()
        page.add_init_script("window.__long = []; new PerformanceObserver((l) => window.__long.push("
                             "...l.getEntries().map((e) => e.duration))).observe({type: 'longtask', buffered: false});")
        page.goto(f"{base}?view={view}")
        page.locator("#map .pt, #map .cluster").first.wait_for(timeout=60000)
        first = time.perf_counter() - started
        noun = "incidents" if view == "incidents" else "events"
        page.locator("#status", has_text=re.compile(rf"^{total:,} {noun} ")).wait_for(timeout=120000)
        full = time.perf_counter() - started
        page.evaluate("window.__long = []")
        for _ in range(2):
            page.locator(".leaflet-control-zoom-in").click()
            page.wait_for_timeout(600)
        box = page.locator("#map").bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] / 4, box["y"] + box["height"] / 3, steps=10)
        page.mouse.up()
        page.wait_for_timeout(600)
        longest = max(page.evaluate("window.__long") or [0])
        browser.close()
    return first, full, longest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=150_000)
    parser.add_argument("--link-share", type=float, default=0.33,
                        help="Share of events joined to another article's report (the filler's).")
    parser.add_argument("--db", type=Path, default=Path("/tmp/page-bench.db"))
    args = parser.parse_args()
    if not args.db.exists():
        t = time.perf_counter()
        fill(args.db, args.events, args.link_share)
        print(f"filled {args.db} with {args.events:,} events in {time.perf_counter() - t:.0f} s")
    import sqlite3

    with sqlite3.connect(args.db) as conn:
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        incidents = conn.execute("SELECT count(DISTINCT incident_id) FROM incident_links").fetchone()[0]
    with serve(args.db) as base:
        for view, total in (("events", events), ("incidents", incidents)):
            first, full, longest = time_page(base, view, total)
            print(f"{view:9} {total:>8,}: first points {first:5.2f} s, all loaded {full:5.2f} s, "
                  f"longest task while zooming and panning {longest:.0f} ms")


if __name__ == "__main__":
    main()
