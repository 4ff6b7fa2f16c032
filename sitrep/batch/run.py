"""``ingest_parallel``: ``ingest_articles`` with extraction spread over worker processes.

The client reads the inputs, records unreadable ones, skips articles stored unchanged (so a
rerun after a crash does only what is missing) and cuts the rest into partitions. Workers
extract them; on PostgreSQL they also write them, each article in one transaction; on SQLite
they send the events back and the client, the one writer, stores them. The store then holds
what ``ingest_articles`` in one process gives: the same articles, events, ids and failures.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sitrep.batch.engine import LostPartition, Pool, run_partitions
from sitrep.batch.partitions import PARTITION_SIZE, make_partitions
from sitrep.batch.work import PartitionResult
from sitrep.ingest.inputs import IngestFailure
from sitrep.model import Article
from sitrep.settings import PIPELINE_VERSION
from sitrep.store.base import Store
from sitrep.store.postgres import PostgresStore
from sitrep.store.runs import Outcome, Report, RunStats, fresh_articles, store_results

# count(done, failed): articles done so far (stored, unchanged or failed) across the client and
# every worker, and how many failed; called whenever it changes.
Count = Callable[[int, int], None]


@dataclass
class Tally:
    """Articles done and failed so far: the outcomes told, plus, for each partition still
    running, the latest count its worker sent (a redone partition starts its count again)."""

    done: int = 0
    failed: int = 0
    running: dict[str, tuple[int, int]] = field(default_factory=dict)
    finished: set[str] = field(default_factory=set)

    def heard(self, key: str, done: int, failed: int) -> None:
        if key not in self.finished:
            self.running[key] = (done, failed)

    def finishing(self, key: str) -> None:
        """The partition's outcomes are told from now on: no more messages of it count."""
        self.finished.add(key)

    def told(self, key: str, outcome: Outcome) -> None:
        """One of the partition's outcomes was told: it moves from the running count to the
        done one (so the total never steps back while the client stores a partition)."""
        if outcome.kind != "warning" and key in self.running:
            done, failed = self.running[key]
            self.running[key] = (max(done - 1, 0), max(failed - (outcome.kind == "failed"), 0))

    def finish(self, key: str) -> None:
        self.finished.add(key)
        self.running.pop(key, None)

    def totals(self) -> tuple[int, int]:
        return (self.done + sum(d for d, _ in self.running.values()),
                self.failed + sum(f for _, f in self.running.values()))


@dataclass
class WorkerMemory:
    """Resident memory each worker process reported after each of its partitions (MB), and
    the CPU time the partitions took."""

    rss: dict[int, list[float]] = field(default_factory=dict)
    peak: dict[int, float] = field(default_factory=dict)
    cpu_seconds: float = 0.0  # CPU time the workers spent on partitions (model loading included)

    def add(self, result: PartitionResult) -> None:
        self.rss.setdefault(result.pid, []).append(result.rss_mb)
        self.peak[result.pid] = max(self.peak.get(result.pid, 0.0), result.peak_mb)
        self.cpu_seconds += result.cpu_seconds


def ingest_parallel(
    store: Store,
    items: Iterable[Article | IngestFailure],
    pool: Pool,
    *,
    report: Report | None = None,
    count: Count | None = None,
    partition_size: int = PARTITION_SIZE,
    pipeline_version: str = PIPELINE_VERSION,
    memory: WorkerMemory | None = None,
) -> RunStats:
    """Store what ``items`` hold, extracted by ``pool``'s workers. ``report`` hears each
    input's outcome (a failure as soon as its worker sends it), ``count`` the running totals."""
    stats = RunStats()
    tally = Tally()
    reported: set[str] = set()  # failure lines told already from a worker's progress
    run = f"{uuid.uuid4().hex[:8]}:"  # the pool's queue may still hold an earlier run's messages

    def recount() -> None:
        if count is not None:
            count(*tally.totals())

    def tell(outcome: Outcome) -> None:
        stats.add(outcome)
        if outcome.kind != "warning":
            tally.done += 1
            tally.failed += outcome.kind == "failed"
            recount()
        if report is not None and not (outcome.kind == "failed" and outcome.message in reported):
            report(outcome)

    def heard(key: str, done: int, failed: int, lines: list[list[str]]) -> None:
        if key in tally.finished or not key.startswith(run):  # late: told already, or another run's
            return
        tally.heard(key, done, failed)
        for article_id, line in lines:
            if line not in reported and report is not None:
                reported.add(line)
                report(Outcome("failed", key, line, article_id or None))
        recount()

    writer = None if isinstance(store, PostgresStore) else store
    fresh = fresh_articles(store, items, report=tell, pipeline_version=pipeline_version)
    partitions = make_partitions(fresh, size=partition_size, workers=pool.workers,
                                 store_url=None if writer is not None else store.url,
                                 pipeline_version=pipeline_version, run=run)
    for result in run_partitions(pool, partitions, on_progress=heard):
        key = result.partition.key if isinstance(result, LostPartition) else result.key
        tally.finishing(key)

        def settle(outcome: Outcome, key: str = key) -> None:
            tally.told(key, outcome)
            tell(outcome)

        if isinstance(result, LostPartition):
            reason = f"worker lost: {result.reason}"
            store_results(store, [(a, _Lost(reason)) for a in result.partition.articles],
                          report=settle, pipeline_version=pipeline_version)
        elif writer is not None:
            store_results(writer, result.results, report=settle, pipeline_version=pipeline_version)
        else:
            for outcome in result.outcomes:
                settle(outcome)
        tally.finish(key)
        if memory is not None and isinstance(result, PartitionResult):
            memory.add(result)
    return stats


class _Lost(RuntimeError):
    """The articles of a partition given up because its workers kept dying."""


__all__ = ["Tally", "WorkerMemory", "ingest_parallel"]
