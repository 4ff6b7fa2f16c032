"""A worker killed between two reads of results breaks the pool before the client hears of it:
the next partition handed out must go to a fresh pool, not fail the run (real processes)."""

from __future__ import annotations

import os
import signal
import time

from sitrep.batch.partitions import Partition
from sitrep.batch.processes import ProcessPool


def test_a_partition_handed_out_after_a_worker_died_goes_to_a_fresh_pool():
    with ProcessPool(1, recycle_after=None) as pool:
        first = pool.submit(Partition(key="p0", articles=()))
        first.result(timeout=120)  # the worker is up
        broken = first.sitrep_executor
        (pid,) = list(broken._processes)  # the one worker
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while not broken._broken and time.monotonic() < deadline:
            time.sleep(0.05)
        assert broken._broken, "the pool did not notice its worker die"
        second = pool.submit(Partition(key="p1", articles=()))
        assert second.sitrep_executor is not broken
        assert pool.restarts == 1
        assert pool.result(second).key == "p1"
