"""Linking at scale: ``python -m sitrep.bench.link_scale`` (docs/benchmarks.md, "Incident linking at scale").

1. Links the first ``--events`` synthetic events (``sitrep.bench.synthetic``) in memory
   (``sitrep.incidents.index.LinkIndex``): wall time split into reading, blocking + scoring and
   clustering (the generator's own time left out), and the process's peak RSS.
2. Scores the incidents against the synthetic truth (B-cubed and cross-article pairwise, the
   code of ``sitrep eval-incidents``).
3. Adds the next ``--add`` events incrementally and times it; with ``--verify`` (default) links
   all of them again from scratch and checks that both give the same incidents.
4. The store path (``--store-events``): writes that many events into a scratch SQLite store,
   links them with ``rebuild_incidents``, writes ``--store-add`` more and links them with
   ``update_incidents``; checks the store's incidents are the in-memory linker's.

The results replace the section between the markers in ``--docs``.
"""

from __future__ import annotations

import argparse
from array import array
import datetime as dt
import itertools
import platform
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from sitrep.bench.synthetic import SyntheticEvent, synthetic_articles, synthetic_events
from sitrep.incidents.evaluate import LinkScores, score_labels
from sitrep.incidents.index import AddStats, LinkIndex
from sitrep.model import Event

START, END = "<!-- link_scale:start -->", "<!-- link_scale:end -->"


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class _Source:
    """The next ``n`` events of a synthetic stream for the linker, keeping what scoring needs
    (truth, publication dates) and the time spent generating them."""

    stream: Iterator[SyntheticEvent]
    n: int
    keep_published: bool = False
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    truth: array = field(default_factory=lambda: array("q"))  # happening numbers, compactly
    published: dict[str, str | None] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Event]:
        clock, cpu = time.perf_counter(), time.process_time()
        for item in itertools.islice(self.stream, self.n):
            self.truth.append(int(item.happening.rsplit("h", 1)[1]))  # "s0h00000042" -> 42
            if self.keep_published:
                self.published[item.article.id] = item.article.published
            self.seconds += time.perf_counter() - clock
            self.cpu_seconds += time.process_time() - cpu
            yield item.event
            clock, cpu = time.perf_counter(), time.process_time()
        self.seconds += time.perf_counter() - clock
        self.cpu_seconds += time.process_time() - cpu


def _add(index: LinkIndex, source: _Source) -> tuple[AddStats, float, float]:
    """Add the source's events; (stats, wall seconds, CPU seconds), generation left out."""
    cpu = time.process_time()
    stats = index.add(source)
    cpu = time.process_time() - cpu - source.cpu_seconds
    return stats, _linked_seconds(stats, source.seconds), cpu


@dataclass(frozen=True)
class Result:
    events: int
    added: int
    seed: int
    generate_s: float
    link: AddStats
    link_wall_s: float
    link_cpu_s: float
    peak_mb: float
    scores: LinkScores
    incidents: int
    happenings: int
    add: AddStats
    add_wall_s: float
    add_cpu_s: float
    peak_after_add_mb: float
    verified: bool | None
    store: dict[str, float | int | bool] | None


def _linked_seconds(stats: AddStats, generated: float) -> float:
    return stats.seconds_read - generated + stats.seconds_links + stats.seconds_cluster


