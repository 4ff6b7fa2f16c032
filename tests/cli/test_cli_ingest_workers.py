"""`sitrep ingest --jobs 2` and `--engine dask --workers 2` as real processes on PostgreSQL:
a worker killed with SIGKILL mid-run loses nothing (its partition is redone, nothing is stored
twice); a client killed with SIGKILL takes its workers with it and a rerun does only what is
missing; either way the store ends as one uninterrupted single-process run leaves it. Also:
the progress bar across workers, and the usage errors of the new options.

Set SITREP_KILL_SEED to replay a run's kill points (each failure message prints its seed).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest
from store.dispatches import write_dispatches

from sitrep.store import store_from_url

from .clitools import SITREP_BIN, check_rerun, events_by_article, read_pty, run_cli, stored_articles

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not SITREP_BIN.exists(), reason=f"{SITREP_BIN} not installed"),
]

N_ARTICLES = 160  # with partitions of 20: eight per run, a kill lands mid-partition
ENGINES = {"jobs": ["--jobs", "2"], "dask": ["--engine", "dask", "--workers", "2"]}


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    return write_dispatches(tmp_path_factory.mktemp("workers") / "dispatches.jsonl", N_ARTICLES,
                            seed=21, bad_lines=True)


@pytest.fixture(scope="module")
def clean(batch, tmp_path_factory, nlp) -> dict[str, list[tuple]]:
    """The snapshot of one uninterrupted single-process run."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    run = run_cli("ingest", batch, "--db", db)
    assert run.exit_code == 0 and f"{N_ARTICLES} articles ingested" in run.stderr, run
    with store_from_url(db) as store:
        return store.snapshot()


def _start(batch: Path, url: str, engine: str, log: Path) -> subprocess.Popen:
    with log.open("ab") as err:
        return subprocess.Popen([str(SITREP_BIN), "ingest", str(batch), "--db", url, "--quiet",
                                 "--partition-size", "20", *ENGINES[engine]],
                                stdout=subprocess.DEVNULL, stderr=err)


def _workers(proc: subprocess.Popen) -> list[psutil.Process]:
    """The worker processes of a running `sitrep ingest` (multiprocessing's spawned children)."""
    found = []
    for child in psutil.Process(proc.pid).children(recursive=True):
        try:
            if any("spawn_main" in part for part in child.cmdline()):
                found.append(child)
        except psutil.NoSuchProcess:
            pass
    return found


def _wait_for(url: str, proc: subprocess.Popen, target: int) -> int:
    deadline = time.monotonic() + 300
    while proc.poll() is None and stored_articles(url) < target and time.monotonic() < deadline:
        time.sleep(0.02)
    return stored_articles(url)


def _check_partial(url: str, clean: dict, seed: int) -> int:
    """Every article stored so far holds exactly the clean run's events; how many there are."""
    with store_from_url(url) as store:
        partial = store.snapshot()
    stored = {row[0] for row in partial["articles"]}
    assert stored <= {row[0] for row in clean["articles"]}, seed
    assert events_by_article(partial) == {
        a: e for a, e in events_by_article(clean).items() if a in stored}, seed
    return len(stored)


