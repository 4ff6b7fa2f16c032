"""Processes that want the same gazetteer index at once build it once: a later one waits on the
lock file and then finds the index the first one built."""
from __future__ import annotations

import fcntl
import subprocess
import sys
import time

BUILD = "import sys; from sitrep.geo.gazetteer import build_gazetteer; build_gazetteer(sys.argv[1])"


def test_a_waiting_builder_finds_the_index_built_meanwhile(tmp_path) -> None:
    target = tmp_path / "gazetteer-test.sqlite"
    with open(tmp_path / "gazetteer-test.sqlite.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # this test plays the first builder
        waiting = subprocess.Popen([sys.executable, "-c", BUILD, str(target)])
        time.sleep(1.5)
        assert waiting.poll() is None, "the second builder did not wait for the lock"
        assert not list(tmp_path.glob("*.tmp")), "the second builder started building anyway"
        target.write_bytes(b"built by the first builder")
        fcntl.flock(lock, fcntl.LOCK_UN)
    assert waiting.wait(timeout=60) == 0
    assert target.read_bytes() == b"built by the first builder"


def test_pruning_an_index_removes_its_lock_file(tmp_path) -> None:
    from sitrep.geo.gazetteer import prune_old_indexes

    for i in range(3):
        (tmp_path / f"gazetteer-v3-{i}.sqlite").write_bytes(b"x")
        (tmp_path / f"gazetteer-v3-{i}.sqlite.lock").write_bytes(b"")
        time.sleep(0.02)
    prune_old_indexes(tmp_path, keep=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gazetteer-v3-2.sqlite", "gazetteer-v3-2.sqlite.lock"]