def run(events: int, add: int, *, seed: int = 0, verify: bool = True, store_events: int = 0,
        store_add: int = 0, say=print) -> Result:
    """The whole benchmark (see the module docstring)."""
    index = LinkIndex()
    stream = synthetic_events(events + add, seed=seed)
    first = _Source(stream, events)
    stats, wall, cpu = _add(index, first)
    peak = peak_rss_mb()
    say(f"linked {events:,} events in {wall:.1f} s wall, {cpu:.1f} s CPU (read {stats.seconds_read - first.seconds:.1f}, "
        f"links {stats.seconds_links:.1f}, cluster {stats.seconds_cluster:.1f}; generating "
        f"{first.seconds:.1f} s not counted); {stats.links:,} links; peak RSS {peak:.0f} MB")
    scores = score_labels(index.table.article, np.frombuffer(first.truth, np.int64), index.label)
    incidents = len(np.unique(index.label))
    say(f"accuracy: B3 P {scores.bcubed_precision:.3f} R {scores.bcubed_recall:.3f} F1 "
        f"{scores.bcubed_f1:.3f}; pair P {scores.pair_precision:.3f} R {scores.pair_recall:.3f}; "
        f"{incidents:,} incidents for {len(set(first.truth)):,} happenings")
    more = _Source(stream, add)
    added, add_wall, add_cpu = _add(index, more)
    peak_after = peak_rss_mb()
    say(f"added {add:,} events in {add_wall:.2f} s wall, {add_cpu:.2f} s CPU ({added.links:,} new links, "
        f"{added.reclustered:,} events re-clustered); peak RSS {peak_after:.0f} MB")
    verified = None
    if verify:
        again = LinkIndex()
        again.add(_Source(synthetic_events(events + add, seed=seed), events + add))
        verified = bool(np.array_equal(again.label, index.label))
        say(f"incremental == from scratch over {events + add:,} events: {verified}")
    store = _store_path(store_events, store_add, seed, say) if store_events else None
    return Result(events, add, seed, first.seconds, stats, wall, cpu, peak, scores, incidents,
                  len(set(first.truth)), added, add_wall, add_cpu, peak_after, verified, store)


def _store_path(n: int, more: int, seed: int, say) -> dict[str, float | int | bool]:
    """Fill a scratch SQLite store, link it from scratch, add more and link incrementally."""
    from sitrep.incidents.link import _links, rebuild_incidents, update_incidents
    from sitrep.store import store_from_url

    out: dict[str, float | int | bool] = {"events": n, "added": more}
    with tempfile.TemporaryDirectory(prefix="sitrep-link-scale-") as scratch:
        with store_from_url(str(Path(scratch) / "bench.db")) as store:
            articles = synthetic_articles(n + more, seed=seed)
            clock = time.perf_counter()
            written = 0
            held: list = []
            for item in articles:
                if written >= n:
                    held.append(item)
                    continue
                store.write_extraction(item.article, item.events, pipeline_version="synthetic")
                written += len(item.events)
            out["write_s"] = time.perf_counter() - clock
            clock = time.perf_counter()
            rebuilt = rebuild_incidents(store)
            out["rebuild_s"] = time.perf_counter() - clock
            out["pairs"] = rebuilt.pairs
            for item in held:
                store.write_extraction(item.article, item.events, pipeline_version="synthetic")
            clock = time.perf_counter()
            updated = update_incidents(store)
            out["update_s"] = time.perf_counter() - clock
            out["update_events"] = updated.events_linked
            stored = _links(store, events=[r[0] for r in store._exec("SELECT id FROM events").fetchall()])
        index = LinkIndex()
        total = written + sum(len(i.events) for i in held)
        source = _Source(synthetic_events(total, seed=seed), total, keep_published=True)
        index.add(source)
        memory = dict(zip(index.table.ids, index.incident_ids(source.published)))
        out["same_as_memory"] = stored == memory
    say(f"store (SQLite): wrote {n:,} events in {out['write_s']:.1f} s, rebuild_incidents "
        f"{out['rebuild_s']:.1f} s, then {more:,} more linked by update_incidents in "
        f"{out['update_s']:.2f} s; same incidents as in memory: {out['same_as_memory']}")
    return out