@pytest.mark.postgres
@pytest.mark.parametrize("engine", ENGINES)
def test_kill_9_of_a_worker_loses_nothing(engine, batch, clean, postgres_url, tmp_path):
    seed = int(os.environ.get("SITREP_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    log = tmp_path / "ingest.log"
    proc = _start(batch, postgres_url, engine, log)
    at = _wait_for(postgres_url, proc, rng.randint(15, N_ARTICLES // 3))
    time.sleep(rng.uniform(0, 0.2))
    victims = _workers(proc)
    assert proc.poll() is None and at < N_ARTICLES and victims, (seed, at, log.read_text())
    victim = rng.choice(victims)
    victim.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=300) == 0, log.read_text()
    summary = log.read_text().strip().splitlines()[-1]
    assert f"{N_ARTICLES} articles ingested" in summary and "0 unchanged, 2 failed" in summary, \
        (seed, summary)
    with store_from_url(postgres_url) as store:
        assert store.snapshot() == clean, f"seed {seed}: worker {victim.pid} killed at {at} articles"


@pytest.mark.postgres
@pytest.mark.parametrize("engine", ENGINES)
def test_kill_9_of_the_client_then_rerun_finishes_what_is_missing(engine, batch, clean,
                                                                   postgres_url, tmp_path):
    seed = int(os.environ.get("SITREP_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    log = tmp_path / "ingest.log"
    proc = _start(batch, postgres_url, engine, log)
    _wait_for(postgres_url, proc, rng.randint(15, N_ARTICLES // 2))
    workers = _workers(proc)
    assert proc.poll() is None and workers, (seed, log.read_text())
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, f"workers outlived their client: {alive}"
    before = _check_partial(postgres_url, clean, seed)
    assert 0 < before < N_ARTICLES, (seed, before)

    check_rerun(batch, postgres_url, clean, total=N_ARTICLES, before=before,
                args=tuple(ENGINES[engine]), context=f"seed {seed}: client killed at {before} articles")


def test_progress_bar_across_workers(tmp_path, nlp):
    batch = write_dispatches(tmp_path / "b.jsonl", 40, bad_lines=True)
    shown = read_pty("ingest", str(batch), "--db", str(tmp_path / "tty.db"), "--jobs", "2",
                     "--partition-size", "10")
    assert "ingest (local): " in shown and "42 articles" in shown and "articles/s" in shown, shown
    assert "failed=2" in shown and "sitrep: skipped:" in shown, shown
    assert "40 articles ingested" in shown, shown
    counts = [int(n) for n in re.findall(r"ingest \(local\): (\d+) articles", shown)]
    assert counts == sorted(counts) and counts[-1] == 42, counts  # never steps back


@pytest.mark.parametrize(("args", "problem"), [
    (["--workers", "2"], "--workers and --scheduler go with --engine dask"),
    (["--engine", "dask", "--jobs", "2"], "--jobs goes with --engine local"),
    (["--engine", "dask", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "not both"),
])
def test_option_mistakes_are_usage_errors(args, problem, tmp_path):
    run = run_cli("ingest", str(tmp_path / "none.txt"), "--db", str(tmp_path / "x.db"), *args)
    assert run.exit_code == 2 and problem in run.stderr and "Traceback" not in run.stderr, run
    assert not (tmp_path / "x.db").exists()


@pytest.mark.postgres
def test_a_running_dask_cluster_given_by_its_address(tmp_path, postgres_url, nlp):
    """`dask scheduler` and `dask worker` started apart, as on a real cluster; the client joins
    with --scheduler, the worker writes to PostgreSQL: the store is the single-process one."""
    batch = write_dispatches(tmp_path / "c.jsonl", 30, seed=8, bad_lines=True)
    clean_db = tmp_path / "clean.db"
    assert run_cli("ingest", batch, "--db", clean_db).exit_code == 0
    dask = SITREP_BIN.parent / "dask"
    info = tmp_path / "scheduler.json"
    log = (tmp_path / "cluster.log").open("wb")
    scheduler = subprocess.Popen([str(dask), "scheduler", "--scheduler-file", str(info), "--port", "0",
                                  "--no-dashboard"], stdout=log, stderr=log)
    worker = None
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        worker = subprocess.Popen([str(dask), "worker", address, "--nworkers", "1", "--nthreads", "1",
                                   "--no-dashboard"], stdout=log, stderr=log)
        run = subprocess.run([str(SITREP_BIN), "ingest", str(batch), "--db", postgres_url,
                              "--engine", "dask", "--scheduler", address],
                             capture_output=True, timeout=300)
        assert run.returncode == 0, run.stderr.decode()
        assert "30 articles ingested" in run.stderr.decode().splitlines()[-1]
    finally:
        for proc in (worker, scheduler):
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=60)
    with store_from_url(postgres_url) as store, store_from_url(clean_db) as one:
        assert store.snapshot() == one.snapshot()


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    from sitrep.batch import DaskPool
    from sitrep.errors import SitrepError

    with pytest.raises(SitrepError, match=r"--scheduler tcp://127.0.0.1:1: cannot reach the Dask scheduler") as caught:
        with DaskPool(scheduler="tcp://127.0.0.1:1", connect_timeout=1):
            pass
    assert "\n" not in str(caught.value)
