"""``--jobs N``: partitions on N local worker processes (``concurrent.futures``), no Dask.

Workers are started fresh (spawn), build their Extractor on their first partition and die
with the client (Linux: a parent-death signal). A worker killed mid-partition breaks the
whole pool in ``concurrent.futures``: the pool is started again and every partition in
flight is redone (each article is written in one transaction, idempotently, so a redone
article is rewritten unchanged). ``recycle_after`` replaces a worker after that many
partitions, bounding the memory a long run can gather.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import queue
import signal
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from sitrep.batch.engine import WorkerLost
from sitrep.batch.partitions import Partition
from sitrep.batch.work import PartitionResult, run_partition

# Partitions a worker process runs before it is replaced by a fresh one (its model loaded
# again, ~5 s): at the default partition size, every 20,000 articles, which bounds what a long
# run's worker can gather (spaCy's string store grows with every new word it reads).
RECYCLE_AFTER = 20

_progress_queue: Any = None


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent dies (Linux; elsewhere nothing), so a
    killed client leaves no worker writing behind it."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _start_worker(progress_queue: Any) -> None:
    global _progress_queue
    die_with_parent()
    _progress_queue = progress_queue


def _tell(key: str, done: int, failed: int, lines: list[list[str]]) -> None:
    _progress_queue.put((key, done, failed, lines))


def process_task(partition: Partition) -> PartitionResult:
    return run_partition(partition, _tell)


class ProcessPool:
    """A pool of ``jobs`` local worker processes (a ``Pool`` for ``run_partitions``)."""

    def __init__(self, jobs: int, *, recycle_after: int | None = RECYCLE_AFTER) -> None:
        if jobs < 1:
            raise ValueError(f"jobs={jobs} must be >= 1")
        self.workers = jobs
        self.recycle_after = recycle_after
        self._executor: ProcessPoolExecutor | None = None
        self._queue: Any = None
        self.restarts = 0

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            context = multiprocessing.get_context("spawn")
            self._queue = context.Queue()  # a new one each start: a killed worker may hold the old one's lock
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_start_worker,
                initargs=(self._queue,), max_tasks_per_child=self.recycle_after)
        return self._executor

    def submit(self, partition: Partition) -> Future:
        executor = self._start()
        try:
            future = executor.submit(process_task, partition)
        except BrokenProcessPool:
            # a worker died since the last result was read: its partitions fail as WorkerLost
            # when read (their executor is no longer this one); this one goes to a fresh pool
            self._discard()
            executor = self._start()
            future = executor.submit(process_task, partition)
        future.sitrep_executor = executor  # type: ignore[attr-defined]
        return future

    def wait(self, futures: list[Future], timeout: float) -> list[Future]:
        done, _ = wait(futures, timeout=timeout, return_when=FIRST_COMPLETED)
        return list(done)

    def result(self, future: Future) -> PartitionResult:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            if future.sitrep_executor is self._executor:  # type: ignore[attr-defined]
                self._discard()  # (the futures of a pool discarded already fail the same way)
            raise WorkerLost("a worker process died (killed or out of memory)") from exc

    def heard(self) -> list[tuple[str, int, int, list[list[str]]]]:
        messages = []
        while self._queue is not None:
            try:
                messages.append(self._queue.get_nowait())
            except (queue.Empty, OSError, ValueError, EOFError):
                break
        return messages

    def _discard(self) -> None:
        if self._executor is not None:
            self.restarts += 1
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> ProcessPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
