"""`sitrep ingest FILE.warc.gz` killed with SIGKILL mid-run, then run again: the rerun resumes
after the last stored record and the store is exactly what one uninterrupted run gives, on
SQLite and PostgreSQL. The crawl captures one page twice (its text changed in between), so
resuming from anything but the last stored record would store the older text.

Set SITREP_KILL_SEED to replay a run's kill point (failure messages print the seed).
"""

from __future__ import annotations

import dataclasses
import os
import random
import subprocess
import time
from pathlib import Path

import pytest
from cli.clitools import SITREP_BIN, kill_when_stored, run_cli

from sitrep.model import Article
from sitrep.store import store_from_url

from .warcs import ArchiveWriter, page_html, pages

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not SITREP_BIN.exists(), reason=f"{SITREP_BIN} not installed"),
]

N_PAGES = 240


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    written = pages(N_PAGES)
    archive = ArchiveWriter(path)
    for i, page in enumerate(written):
        archive.page(page)
        if i % 40 == 7:
            archive.response(page.url + "/photo.jpg", b"\xff\xd8\xff fake", content_type="image/jpeg")
            archive.revisit(page.url)
    updated = dataclasses.replace(written[5], text=written[5].text.replace(" said.", " said on Friday."))
    assert updated.text != written[5].text
    archive.response(updated.url, page_html(updated), date="2024-03-20T10:00:00Z")  # recaptured
    archive.close()
    return path


@pytest.fixture(scope="module")
def clean(crawl, tmp_path_factory, nlp) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    run = run_cli("ingest", crawl, "--db", db)
    assert run.exit_code == 0 and f"{N_PAGES + 1} articles ingested" in run.stderr, run
    assert f"WARC: {N_PAGES + 1} HTML pages; skipped 6 not HTML" in run.stderr, run
    with store_from_url(db) as store:
        return store.snapshot()


def test_kill_9_during_a_warc_ingest_then_rerun_resumes_to_the_clean_store(store_url, crawl, clean,
                                                                          tmp_path):
    seed = int(os.environ.get("SITREP_KILL_SEED", time.time_ns() % 1_000_000))
    target = random.Random(seed).randint(10, N_PAGES // 2)
    kill_when_stored(["ingest", str(crawl), "--db", store_url, "--quiet"], store_url, target,
                     log=tmp_path / "ingest.log", seed=seed)
    with store_from_url(store_url) as store:
        partial = store.snapshot()
    stored = len(partial["articles"])
    assert 0 < stored < N_PAGES, (seed, stored)
    # whole articles only (but the recaptured page, whose first text may be the one stored)
    recaptured = Article.make_id(text="", url=pages(N_PAGES)[5].url)
    assert {e for e in partial["events"] if e[1] != recaptured} <= set(clean["events"]), seed

    rerun = subprocess.run([str(SITREP_BIN), "ingest", str(crawl), "--db", store_url],
                           capture_output=True, timeout=600)
    summary = rerun.stderr.decode().strip().splitlines()[-1]
    assert rerun.returncode == 0, rerun.stderr.decode()
    # it read on after the last stored record: only the rest was extracted
    assert f"{N_PAGES + 1 - stored} articles ingested" in summary, (seed, stored, summary)
    with store_from_url(store_url) as store:
        assert store.snapshot() == clean, f"seed {seed}: killed after {stored} articles"
    print(f"WARC kill -9, seed {seed}: killed after {stored} articles; rerun: {summary}")
