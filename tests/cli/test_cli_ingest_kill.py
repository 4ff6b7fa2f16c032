"""`sitrep ingest` as a real process, killed with SIGKILL at a random moment, then run again:
the store then holds exactly what one clean run holds, on SQLite and on PostgreSQL. Also: the
progress bar shows on a terminal only.

Set SITREP_KILL_SEED to replay a run's kill points (each failure message prints its seed).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from store.dispatches import write_dispatches

from sitrep.store import store_from_url

from .clitools import SITREP_BIN, check_rerun, events_by_article, read_pty, run_cli, stored_articles

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not SITREP_BIN.exists(), reason=f"{SITREP_BIN} not installed"),
]

N_ARTICLES = 300  # ~10 s of extraction: room for a kill anywhere in the run
KILLS = 2


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    return write_dispatches(tmp_path_factory.mktemp("kill") / "dispatches.jsonl", N_ARTICLES,
                            bad_lines=True)


@pytest.fixture(scope="module")
def clean(batch, tmp_path_factory, nlp) -> dict[str, list[tuple]]:
    """The snapshot of one uninterrupted run (in-process; the same code as the console script)."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    run = run_cli("ingest", batch, "--db", db)
    assert run.exit_code == 0, run
    assert f"{N_ARTICLES} articles ingested" in run.stderr and "2 failed" in run.stderr, run
    with store_from_url(db) as store:
        snapshot = store.snapshot()
    assert len(snapshot["articles"]) == N_ARTICLES and len(snapshot["events"]) > N_ARTICLES // 2
    return snapshot


def _ingest(batch: Path, url: str, log: Path) -> subprocess.Popen:
    with log.open("ab") as err:
        return subprocess.Popen([str(SITREP_BIN), "ingest", str(batch), "--db", url, "--quiet"],
                                stdout=subprocess.DEVNULL, stderr=err)


def test_kill_9_during_ingest_then_rerun_gives_the_clean_store(store_url, batch, clean, tmp_path):
    seed = int(os.environ.get("SITREP_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    log = tmp_path / "ingest.log"
    clean_events = events_by_article(clean)
    kills = []
    for _ in range(KILLS):
        stored_before = stored_articles(store_url)
        target = stored_before + rng.randint(3, N_ARTICLES // 3)
        proc = _ingest(batch, store_url, log)
        deadline = time.monotonic() + 300
        while (proc.poll() is None and stored_articles(store_url) < target
               and time.monotonic() < deadline):
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.25))  # then any moment: mid-transaction, between articles
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        with store_from_url(store_url) as store:
            partial = store.snapshot()
        kills.append((len(partial["articles"]), killed))
        # Whatever the moment, every stored article holds exactly the clean run's events for it.
        stored = {row[0] for row in partial["articles"]}
        assert stored <= {row[0] for row in clean["articles"]}, seed
        assert events_by_article(partial) == {a: e for a, e in clean_events.items() if a in stored}, \
            f"seed {seed}: an article was stored without (or with other) events after kill -9"
        assert set(partial["articles"]) <= set(clean["articles"]), seed
        assert set(partial["failures"]) <= set(clean["failures"]), seed
    assert any(killed and n < N_ARTICLES for n, killed in kills), \
        f"seed {seed}: no kill landed mid-run {kills}; see {log}"

    print(f"kill -9 test, seed {seed}: (articles stored, killed mid-run) after each kill: {kills}")
    stored_before = stored_articles(store_url)
    # the rerun skips exactly the articles already stored and extracts the rest
    check_rerun(batch, store_url, clean, total=N_ARTICLES, before=stored_before,
                context=f"seed {seed}: kills at {kills}")


def test_progress_bar_on_a_terminal_only(tmp_path, nlp):
    batch = write_dispatches(tmp_path / "b.jsonl", 40, bad_lines=True)
    shown = read_pty("ingest", str(batch), "--db", str(tmp_path / "tty.db"))
    assert "ingest: " in shown and "42 articles" in shown and "articles/s" in shown, shown
    assert "failed=2" in shown, shown  # the unreadable lines, counted as they happen
    assert "sitrep: skipped:" in shown and "40 articles ingested" in shown, shown

    quiet = read_pty("ingest", str(batch), "--db", str(tmp_path / "quiet.db"), "--quiet")
    assert "articles/s" not in quiet and "\r" not in quiet.replace("\r\n", ""), quiet
    assert "40 articles ingested" in quiet

    piped = run_cli("ingest", batch, "--db", tmp_path / "pipe.db")  # stderr is no terminal
    assert piped.exit_code == 0 and "articles/s" not in piped.stderr, piped
    assert "\r" not in piped.stderr and len(piped.stderr.splitlines()) == 3, piped  # 2 skipped + summary


def test_two_processes_ingesting_one_batch_at_once(store_url, tmp_path, nlp):
    """Two `sitrep ingest` runs of the same batch into one store at the same time: no article
    fails, and the store is what one clean run gives."""
    batch = write_dispatches(tmp_path / "both.jsonl", 60, seed=5)
    clean_db = tmp_path / "clean.db"
    assert run_cli("ingest", batch, "--db", clean_db).exit_code == 0
    with store_from_url(clean_db) as store:
        clean = store.snapshot()
    with store_from_url(store_url):  # tables first: both runs then only write rows
        pass
    runs = [subprocess.Popen([str(SITREP_BIN), "ingest", str(batch), "--db", store_url],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for _ in range(2)]
    errors = [proc.communicate(timeout=600)[1].decode() for proc in runs]
    assert [proc.returncode for proc in runs] == [0, 0], errors
    assert all("0 failed" in err for err in errors), errors
    with store_from_url(store_url) as store:
        assert store.snapshot() == clean
