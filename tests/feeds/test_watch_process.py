"""`sitrep watch` as a real process: killed with SIGKILL in the middle of a poll, the next poll
finishes the job and the store is what one clean poll gives; polling on --every until Ctrl-C.

Set SITREP_KILL_SEED to replay a run's kill point (failure messages print the seed).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time

import pytest
from cli.clitools import SITREP_BIN, kill_when_stored, run_cli

from sitrep.store import store_from_url

from .feedserver import FeedServer, Site, make_stories

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not SITREP_BIN.exists(), reason=f"{SITREP_BIN} not installed"),
]

N_STORIES = 60


@pytest.fixture(scope="module")
def big_site():
    served = FeedServer(Site(make_stories(N_STORIES), first=N_STORIES))
    yield served
    served.close()


@pytest.fixture(scope="module")
def feeds_file(big_site, tmp_path_factory):
    path = tmp_path_factory.mktemp("watch") / "feeds.txt"
    path.write_text(f"{big_site.url('/feeds/rss.xml')} Example Wire\n"
                    f"{big_site.url('/feeds/atom.xml')} Example Wire (Atom)\n"
                    f"{big_site.url('/feeds/error.xml')}\n")
    return path


@pytest.fixture(scope="module")
def clean(feeds_file, tmp_path_factory, nlp):
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    run = run_cli("watch", feeds_file, "--db", db, "--once", "--quiet")
    assert run.exit_code == 0 and f"{N_STORIES} new articles" in run.stderr, run
    with store_from_url(db) as store:
        return store.snapshot()


def test_kill_9_during_a_poll_then_the_next_poll_gives_the_clean_store(store_url, feeds_file,
                                                                         clean, tmp_path):
    seed = int(os.environ.get("SITREP_KILL_SEED", time.time_ns() % 1_000_000))
    target = random.Random(seed).randint(1, N_STORIES // 2)
    args = ["watch", str(feeds_file), "--db", store_url, "--once", "--quiet"]
    killed_at = kill_when_stored(args, store_url, target, log=tmp_path / "watch.log", seed=seed)
    assert 0 < killed_at < N_STORIES, (seed, killed_at)

    rerun = subprocess.run([str(SITREP_BIN), *args], capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode()
    summary = rerun.stderr.decode().strip().splitlines()[-1]
    with store_from_url(store_url) as store:
        assert store.snapshot() == clean, f"seed {seed}: killed after {killed_at}; {summary}"
    print(f"watch kill -9, seed {seed}: killed after {killed_at} articles; next poll: {summary}")


def test_watch_polls_every_interval_until_interrupted(feeds_file, tmp_path, nlp):
    proc = subprocess.Popen([str(SITREP_BIN), "watch", str(feeds_file), "--db",
                             str(tmp_path / "loop.db"), "--every", "1s", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = proc.stderr.readline().decode()
        lines.append(line)
        if line.startswith("sitrep: poll 3:"):
            break
    proc.send_signal(signal.SIGINT)
    rest = proc.communicate(timeout=60)[1].decode()
    assert proc.returncode == 0, lines + [rest]
    polls = [line for line in lines if line.startswith("sitrep: poll ")]
    assert f"{N_STORIES} new articles" in polls[0], polls
    # later polls: the RSS feed unchanged (304), the Atom links known: nothing fetched again
    assert all("1 not modified" in p and "0 new articles" in p for p in polls[1:]), polls
    assert len(polls) == 3 and "stopped after" in rest, (polls, rest)
