"""``ingest_parallel`` on real worker processes (a ``concurrent.futures`` pool and a Dask
LocalCluster, two workers each) and on both stores: the store ends exactly as one process
leaves it — articles, events, ids, failures, incidents — a rerun finds everything unchanged,
and each worker builds its Extractor once."""

from __future__ import annotations

import dataclasses

import pytest
from store.dispatches import dispatches

from sitrep.batch import DaskPool, LostPartition, PartitionResult, ProcessPool, WorkerLost, ingest_parallel
from sitrep.batch.engine import run_partitions
from sitrep.batch.partitions import make_partitions
from sitrep.incidents import update_incidents
from sitrep.ingest import IngestFailure
from sitrep.model import Article
from sitrep.store import store_from_url
from sitrep.store.runs import ingest_articles

pytestmark = pytest.mark.model


def items() -> list:
    """24 dispatches, two unreadable inputs, a note, and an article whose publication date is no
    date (its extraction fails inside the worker)."""
    found: list = [Article(id=r["id"], text=r["text"], published=r["published"], title=r["title"],
                           source="dispatches.jsonl") for r in dispatches(24, seed=3)]
    found.insert(5, IngestFailure("feed.jsonl", "line 2 is not JSON: Expecting value", 2))
    found.insert(9, IngestFailure("old.txt", "not UTF-8; decoded as windows-1252", warning=True))
    found.insert(17, IngestFailure("gone.html", "no such file or directory"))
    found.insert(12, dataclasses.replace(found[3], id="bad-date", published="the day after"))
    return found


@pytest.fixture(scope="module")
def clean(tmp_path_factory, nlp):
    """What one process stores (and links) from ``items()``, and its run's counts."""
    with store_from_url(tmp_path_factory.mktemp("one") / "one.db") as store:
        stats = ingest_articles(store, items())
        update_incidents(store, [a.id for a in items() if isinstance(a, Article)])
        return store.snapshot(), stats


@pytest.fixture(scope="module", params=["processes", "dask"])
def pool(request):
    """Two worker processes, kept for the module: each loads the model once."""
    with (ProcessPool(2) if request.param == "processes" else DaskPool(workers=2)) as opened:
        yield opened


def test_workers_store_what_one_process_stores(pool, store_url, clean):
    expected, expected_stats = clean
    heard, counts = [], []
    with store_from_url(store_url) as store:
        stats = ingest_parallel(store, items(), pool, report=heard.append,
                                count=lambda d, f: counts.append((d, f)), partition_size=5)
        update_incidents(store, [o.article_id for o in heard if o.kind == "stored"])
        assert store.snapshot() == expected
        assert stats == expected_stats
        assert (stats.stored, stats.failed, stats.warnings) == (24, 3, 1)
        failed = [o.message for o in heard if o.kind == "failed" and o.article_id]
        assert len(failed) == 1 and "bad-date" in failed[0] and "PublishedDateError" in failed[0]
        assert counts[-1] == (27, 3)  # every input done, across the workers
        again = ingest_parallel(store, items(), pool, partition_size=5)
        assert (again.stored, again.unchanged, again.failed) == (0, 24, 3)  # bad-date tried again
        assert store.snapshot() == expected


def test_a_late_message_of_an_earlier_run_is_not_counted(tmp_path):
    """A worker's last progress message can reach the queue after its run has ended; the next
    run on the same pool reads it first and must not count it as its own."""
    articles = [a for a in items() if isinstance(a, Article)][:4]
    counts: list[tuple[int, int]] = []
    with ProcessPool(1) as pool, store_from_url(tmp_path / "late.db") as store:
        pool._start()
        pool._queue.put(("p000001-from-an-earlier-run", 1, 1, [["x", "x: failed in an earlier run"]]))
        heard: list = []
        stats = ingest_parallel(store, articles, pool, report=heard.append,
                                count=lambda d, f: counts.append((d, f)), partition_size=2)
    assert (stats.stored, stats.failed) == (4, 0)
    assert counts[-1] == (4, 0) and all(f == 0 for _, f in counts)
    assert not [o for o in heard if o.kind == "failed"]


def test_each_worker_builds_its_extractor_once(pool, tmp_path):
    results: list[PartitionResult] = []
    articles = [a for a in items() if isinstance(a, Article)]
    for result in run_partitions(pool, make_partitions(articles, size=3, workers=2)):
        results.append(result)
    assert sum(len(r.results) for r in results) == len(articles) and len(results) == 9
    assert len({r.pid for r in results}) <= 2
    assert {r.extractors_built for r in results} == {1}


def test_a_worker_is_replaced_after_recycle_after_partitions():
    articles = [a for a in items() if isinstance(a, Article)][:4]
    with ProcessPool(1, recycle_after=1) as pool:
        results = list(run_partitions(pool, make_partitions(articles, size=2, workers=1)))
    assert sum(len(r.results) for r in results) == 4
    assert len({r.pid for r in results}) == 2 and {r.extractors_built for r in results} == {1}


class DyingPool:
    """A stand-in for an engine whose worker dies on every partition whose key ends with one of
    ``doomed`` (the real deaths are the kill -9 tests in tests/cli/test_cli_ingest_workers.py): what
    ``run_partitions`` does with the loss is under test here."""

    workers = 2

    def __init__(self, doomed: set[str]) -> None:
        self.doomed = doomed
        self.submitted: list[str] = []

    def submit(self, partition):
        self.submitted.append(partition.key)
        return partition

    def wait(self, futures, timeout):
        return futures[:1]

    def result(self, partition):
        if partition.key.endswith(tuple(self.doomed)):
            raise WorkerLost("a worker process died")
        return PartitionResult(partition.key)

    def heard(self):
        return []


def test_a_partition_whose_worker_keeps_dying_is_given_up_after_three_attempts():
    articles = [Article(id=f"a{i}", text="x") for i in range(6)]
    parts = list(make_partitions(articles, size=2, workers=1))
    pool = DyingPool({parts[1].key})
    out = list(run_partitions(pool, parts))
    lost = [r for r in out if isinstance(r, LostPartition)]
    assert [r.key for r in out if isinstance(r, PartitionResult)] == [parts[0].key, parts[2].key]
    assert [r.partition.key for r in lost] == [parts[1].key] and "3 attempts" in lost[0].reason
    assert pool.submitted.count(parts[1].key) == 3


def test_lost_articles_are_recorded_as_failed_and_the_batch_goes_on(tmp_path):
    articles = [Article(id=f"a{i}", text="Gunmen attacked a village.", published="2024-01-02")
                for i in range(4)]
    with store_from_url(tmp_path / "lost.db") as store:
        first = next(make_partitions(articles, size=2, workers=1)).key
        stats = ingest_parallel(store, articles, DyingPool({first}), partition_size=2)
        assert (stats.failed, stats.stored) == (2, 0)  # the stand-in stores nothing it is sent
        assert store.article_state("a0").error.startswith("article a0: extraction failed: _Lost: worker lost:")
