"""How fast the page shows a large store: fills an SQLite store with N synthetic events (one
article each, spread over 60 places in 12 countries and five years) and links them into
incidents, serves it with ``sitrep serve``, and times Debian's Chromium opening the page:
first points drawn, and every item loaded, in the events and the incidents view.

    python -m tests.browser.bench_page --events 100000 [--db /tmp/page-bench.db]

The store is kept (``--db``) so a second run skips the fill. Synthetic data, made here.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

from .harness import launch_chromium, serve

COUNTRIES = {  # a rough box per country, enough to spread points
    "SY": (32.5, 36.0, 37.0, 42.0), "YE": (13.0, 43.0, 17.5, 52.0), "ML": (12.0, -11.0, 20.0, 4.0),
    "NG": (5.0, 3.0, 13.0, 14.0), "SO": (-1.0, 41.0, 11.0, 50.0), "SD": (10.0, 24.0, 20.0, 36.0),
    "UA": (45.0, 23.0, 52.0, 40.0), "MM": (16.0, 93.0, 26.0, 99.0), "CD": (-10.0, 15.0, 4.0, 30.0),
    "AF": (30.0, 61.0, 37.0, 71.0), "BF": (10.0, -5.0, 15.0, 2.0), "IQ": (30.0, 39.0, 37.0, 47.0),
}
SUBTYPES = [("battles", "armed_clash"), ("explosions_remote_violence", "air_drone_strike"),
            ("explosions_remote_violence", "shelling_artillery_missile_attack"),
            ("violence_against_civilians", "attack"), ("protests", "peaceful_protest"),
            ("riots", "mob_violence"), ("strategic_developments", "arrests")]


def fill(db: Path, n: int, seed: int = 14) -> None:
    from datetime import date, timedelta

    from sitrep.incidents import update_incidents
    from sitrep.model import Actor, Article, Event, Evidence, Fatalities, Place
    from sitrep.store import store_from_url

    rng = random.Random(seed)
    places = []
    for country, (s, w, north, e) in COUNTRIES.items():
        for k in range(5):
            places.append(Place(f"Town {country}{k}", f"Town {country}{k}", f"Province {country}{k % 3}",
                                country, round(rng.uniform(s, north), 4), round(rng.uniform(w, e), 4)))
    start = date(2020, 1, 1)
    with store_from_url(str(db)) as store, store.transaction():
        for i in range(n):
            event_type, sub = rng.choice(SUBTYPES)
            place = rng.choice(places)
            day = start + timedelta(days=rng.randrange(5 * 365))
            text = f"Report {i}: {sub.replace('_', ' ')} in {place.name} on {day.isoformat()}."
            article = Article(id=f"a{i:07d}", text=text, published=day.isoformat(), source="bench",
                              url=f"https://bench{i % 40}.example/{i}")
            killed = rng.choice([None, 0, 1, 2, 3, 5, 8, 13, 40])
            event = Event(id=f"e{i:07d}", article_id=article.id, event_type=event_type, sub_event_type=sub,
                          date=day.isoformat(), date_precision="day", location=place,
                          actor1=Actor(f"Group {i % 97}", "rebel_group"), fatalities=Fatalities(killed),
                          confidence=round(rng.uniform(0.3, 0.95), 3),
                          evidence=(Evidence(0, len(text), text),))
            store.write_extraction(article, [event])
    t = time.perf_counter()
    with store_from_url(str(db)) as store:
        stats = update_incidents(store)
    print(f"linked in {time.perf_counter() - t:.1f} s: {stats}")


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
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/page-bench.db"))
    args = parser.parse_args()
    if not args.db.exists():
        t = time.perf_counter()
        fill(args.db, args.events)
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
