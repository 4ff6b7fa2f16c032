"""``--engine dask``: partitions on a Dask cluster (``dask.distributed``).

With a scheduler address the client joins that cluster (workers on other machines, each with
sitrep installed); without one it starts a ``LocalCluster`` of worker processes, one thread
each. Each worker process builds its Extractor on its first partition and keeps it. Progress
travels as Dask events (``log_event`` on the worker, ``subscribe_topic`` on the client). When
a worker dies, the scheduler gives its partition to another worker (the nanny restarts the
dead one); a partition that kills ``allowed-failures`` workers fails its articles. A local
worker's memory is bounded by ``memory_limit``: past it, its nanny restarts it.
"""

from __future__ import annotations

import queue
import time
from typing import Any

from sitrep.batch.engine import WorkerLost
from sitrep.batch.partitions import Partition
from sitrep.batch.work import PartitionResult, run_partition
from sitrep.errors import SitrepError

TOPIC = "sitrep-progress"
# A local worker's memory limit: its nanny restarts a worker grown past 95% of it (its partition
# is redone). A worker holds ~0.5 GB (the model, the gazetteer); this bounds a long run's growth.
WORKER_MEMORY = "2GB"
LOCAL_WORKER_CONFIG = {
    # No pausing or spilling: a worker holds no Dask data to spill, and a paused one would never
    # run again. Past the limit its nanny restarts it (its partition is redone).
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.pause": False,
    # The nanny checks its worker's memory 10 times a second by default; once a second is enough.
    "distributed.worker.memory.monitor-interval": "1s",
    # Dask's sampling profiler (a stack sample every 10 ms) costs CPU the extraction needs.
    "distributed.worker.profile.enabled": False,
    # Dask makes malloc hand memory back to the system past 64 kB; spaCy allocates and frees
    # much, and trimming that often costs CPU (glibc's own adaptive threshold instead).
    "distributed.nanny.pre-spawn-environ": {"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": 1,
                                            "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
}


def dask_task(partition: Partition) -> PartitionResult:
    """Run on a Dask worker: the partition, its progress sent as events to the client."""
    from distributed import get_worker

    worker = get_worker()

    def tell(key: str, done: int, failed: int, lines: list[list[str]]) -> None:
        worker.log_event(TOPIC, {"key": key, "done": done, "failed": failed, "lines": lines})

    return run_partition(partition, tell)


class DaskPool:
    """A Dask client (a ``Pool`` for ``run_partitions``): on ``scheduler`` when given, else on
    a LocalCluster of ``workers`` processes."""

    def __init__(self, *, scheduler: str | None = None, workers: int | None = None,
                 memory_limit: str = WORKER_MEMORY, connect_timeout: float = 30) -> None:
        if scheduler is not None and workers is not None:
            raise ValueError("give a scheduler address or a number of local workers, not both")
        self.scheduler = scheduler
        self.local_workers = workers or 1
        self.memory_limit = memory_limit
        self.connect_timeout = connect_timeout
        self.client: Any = None
        self.cluster: Any = None
        self._heard: queue.SimpleQueue = queue.SimpleQueue()
        self._threads = 1
        self._asked = -1e9

    def __enter__(self) -> DaskPool:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a dependency of sitrep
            raise SitrepError(f"--engine dask needs dask.distributed ({exc}); pip install 'dask[distributed]'") from exc
        if self.scheduler is None:
            import dask

            dask.config.set(LOCAL_WORKER_CONFIG)
            self.cluster = LocalCluster(n_workers=self.local_workers, threads_per_worker=1,
                                        processes=True, dashboard_address=None,
                                        memory_limit=self.memory_limit)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(self.scheduler, timeout=self.connect_timeout)
            except (OSError, TimeoutError) as exc:
                raise SitrepError(f"--scheduler {self.scheduler}: cannot reach the Dask scheduler "
                                  f"({' '.join(str(exc).split())}). Is `dask scheduler` running there?") from exc
        self.client.subscribe_topic(TOPIC, self._heard.put)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    @property
    def workers(self) -> int:
        """Worker threads in the cluster (asked again every few seconds: workers come and go;
        at least one, so the first partitions go out)."""
        if time.monotonic() - self._asked > 5:
            infos = self.client.scheduler_info(n_workers=-1)["workers"].values()
            self._threads = max(1, sum(info.get("nthreads", 1) for info in infos))
            self._asked = time.monotonic()
        return self._threads

    def submit(self, partition: Partition) -> Any:
        return self.client.submit(dask_task, partition, pure=False)

    def wait(self, futures: list[Any], timeout: float) -> list[Any]:
        from distributed import wait

        try:
            done, _ = wait(futures, timeout=timeout, return_when="FIRST_COMPLETED")
        except TimeoutError:
            return []
        return list(done)

    def result(self, future: Any) -> PartitionResult:
        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker as exc:
            raise WorkerLost(f"its Dask workers died ({exc})", final=True) from exc

    def heard(self) -> list[tuple[str, int, int, list[list[str]]]]:
        messages = []
        while True:
            try:
                _, msg = self._heard.get_nowait()
            except queue.Empty:
                return messages
            messages.append((msg["key"], msg["done"], msg["failed"], [list(line) for line in msg["lines"]]))
