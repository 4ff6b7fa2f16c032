"""`sitrep ingest`, `events` and `reprocess` with --db as a path, an sqlite:/// URL and a
postgresql:// URL: the same options, the same output on both backends."""

from __future__ import annotations

import dataclasses

import pytest

from sitrep.settings import PIPELINE_VERSION
from sitrep.store import store_from_url

from .clitools import EXAMPLES, run_cli

pytestmark = pytest.mark.model

FORMATS = ["table", "json", "jsonl", "csv", "geojson"]


def _summary(run) -> str:
    lines = [line for line in run.stderr.splitlines() if "ingested" in line or "re-extracted" in line]
    assert len(lines) == 1, run
    return lines[0]


@pytest.mark.postgres
def test_postgres_store_gives_the_same_events_in_every_format(examples_db, postgres_url):
    run = run_cli("ingest", EXAMPLES, "--db", postgres_url)
    assert run.exit_code == 0, run
    assert "0 failed" in _summary(run) and postgres_url in _summary(run)
    again = run_cli("ingest", EXAMPLES, "--db", postgres_url)
    assert "0 articles ingested (0 events)" in _summary(again), again
    for fmt in FORMATS:
        for args in ([], ["--country", "YE"], ["--type", "battles", "--news-only"]):
            pg = run_cli("events", "--db", postgres_url, "--format", fmt, *args)
            lite = run_cli("events", "--db", examples_db, "--format", fmt, *args)
            assert pg.exit_code == 0 and lite.exit_code == 0, (pg, lite)
            assert pg.stdout == lite.stdout, (fmt, args)
    with store_from_url(postgres_url) as pg, store_from_url(examples_db) as lite:
        assert pg.snapshot() == lite.snapshot()


def test_sqlite_url_and_path_name_the_same_store(tmp_path, nlp):
    db = tmp_path / "u.db"
    first = run_cli("ingest", EXAMPLES, "--db", f"sqlite:///{db}")
    assert first.exit_code == 0 and db.exists(), first
    second = run_cli("ingest", EXAMPLES, "--db", str(db))
    assert "0 articles ingested" in _summary(second), second
    assert run_cli("events", "--db", f"sqlite:///{db}", "--format", "json").stdout == \
        run_cli("events", "--db", str(db), "--format", "json").stdout


@pytest.mark.parametrize("args", [
    ["events", "--db", "mysql://u@h/db"],
    ["events", "--db", "sqlite://relative.db"],
    ["reprocess", "--db", "missing.db"],
])
def test_bad_store_urls_are_usage_errors(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = run_cli(*args)
    assert run.exit_code == 2 and "--db" in run.stderr and "Traceback" not in run.stderr, run


def test_unreachable_postgres_is_one_line(tmp_path):
    run = run_cli("events", "--db", "postgresql://sitrep:pw@127.0.0.1:1/none")
    assert run.exit_code == 1, run
    assert len(run.stderr.splitlines()) == 1 and "127.0.0.1:1/none" in run.stderr, run
    assert "pw@" not in run.stderr


def test_reprocess_and_ingest_after_a_pipeline_change(store_url, nlp):
    """A store written by an older pipeline: `ingest` does not call its articles unchanged,
    `reprocess` re-extracts them once, and both give what a clean run gives."""
    clean = run_cli("ingest", EXAMPLES, "--db", store_url)
    assert clean.exit_code == 0, clean
    n = int(_summary(clean).split()[1])
    with store_from_url(store_url) as store:
        expected = store.snapshot()

    def age_the_store() -> None:
        with store_from_url(store_url) as store:
            for article in store.get_articles(store.articles_to_reprocess(force=True)):
                old = [dataclasses.replace(e, pipeline_version="sitrep-0.1.0", confidence=0.0)
                       for e in store.query_events(article_id=article.id)]
                store.write_extraction(article, old, pipeline_version="sitrep-0.1.0")
            assert store.snapshot() != expected

    age_the_store()
    run = run_cli("reprocess", "--db", store_url)
    assert run.exit_code == 0, run
    assert _summary(run).startswith(f"sitrep: {n} articles re-extracted (") and \
        f"by {PIPELINE_VERSION}, 0 up to date, 0 failed" in _summary(run), run
    with store_from_url(store_url) as store:
        assert store.snapshot() == expected
    run = run_cli("reprocess", "--db", store_url)
    assert f"0 articles re-extracted (0 events) by {PIPELINE_VERSION}, {n} up to date" in \
        _summary(run), run

    age_the_store()
    run = run_cli("ingest", EXAMPLES, "--db", store_url)
    assert f"{n} articles ingested" in _summary(run) and "0 unchanged" in _summary(run), run
    with store_from_url(store_url) as store:
        assert store.snapshot() == expected


def test_failures_lists_what_could_not_be_read(store_url, tmp_path, nlp):
    from store.dispatches import write_dispatches

    batch = write_dispatches(tmp_path / "f.jsonl", 6, bad_lines=True)
    run = run_cli("ingest", batch, "--db", store_url)
    assert run.exit_code == 0 and "6 articles ingested" in run.stderr, run
    listed = run_cli("failures", "--db", store_url, "--format", "json")
    assert listed.exit_code == 0, listed
    assert [(f["source"], f["line"], f["severity"]) for f in listed.json()] == [
        (str(batch), 3, "error"), (str(batch), 5, "error")]
    assert "is not JSON" in listed.json()[0]["reason"]
    table = run_cli("failures", "--db", store_url, "--errors-only")
    assert table.stdout.splitlines()[0].split() == ["input", "line", "severity", "reason"]
    assert len(table.stdout.splitlines()) == 4, table
