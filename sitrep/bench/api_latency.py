"""The API at scale: fill a store with N synthetic events (``api_fill``), start a real
``sitrep serve`` over it, and time filtered, paginated requests and ``/api/stats`` from a
client on the same machine (p50/p99 over many requests with varied parameters).

    python -m sitrep.bench.api_latency --events 1000000 --out docs/api-benchmark.md

Stores are kept in --workdir (SQLite file, PostgreSQL database ``sitrep_bench_N``) and reused
when they already hold N events, so a second run only times the requests. Build them first,
on a busy machine if need be, and time on an idle one:

    python -m sitrep.bench.api_latency --events 1000000 --workdir DIR --prepare-only
    python -m sitrep.bench.api_latency --events 1000000 --workdir DIR --out docs/api-benchmark.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from sitrep.bench.api_fill import COUNTRIES, WORDS, copy_store, fill_store, towns
from sitrep.model import SUB_EVENT_TYPES

ADMIN_URL = os.environ.get("SITREP_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")


@dataclass(frozen=True)
class Kind:
    name: str
    url: Callable[[random.Random], str]


def _window(rng: random.Random, days: int) -> tuple[str, str]:
    start = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(2900))
    return start.isoformat(), (start + dt.timedelta(days=days)).isoformat()


def _bbox(rng: random.Random) -> str:
    town = rng.choice(towns())
    return f"{town.lon - 2:.2f},{town.lat - 2:.2f},{town.lon + 2:.2f},{town.lat + 2:.2f}"


KINDS = [
    Kind("events: first page, no filter", lambda r: "/api/events?limit=100"),
    Kind("events: country", lambda r: f"/api/events?limit=100&country={r.choice(list(COUNTRIES))}"),
    Kind("events: country + 90-day window", lambda r: "/api/events?limit=100&country={}&date_from={}&date_to={}".format(
        r.choice(list(COUNTRIES)), *_window(r, 90))),
    Kind("events: sub-event type", lambda r: f"/api/events?limit=100&type={r.choice(SUB_EVENT_TYPES)}"),
    Kind("events: actor", lambda r: f"/api/events?limit=100&actor=Military Forces of {r.choice(list(COUNTRIES.values()))}"),
    Kind("events: bounding box (4x4 degrees)", lambda r: f"/api/events?limit=100&bbox={_bbox(r)}"),
    Kind("events: confidence >= 0.8, news only", lambda r: "/api/events?limit=100&min_confidence=0.8&background=exclude"),
    Kind("events: full-text word + country", lambda r: f"/api/events?limit=100&q={r.choice(WORDS).split()[0]}&country={r.choice(list(COUNTRIES))}"),
    Kind("events: geojson, country", lambda r: f"/api/events?limit=100&format=geojson&country={r.choice(list(COUNTRIES))}"),
    Kind("incidents: country", lambda r: f"/api/incidents?limit=100&country={r.choice(list(COUNTRIES))}"),
    Kind("stats: no filter", lambda r: "/api/stats"),
    Kind("stats: country", lambda r: f"/api/stats?country={r.choice(list(COUNTRIES))}"),
    Kind("stats: one year", lambda r: "/api/stats?date_from={0}-01-01&date_to={0}-12-31".format(r.randrange(2018, 2026))),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_store(backend: str, events: int, workdir: Path, refill: bool,
                  pg_name: str = "sitrep_bench_{events}", jobs: int = 1) -> tuple[str, float | None]:
    """The URL of a store holding ``events`` synthetic events (filled now unless it already
    does; a PostgreSQL store is copied from the SQLite one of the same size when that is
    there), and the fill time in seconds (None when reused)."""
    from sitrep.store import store_from_url

    if backend == "sqlite":
        url = str(workdir / f"bench-{events}.db")
        if refill:
            for suffix in ("", "-wal", "-shm"):
                Path(url + suffix).unlink(missing_ok=True)
    else:
        import psycopg

        name = pg_name.format(events=events)
        with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if exists and refill:
                conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
                exists = None
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
        url = ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    with store_from_url(url) as store:
        have = store._exec("SELECT count(*) FROM events").fetchone()[0]
        if have == events:
            return url, None
        if have:
            raise SystemExit(f"{url}: holds {have} events, not {events}; use --refill")
        started = time.perf_counter()
        source = workdir / f"bench-{events}.db"
        if backend == "postgresql" and source.exists():
            with store_from_url(str(source)) as sqlite:
                if sqlite._exec("SELECT count(*) FROM events").fetchone()[0] == events:
                    copy_store(sqlite, store, progress=lambda done: print(f"  copied {done}", file=sys.stderr))
        if not store._exec("SELECT count(*) FROM events").fetchone()[0]:
            fill_store(store, events, jobs=jobs,
                       progress=lambda n: print(f"  {backend}: {n:,} events", file=sys.stderr, end="\r"))
        if backend == "postgresql":
            store._exec("VACUUM ANALYZE")
        else:
            store._exec("ANALYZE")
        print(file=sys.stderr)
        return url, time.perf_counter() - started


def measure(base: str, samples: int, seed: int, stats_samples: int
            ) -> list[tuple[str, float, float, float, int]]:
    """(kind, p50 ms, p99 ms, mean rows or events, samples) per request kind."""
    out = []
    with httpx.Client(base_url=base, timeout=120) as client:
        for kind in KINDS:
            rng = random.Random(seed)
            times, sizes = [], []
            count = stats_samples if kind.name.startswith("stats") else samples
            for i in range(count + 5):
                url = kind.url(rng)
                started = time.perf_counter()
                response = client.get(url)
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {response.status_code} {response.text[:200]}")
                if i < 5:
                    continue  # warm-up
                times.append(elapsed)
                body = response.json()
                sizes.append(len(body.get("data", body.get("features", []))) if "events" not in body
                             else body["events"])
            times.sort()
            p99 = times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))]
            out.append((kind.name, statistics.median(times), p99, statistics.mean(sizes), count))
        rng = random.Random(seed)
        times = []
        for _ in range(samples // 4):
            country = rng.choice(list(COUNTRIES))
            url, cursor = f"/api/events?limit=100&country={country}", None
            for page in range(10):
                started = time.perf_counter()
                body = client.get(url + (f"&cursor={cursor}" if cursor else "")).json()
                if page >= 5:
                    times.append((time.perf_counter() - started) * 1000)
                cursor = body["next"]
        times.sort()
        out.append(("events: country, pages 6-10 by cursor", statistics.median(times),
                    times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))], 100.0, len(times)))
    return out


def serve(url: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    sitrep = str(Path(sys.executable).with_name("sitrep"))
    process = subprocess.Popen([sitrep, "serve", "--db", url, "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/api/changes?limit=1", timeout=5)
            return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("sitrep serve did not start")


def report(events: int, results: dict[str, list], fills: dict[str, float | None]) -> str:
    lines = [f"## {events:,} synthetic events", "",
             f"Generated by `python -m sitrep.bench.api_latency --events {events}` "
             f"({dt.date.today().isoformat()}; {platform.processor() or platform.machine()}, "
             f"{os.cpu_count()} cores (the load average below says how busy); client and `sitrep serve` on one "
             f"machine, one request at a time, 5 warm-up requests per kind then the number in the "
             f"last column, parameters drawn at random per request; load average at the end "
             f"{os.getloadavg()[0]:.1f}). Pages are 100 events. "
             "Targets (issue 14): p99 < 50 ms for a filtered page, < 500 ms for /api/stats.", ""]
    backends = list(results)
    head = "| request | " + " | ".join(f"{b} p50 ms | {b} p99 ms" for b in backends) + " | rows (mean) |"
    head += " requests |"
    lines += [head, "|" + " --- |" * (3 + 2 * len(backends))]
    for i, (kind, *_rest) in enumerate(results[backends[0]]):
        cells = []
        for b in backends:
            _, p50, p99, _, _ = results[b][i]
            cells += [f"{p50:.1f}", f"{p99:.1f}"]
        size = results[backends[0]][i][3]
        lines.append(f"| {kind} | " + " | ".join(cells) + f" | {size:,.0f} | "
                     f"{results[backends[0]][i][4]} |")
    lines.append("")
    for b in backends:
        fill = fills[b]
        lines.append(f"- {b}: store filled in {fill:.0f} s" if fill is not None
                     else f"- {b}: store reused (filled by an earlier run)")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--stats-samples", type=int, default=50)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "sitrep-bench")
    parser.add_argument("--refill", action="store_true", help="Fill the stores again.")
    parser.add_argument("--pg-name", default="sitrep_bench_{events}",
                        help="Name of the PostgreSQL benchmark database ({events}: the size).")
    parser.add_argument("--out", type=Path, help="Markdown file to write (replaces its section for N).")
    parser.add_argument("--jobs", type=int, default=1, help="Processes generating events for a fill.")
    parser.add_argument("--prepare-only", action="store_true",
                        help="Fill (or find) the stores and stop: time the requests in a later run.")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    results, fills = {}, {}
    for backend in args.backends.split(","):
        url, fills[backend] = prepare_store(backend, args.events, args.workdir,
                                            args.refill, args.pg_name, args.jobs)
        print(f"{backend}: {url} " + ("reused" if fills[backend] is None
                                      else f"filled in {fills[backend]:.0f} s"), file=sys.stderr)
        if args.prepare_only:
            continue
        process, base = serve(url)
        try:
            results[backend] = measure(base, args.samples, args.seed, args.stats_samples)
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=30)
    if args.prepare_only:
        return
    text = report(args.events, results, fills)
    print(text)
    if args.out:
        write_section(args.out, args.events, text)


def write_section(path: Path, events: int, section: str) -> None:
    """Replace (or add) the section of this size in the benchmark page."""
    title = f"## {events:,} synthetic events"
    old = path.read_text("utf-8") if path.exists() else (
        "# API benchmark\n\nLatency of `sitrep serve` over stores of synthetic events. "
        "Regenerate a section with the command it names.\n\n")
    parts = old.split("\n## ")
    head, sections = parts[0], ["## " + p for p in parts[1:]]
    sections = [s for s in sections if not s.startswith(title)] + [section]
    sections.sort(key=lambda s: int(s.split()[1].replace(",", "")))
    path.write_text(head.rstrip("\n") + "\n\n" + "\n".join(s.rstrip("\n") + "\n" for s in sections), "utf-8")


if __name__ == "__main__":
    main()