def report(result: Result) -> str:
    """The markdown section for docs/benchmarks.md."""
    r, s = result, result.scores
    lines = [
        START,
        "## Incident linking at scale",
        "",
        f"Regenerate: `python -m sitrep.bench.link_scale` (defaults: {r.events:,} events, then "
        f"{r.added:,} more, seed {r.seed}). Measured {dt.date.today().isoformat()} on "
        f"{platform.machine()}, Python {platform.python_version()}, one process (numpy on one core). CPU time is what one uncontended core takes; wall time "
        "on the shared machine it was measured on is longer when other work runs.",
        "",
        "Synthetic events (`sitrep.bench.synthetic`, data in `sitrep/bench/data/hotspots.json`): "
        "happenings around real conflict hotspots over several years with bursts, each told by "
        "1-10 reports whose dates, places, tolls and actors differ as reports do, plus look-alikes.",
        "",
        "| what | figure | target |",
        "| --- | --- | --- |",
        f"| link {r.events:,} events in memory (read, block, score, cluster) | "
        f"{r.link_cpu_s:.0f} s CPU; {r.link_wall_s:.0f} s wall (read {r.link.seconds_read - r.generate_s:.0f}, "
        f"links {r.link.seconds_links:.0f}, cluster {r.link.seconds_cluster:.0f}) | <= 300 s, one core |",
        f"| links (pairs at or above the threshold) | {r.link.links:,} | |",
        f"| peak RSS after linking (generator included) | {r.peak_mb:,.0f} MB | < 2,048 MB |",
        f"| add {r.added:,} events to the linked {r.events:,} | {r.add_cpu_s:.1f} s CPU; "
        f"{r.add_wall_s:.1f} s wall ({r.add.reclustered:,} events re-clustered) | < 30 s |",
        f"| peak RSS after adding | {r.peak_after_add_mb:,.0f} MB | |",
    ]
    if r.verified is not None:
        lines.append(f"| incremental result == linking all {r.events + r.added:,} from scratch | "
                     f"{'yes' if r.verified else 'NO'} | yes |")
    lines += [
        "",
        f"Accuracy on the synthetic truth ({r.happenings:,} happenings, {r.incidents:,} incidents "
        "found), with the scores of `sitrep eval-incidents`:",
        "",
        "| B3 P | B3 R | B3 F1 | pair P | pair R | pair F1 | truth split | truth merged |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        f"| {s.bcubed_precision:.3f} | {s.bcubed_recall:.3f} | {s.bcubed_f1:.3f} | "
        f"{s.pair_precision:.3f} | {s.pair_recall:.3f} | {s.pair_f1:.3f} | "
        f"{s.gold_incidents_split:,} | {s.gold_incidents_merged:,} |",
    ]
    if r.store:
        st = r.store
        lines += [
            "",
            f"Store path (SQLite file, the code of `sitrep ingest` / `sitrep link --db`): "
            f"{st['events']:,} events written in {st['write_s']:.0f} s; `rebuild_incidents` "
            f"{st['rebuild_s']:.1f} s ({st['pairs']:,} links); {st['added']:,} more events linked "
            f"by `update_incidents` in {st['update_s']:.2f} s; the store's incidents are the "
            f"in-memory linker's: {'yes' if st['same_as_memory'] else 'NO'}.",
        ]
    lines.append(END)
    return "\n".join(lines)


def write_docs(path: Path, section: str) -> None:
    """Replace the section between the markers (or append it)."""
    text = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, "utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sitrep.bench.link_scale", description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--add", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-verify", dest="verify", action="store_false",
                        help="skip linking everything again from scratch to compare")
    parser.add_argument("--store-events", type=int, default=30_000, help="0: skip the store path")
    parser.add_argument("--store-add", type=int, default=1_000)
    parser.add_argument("--docs", type=Path, default=Path("docs/benchmarks.md"),
                        help="file whose link_scale section is rewritten ('-': print only)")
    args = parser.parse_args(argv)
    result = run(args.events, args.add, seed=args.seed, verify=args.verify,
                 store_events=args.store_events, store_add=args.store_add)
    section = report(result)
    if str(args.docs) == "-":
        print(section)
    else:
        write_docs(args.docs, section)
        print(f"wrote {args.docs}")


if __name__ == "__main__":
    main()
