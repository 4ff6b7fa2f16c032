"""`sitrep ingest` (idempotence, failures recorded) and `sitrep events` (filters, formats)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from sitrep.store.sqlite import SQLiteStore

from .clitools import EXAMPLES, MALI_CLASH, YEMEN_HTML, YEMEN_STRIKE, check_event_shape, run_cli

pytestmark = pytest.mark.model


def _events_json(db) -> list[dict]:
    run = run_cli("events", "--db", db, "--format", "json")
    assert run.exit_code == 0, run
    return run.json()


def _summary(run) -> str:
    lines = [line for line in run.stderr.splitlines() if "ingested" in line]
    assert len(lines) == 1, run
    return lines[0]


# -- ingest ------------------------------------------------------------------------------------


def test_ingest_twice_is_idempotent(tmp_path, nlp):
    db = tmp_path / "x.db"
    first = run_cli("ingest", EXAMPLES, "--db", db)
    assert first.exit_code == 0, first
    n_articles = sum(1 for line in (EXAMPLES / "articles.jsonl").read_text().splitlines() if line.strip()) \
        + len(list(EXAMPLES.glob("*.txt")))
    assert f"{n_articles} articles ingested" in _summary(first)
    assert "0 unchanged" in _summary(first) and "0 failed" in _summary(first)
    before = run_cli("events", "--db", db, "--format", "json").stdout
    with sqlite3.connect(db) as conn:
        rows_before = conn.execute("SELECT * FROM events ORDER BY id").fetchall()
    assert json.loads(before), "examples/ gave no events at all"

    second = run_cli("ingest", EXAMPLES, "--db", db)
    assert second.exit_code == 0, second
    summary = _summary(second)
    assert "0 articles ingested (0 events)" in summary, summary
    assert f"{n_articles} unchanged" in summary and "0 failed" in summary, summary
    after = run_cli("events", "--db", db, "--format", "json").stdout
    assert after == before  # byte-identical
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT * FROM events ORDER BY id").fetchall() == rows_before

    with SQLiteStore(db) as store:
        counts = store.counts()
        assert counts["articles"] == n_articles
        assert counts["events"] == len(json.loads(before))
        assert counts["failures"] == 0
        # offsets of stored events still quote the stored article text
        for event in json.loads(before):
            check_event_shape(event, store.get_article(event["article_id"]).text)


def test_ingest_batch_with_bad_inputs_keeps_the_good_ones(tmp_path, nlp):
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "strike.txt").write_text(YEMEN_STRIKE, encoding="utf-8")
    (inbox / "sub" / "page.html").write_text(YEMEN_HTML.replace("market", "fuel depot"),
                                             encoding="utf-8")
    (inbox / "corrupt.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "notes.docx").write_bytes(b"ignored: not a supported suffix")
    (inbox / "feed.jsonl").write_text(
        json.dumps({"id": "mali-1", "published": "2023-09-08", "text": MALI_CLASH}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "empty-text", "text": "   "}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "inbox.db"
    run = run_cli("ingest", inbox, "--db", db, "--published", "2024-03-13")
    assert run.exit_code == 0, run
    summary = _summary(run)
    assert "3 articles ingested" in summary and "4 failed" in summary, summary
    skipped = [line for line in run.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 4, run

    with SQLiteStore(db) as store:
        counts = store.counts()
        assert counts["articles"] == 3
        assert store.get_article("mali-1") is not None
        failures = store.failures()
        where = {(f.source.replace(str(inbox), "").lstrip("/"), f.line) for f in failures}
        assert where == {("corrupt.txt", None), ("empty.txt", None), ("feed.jsonl", 2),
                         ("feed.jsonl", 3)}, failures
        assert all(not f.warning for f in failures)
        assert any("binary" in f.reason for f in failures)
        assert any("empty" in f.reason for f in failures if f.source.endswith("empty.txt"))
        stored_texts = {store.get_article(e.article_id).text for e in store.query_events()}
    assert YEMEN_STRIKE.strip() in {t.strip() for t in stored_texts}

    # again: nothing new, failures not recorded twice
    again = run_cli("ingest", inbox, "--db", db, "--published", "2024-03-13")
    assert again.exit_code == 0, again
    assert "0 articles ingested" in _summary(again) and "3 unchanged" in _summary(again)
    with SQLiteStore(db) as store:
        assert len(store.failures()) == 4
        assert store.counts()["articles"] == 3


def test_ingest_windows_1252_records_a_warning(tmp_path, nlp):
    path = tmp_path / "legacy.txt"
    path.write_bytes(YEMEN_STRIKE.replace("officials", "officials \u2013 caf\u00e9 owners")
                     .encode("windows-1252"))
    db = tmp_path / "w.db"
    run = run_cli("ingest", path, "--db", db, "--published", "2024-03-13")
    assert run.exit_code == 0, run
    assert "1 articles ingested" in _summary(run) and "0 failed" in _summary(run)
    with SQLiteStore(db) as store:
        assert store.counts()["warnings"] == 1
        assert store.failures(include_warnings=False) == []


def test_ingest_where_every_input_fails_exits_non_zero(tmp_path, nlp):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    db = tmp_path / "f.db"
    run = run_cli("ingest", bad, tmp_path / "gone.txt", "--db", db)
    assert run.exit_code == 1, run
    assert "0 articles ingested" in _summary(run) and "2 failed" in _summary(run)
    with SQLiteStore(db) as store:
        reasons = {Path(f.source).name: f.reason for f in store.failures()}
    assert set(reasons) == {"bad.txt", "gone.txt"}, reasons
    assert "no such file" in reasons["gone.txt"]


def test_ingest_into_missing_directory_is_one_line(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(YEMEN_STRIKE, encoding="utf-8")
    run = run_cli("ingest", path, "--db", tmp_path / "no" / "such" / "dir" / "x.db")
    assert run.exit_code == 1, run
    assert len(run.stderr.splitlines()) == 1 and "does not exist" in run.stderr, run


# -- events ------------------------------------------------------------------------------------


def _ids(events: list[dict]) -> list[str]:
    return [e["id"] for e in events]


@pytest.fixture(scope="module")
def all_events(examples_db) -> list[dict]:
    return _events_json(examples_db)


@pytest.mark.parametrize(
    "args, keep",
    [
        (["--type", "battles"], lambda e: e["event_type"] == "battles"),
        (["--type", "explosions_remote_violence"],
         lambda e: e["event_type"] == "explosions_remote_violence"),
        (["--type", "air_drone_strike"], lambda e: e["sub_event_type"] == "air_drone_strike"),
        (["--country", "YE"], lambda e: (e["location"] or {}).get("country") == "YE"),
        (["--country", "ye"], lambda e: (e["location"] or {}).get("country") == "YE"),
        (["--since", "2022-01-01"], lambda e: e["date"] is not None and e["date"] >= "2022-01-01"),
        (["--until", "2021-12-31"], lambda e: e["date"] is not None and e["date"] <= "2021-12-31"),
        (["--since", "2021-01-01", "--until", "2023-12-31"],
         lambda e: e["date"] is not None and "2021-01-01" <= e["date"] <= "2023-12-31"),
        (["--news-only"], lambda e: not e["background"]),
        (["--type", "air_drone_strike", "--country", "YE", "--since", "2024-01-01",
          "--until", "2024-12-31", "--news-only"],
         lambda e: e["sub_event_type"] == "air_drone_strike"
         and (e["location"] or {}).get("country") == "YE"
         and e["date"] is not None and "2024-01-01" <= e["date"] <= "2024-12-31"
         and not e["background"]),
    ],
)
def test_events_filters_filter(examples_db, all_events, args, keep):
    run = run_cli("events", "--db", examples_db, "--format", "json", *args)
    assert run.exit_code == 0, run
    assert sorted(_ids(run.json())) == sorted(_ids([e for e in all_events if keep(e)]))


def test_events_filters_are_not_vacuous(examples_db, all_events):
    """The robust facts the filter tests lean on: examples/ spans countries and years and has a
    Yemen air strike, so the filters above really drop events."""
    def count(*args):
        run = run_cli("events", "--db", examples_db, "--format", "json", *args)
        assert run.exit_code == 0, run
        return len(run.json())

    total = len(all_events)
    assert 0 < count("--country", "YE") < total
    assert 0 < count("--type", "air_drone_strike", "--country", "YE") < total
    assert 0 < count("--since", "2022-01-01") < total
    assert 0 < count("--until", "2021-12-31") < total
    assert count("--since", "2030-01-01") == 0
    assert count("--country", "FR") == 0
    assert count("--type", "battles") < total


def test_events_formats(examples_db, all_events):
    n = len(all_events)
    assert n > 0

    table = run_cli("events", "--db", examples_db)
    assert table.exit_code == 0, table
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["date", "type", "sub-type"]
    assert len([line for line in lines[2:] if line.strip()]) == n

    jsonl = run_cli("events", "--db", examples_db, "--format", "jsonl")
    assert jsonl.exit_code == 0, jsonl
    assert [json.loads(line) for line in jsonl.stdout.splitlines()] == all_events

    as_csv = run_cli("events", "--db", examples_db, "--format", "csv")
    assert as_csv.exit_code == 0, as_csv
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == n
    assert [r["event_id_cnty"] for r in rows] == _ids(all_events)
    for row, event in zip(rows, all_events):
        assert row["event_date"] == (event["date"] or "")
        assert row["country_code"] == ((event["location"] or {}).get("country") or "")
        assert row["background"] in ("true", "false")

    geo = run_cli("events", "--db", examples_db, "--format", "geojson")
    assert geo.exit_code == 0, geo
    collection = geo.json()
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == n  # RFC 7946: no coordinates, a null geometry
    assert collection["unlocated"] == sum(f["geometry"] is None for f in collection["features"])
    assert [f["properties"] for f in collection["features"]] == all_events
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and feature["id"] == feature["properties"]["id"]
        if feature["geometry"] is None:
            continue
        lon, lat = feature["geometry"]["coordinates"]
        assert [lon, lat] == [feature["properties"]["location"]["lon"], feature["properties"]["location"]["lat"]]


def test_events_empty_result_in_every_format(examples_db):
    nothing = ["--since", "2099-01-01"]
    assert run_cli("events", "--db", examples_db, *nothing).stdout.strip() == "(no events)"
    assert run_cli("events", "--db", examples_db, "--format", "json", *nothing).json() == []
    assert run_cli("events", "--db", examples_db, "--format", "jsonl", *nothing).stdout == ""
    rows = run_cli("events", "--db", examples_db, "--format", "csv", *nothing).stdout
    assert list(csv.DictReader(io.StringIO(rows))) == []
    geo = run_cli("events", "--db", examples_db, "--format", "geojson", *nothing).json()
    assert geo["features"] == [] and geo["type"] == "FeatureCollection"


@pytest.mark.parametrize(
    "args, words",
    [
        (["--type", "massacre"], "--type"),
        (["--country", "Yemen"], "--country"),
        (["--since", "March 2024"], "--since"),
        (["--until", "2024-13-45"], "--until"),
        (["--format", "xml"], "--format"),
    ],
)
def test_events_bad_options_are_usage_errors(examples_db, args, words):
    run = run_cli("events", "--db", examples_db, *args)
    assert run.exit_code == 2, run
    assert words in run.stderr and "Traceback" not in run.stderr


def test_events_missing_or_foreign_db(tmp_path, examples_db):
    missing = run_cli("events", "--db", tmp_path / "none.db")
    assert missing.exit_code == 2, missing
    assert "none.db" in missing.stderr

    foreign = tmp_path / "foreign.db"
    foreign.write_bytes(b"this is not an sqlite database, just some bytes" * 50)
    run = run_cli("events", "--db", foreign)
    assert run.exit_code == 1, run
    assert len(run.stderr.splitlines()) == 1 and "foreign.db" in run.stderr, run

    # a copy of the store reads the same (the file is self-contained)
    copy = tmp_path / "copy.db"
    shutil.copy(examples_db, copy)
    assert run_cli("events", "--db", copy, "--format", "json").stdout == \
        run_cli("events", "--db", examples_db, "--format", "json").stdout
