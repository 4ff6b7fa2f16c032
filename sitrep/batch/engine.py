"""The loop every engine shares: keep each worker busy with partitions (two in flight per
worker, read lazily), pass on its progress, and redo a partition whose worker died.

An engine supplies a ``Pool``: submit a partition, wait for some to finish, a finished
partition's result (``WorkerLost`` when its worker died), and the progress messages heard.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from sitrep.batch.partitions import Partition
from sitrep.batch.work import PartitionResult

ATTEMPTS = 3  # a partition whose worker dies this many times is given up (its articles fail)
IN_FLIGHT_PER_WORKER = 2
Heard = Callable[[str, int, int, list[list[str]]], None]


class WorkerLost(Exception):
    """The worker running a partition died (killed, out of memory). ``final``: the engine
    itself has retried it already, so it is not tried again."""

    def __init__(self, message: str, *, final: bool = False) -> None:
        super().__init__(message)
        self.final = final


@dataclass(frozen=True, slots=True)
class LostPartition:
    """A partition given up after its workers died ``attempts`` times; ``reason`` says how."""

    partition: Partition
    reason: str


class Pool(Protocol):
    workers: int

    def submit(self, partition: Partition) -> Any: ...

    def wait(self, futures: list[Any], timeout: float) -> list[Any]: ...

    def result(self, future: Any) -> PartitionResult: ...

    def heard(self) -> list[tuple[str, int, int, list[list[str]]]]: ...


def run_partitions(
    pool: Pool, partitions: Iterable[Partition], *, on_progress: Heard | None = None,
    attempts: int = ATTEMPTS,
) -> Iterator[PartitionResult | LostPartition]:
    """Each partition's result as it finishes (in any order); a partition whose worker died is
    submitted again, up to ``attempts`` times in all."""
    upcoming = iter(partitions)
    redo: deque[Partition] = deque()
    pending: dict[Any, Partition] = {}
    tries: Counter[str] = Counter()
    exhausted = False
    while True:
        while len(pending) < max(1, pool.workers) * IN_FLIGHT_PER_WORKER:
            if redo:
                partition = redo.popleft()
            elif not exhausted and (partition := next(upcoming, None)) is not None:
                pass
            else:
                exhausted = not redo
                break
            tries[partition.key] += 1
            pending[pool.submit(partition)] = partition
        if not pending:
            return
        done = pool.wait(list(pending), 0.25)
        for message in pool.heard():
            if on_progress is not None:
                on_progress(*message)
        for future in done:
            partition = pending.pop(future)
            try:
                result = pool.result(future)
            except WorkerLost as exc:
                if exc.final or tries[partition.key] >= attempts:
                    yield LostPartition(partition, f"{exc} ({tries[partition.key]} attempts)")
                else:
                    redo.append(partition)
                continue
            yield result
