"""Batch: the same per-article extraction on many worker processes.

    from sitrep.batch import ingest_parallel, ProcessPool, DaskPool

- ``partitions``: articles cut into partitions (minutes of work each);
- ``work``: what a worker runs (its own Extractor and store connection, built once);
- ``engine``: the loop every engine shares (partitions in flight, progress, redoing a
  partition whose worker died);
- ``processes``: ``--jobs N`` on local processes (``concurrent.futures``);
- ``dask_pool``: ``--engine dask`` on a Dask cluster, local or remote;
- ``run``: ``ingest_parallel``, the client: reading, skipping what is stored, writing (SQLite)
  or letting workers write (PostgreSQL).
"""

from sitrep.batch.dask_pool import DaskPool
from sitrep.batch.engine import LostPartition, WorkerLost, run_partitions
from sitrep.batch.partitions import PARTITION_SIZE, Partition, make_partitions
from sitrep.batch.processes import ProcessPool
from sitrep.batch.run import Tally, WorkerMemory, ingest_parallel
from sitrep.batch.work import PartitionResult, run_partition

__all__ = [
    "PARTITION_SIZE",
    "DaskPool",
    "LostPartition",
    "Partition",
    "PartitionResult",
    "ProcessPool",
    "Tally",
    "WorkerLost",
    "WorkerMemory",
    "ingest_parallel",
    "make_partitions",
    "run_partition",
    "run_partitions",
]
