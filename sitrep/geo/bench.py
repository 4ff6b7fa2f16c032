"""Speed and size of the gazetteer index (``sitrep gazetteer bench``): the figures docs/geo.md
quotes, measured rather than asserted in tests.

Town names are drawn at random (fixed seed) from the index itself, so no corpus is needed. Each
timing runs on a fresh :class:`~sitrep.geo.gazetteer.Gazetteer` so that its in-process caches
start cold; the warm figure repeats the same names on the now-filled caches.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class BenchResult:
    index_path: str
    index_mb: float
    build_seconds: float | None  # a fresh build into a temporary directory, when asked for
    names: int
    exact_cold_us: float  # median microseconds per Gazetteer.lookup, caches cold
    exact_warm_us: float  # ... the same names again
    is_known_cold_us: float
    resolve_cold_ms: float  # mean milliseconds per resolve_place with the town's country as context
    resolve_abroad_ms: float  # ... with another town's country as context (the fuzzy fallback runs)

    def report(self) -> str:
        build = f"{self.build_seconds:.1f} s" if self.build_seconds is not None else "not timed (--build)"
        return "\n".join([
            f"index: {self.index_path} ({self.index_mb:.0f} MB), fresh build: {build}",
            f"{self.names} random names from the index:",
            f"  lookup, cold cache    {self.exact_cold_us:8.1f} µs (median)",
            f"  lookup, warm cache    {self.exact_warm_us:8.1f} µs (median)",
            f"  is_known, cold cache  {self.is_known_cold_us:8.1f} µs (median)",
            f"  resolve_place, cold, the town's country as context:   {self.resolve_cold_ms:6.2f} ms (mean)",
            f"  resolve_place, cold, another country as context:     {self.resolve_abroad_ms:6.2f} ms (mean;"
            " transliteration and fuzzy matching inside it)",
        ])


def _sample(path: Path, n: int, seed: int) -> list[tuple[str, str | None]]:
    """``n`` (display name, country) pairs of towns, drawn with a fixed seed."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT name, country FROM places WHERE kind = 'city' ORDER BY rid").fetchall()
    finally:
        con.close()
    return random.Random(seed).sample(rows, min(n, len(rows)))


def _median_us(fn, items) -> float:
    times = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e6


def run_bench(n: int = 2000, *, seed: int = 0, build: bool = False) -> BenchResult:
    """Measure the default index (built first if missing); ``build`` also times a fresh build."""
    from sitrep.geo.gazetteer import Gazetteer, build_gazetteer, default_path

    build_seconds = None
    if build:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            build_gazetteer(Path(tmp) / "bench.sqlite")
            build_seconds = time.perf_counter() - started
    path = build_gazetteer(default_path())
    sample = _sample(path, n, seed)
    names = [name for name, _ in sample]

    cold = Gazetteer(path)
    exact_cold = _median_us(cold.lookup, names)
    exact_warm = _median_us(cold.lookup, names)
    cold.close()
    known = Gazetteer(path)
    is_known_cold = _median_us(known.is_known, names)
    known.close()
    at_home = _resolve_ms(path, sample)
    others = [c for _, c in sample[1:]] + [sample[0][1]] if sample else []
    abroad = _resolve_ms(path, [(name, other) for (name, _), other in zip(sample, others, strict=True)])
    return BenchResult(str(path), Path(path).stat().st_size / 1e6, build_seconds, len(sample),
                       exact_cold, exact_warm, is_known_cold, at_home, abroad)


def _resolve_ms(path: Path, pairs: list[tuple[str, str | None]]) -> float:
    """Mean milliseconds of resolve_place over (name, context country) pairs, on a fresh
    gazetteer (its lookups and the resolver's memo start empty)."""
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.geo.resolver import resolve_place

    gazetteer = Gazetteer(path)
    started = time.perf_counter()
    for name, country in pairs:
        resolve_place(name, context_countries=(country,) if country else (), gazetteer=gazetteer)
    elapsed = time.perf_counter() - started
    gazetteer.close()
    return elapsed * 1e3 / max(1, len(pairs))


__all__ = ["BenchResult", "run_bench"]
