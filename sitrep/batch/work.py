"""What a worker process runs: one partition at a time, with the Extractor and the store
connection it built on its first partition (kept per thread: a worker thread owns both).

PostgreSQL partitions are written by the worker, each article in one transaction through the
store protocol (``store_results``), so a worker killed mid-partition leaves whole articles and
its partition, redone elsewhere, rewrites them unchanged. Otherwise the worker sends back each
article's events (or its error) for the client, the one writer, to store.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sitrep.batch.partitions import Partition
from sitrep.events.extractor import Extractor
from sitrep.model import Article, Event
from sitrep.store.runs import CarriedError, Outcome, extract_safely, failure_message, store_results

# progress(key, done, failed, lines): articles of the partition done so far, how many of them
# failed, and [article id, failure line] of the failures since the last call.
Progress = Callable[[str, int, int, list[list[str]]], None]
REPORT_EVERY = 0.5  # seconds between progress messages of one worker

_owned = threading.local()
_built = 0  # Extractors this process has built (one per worker thread, kept for its life)


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """A partition's outcome. ``outcomes``: what the worker stored (one per article, warnings
    too), when it wrote; ``results``: each article's events or error, for the client to
    store, when it did not. ``pid``, ``rss_mb`` and ``peak_mb`` tell the worker's memory after
    the partition; ``seconds`` and ``cpu_seconds`` the wall-clock and CPU time it took."""

    key: str
    outcomes: tuple[Outcome, ...] = ()
    results: tuple[tuple[Article, list[Event] | Exception], ...] = ()
    pid: int = 0
    rss_mb: float = 0.0
    peak_mb: float = 0.0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    extractors_built: int = 0


def worker_extractor() -> Extractor:
    """This thread's Extractor, built and warmed up on first use, then reused."""
    global _built
    extractor = getattr(_owned, "extractor", None)
    if extractor is None:
        _built += 1
        extractor = Extractor()
        extractor.warm_up()
        _owned.extractor = extractor
    return extractor


def _worker_store(url: str):
    from sitrep.store import store_from_url

    stores = _owned.__dict__.setdefault("stores", {})
    if url not in stores:
        stores[url] = store_from_url(url).open()
    return stores[url]


def _drop_store(url: str) -> None:
    store = _owned.__dict__.get("stores", {}).pop(url, None)
    if store is not None:
        try:
            store.close()
        except Exception:  # the connection is broken already; a new one is made next time
            pass


def rss_mb() -> tuple[float, float]:
    """This process's resident memory now and at its peak, in MB (Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        with open("/proc/self/statm") as statm:
            now = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        now = peak
    return now, peak


def run_partition(partition: Partition, progress: Progress | None = None) -> PartitionResult:
    """Extract (and, with a ``store_url``, store) every article of ``partition``. A failing
    article is recorded as failed and the partition goes on; a store that is gone raises."""
    started = (time.perf_counter(), time.process_time())
    extractor = worker_extractor()
    done = failed = 0
    lines: list[list[str]] = []
    last = time.monotonic()

    def count(failure: list[str] | None = None) -> None:
        nonlocal done, failed, last
        done += 1
        if failure is not None:
            failed += 1
            lines.append(failure)
        if progress is not None and (time.monotonic() - last >= REPORT_EVERY or done == len(partition.articles)):
            progress(partition.key, done, failed, lines[:])
            lines.clear()
            last = time.monotonic()

    pairs = extract_safely(partition.articles, extractor.extract_many)
    if partition.store_url is None:
        results = []
        for article, result in pairs:
            if isinstance(result, Exception):
                result = CarriedError.of(result)
                count([article.id, failure_message(article, result)])
            else:
                count()
            results.append((article, result))
        return _result(partition, started, results=tuple(results))
    outcomes: list[Outcome] = []

    def heard(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if outcome.kind != "warning":
            count([outcome.article_id or "", outcome.message] if outcome.kind == "failed" else None)

    try:
        store = _worker_store(partition.store_url)
        store_results(store, pairs, report=heard, pipeline_version=partition.pipeline_version)
    except Exception:
        _drop_store(partition.store_url)
        raise
    return _result(partition, started, outcomes=tuple(outcomes))


def _result(partition: Partition, started: tuple[float, float], **found) -> PartitionResult:
    now, peak = rss_mb()
    return PartitionResult(partition.key, pid=os.getpid(), rss_mb=now, peak_mb=peak,
                           seconds=time.perf_counter() - started[0],
                           cpu_seconds=time.process_time() - started[1], extractors_built=_built,
                           **found)
