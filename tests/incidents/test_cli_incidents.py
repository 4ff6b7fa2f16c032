"""End to end with the real pipeline: `sitrep ingest` links real articles of several outlets
into incidents; `sitrep incidents`, `link`, `link --explain`, `changes` and `eval-incidents`
on both backends; incident CSV and GeoJSON read back and compared with the JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cli.clitools import run_cli

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

pytestmark = pytest.mark.model

GOLD = SHARED / "eval" / "incidents_dev.jsonl"
# two happenings, three outlets each: the Peshawar mosque bombing of 2022-03-04 and the Owo
# church attack of 2022-06-05 (one of these articles also tells a kidnapping in Abia)
PICK = ("i003", "i020", "i033", "i011", "i046", "i047")


@pytest.fixture(scope="module")
def gold_subset(tmp_path_factory) -> Path:
    if not GOLD.exists():
        pytest.skip(f"{GOLD} not present")
    lines = [line for line in GOLD.read_text("utf-8").splitlines()
             if line.strip() and json.loads(line)["id"] in PICK]
    assert len(lines) == len(PICK)
    path = tmp_path_factory.mktemp("gold") / "subset.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _incidents(db, *args):
    run = run_cli("incidents", "--db", db, "--format", "json", *args)
    assert run.exit_code == 0, run
    return run.json()


def test_ingest_links_reports_of_several_outlets(store_url, gold_subset, nlp):
    run = run_cli("ingest", gold_subset, "--db", store_url)
    assert run.exit_code == 0, run
    summary = run.stderr.strip().splitlines()[-1]
    assert summary.startswith("sitrep: 6 articles ingested") and "events linked into incidents" in summary, run
    shared = _incidents(store_url, "--min-reports", "2")
    by_outlets = {frozenset(s["outlet"] for s in i["sources"]): i for i in shared}
    peshawar = next(i for o, i in by_outlets.items() if {"dawn.com", "thecorrespondent.pk"} <= o)
    assert peshawar["sub_event_type"] == "suicide_bomb" and peshawar["location"]["country"] == "PK"
    assert peshawar["reports"] == len(peshawar["sources"]) >= 2
    figures = [s["fatalities"] for s in peshawar["sources"] if s["fatalities"] is not None]
    assert peshawar["fatalities"]["conservative"] == min(figures)
    assert peshawar["fatalities"]["low"] <= peshawar["fatalities"]["best"] <= peshawar["fatalities"]["high"]
    assert peshawar["first_reported"] == "2022-03-04" and all(s["url"] for s in peshawar["sources"])
    assert any(i["location"]["name"] == "Owo" for i in shared)

    everything = _incidents(store_url)
    again = run_cli("link", "--db", store_url)  # from scratch: the same incidents and ids
    assert again.exit_code == 0 and "0 changes" in again.stderr, again
    assert _incidents(store_url) == everything

    feed = run_cli("changes", "--db", store_url, "--since", "0", "--format", "jsonl")
    changes = [json.loads(line) for line in feed.stdout.splitlines()]
    assert [c["version"] for c in changes] == list(range(1, len(changes) + 1))
    assert {c["kind"] for c in changes} >= {"created", "event_added"}
    tail = run_cli("changes", "--db", store_url, "--since", str(changes[-2]["version"]), "--format", "jsonl")
    assert [json.loads(line) for line in tail.stdout.splitlines()] == changes[-1:]

    explained = run_cli("link", "--db", store_url, "--explain", "--linked-only")
    assert explained.exit_code == 0 and explained.stdout.count(" link ") >= 3, explained
    assert "type=same_sub_type(+2.5)" in explained.stdout


def test_incident_csv_and_geojson_carry_the_json_values(tmp_path, gold_subset, nlp):
    db = tmp_path / "x.db"
    assert run_cli("ingest", gold_subset, "--db", db).exit_code == 0
    incidents = {i["id"]: i for i in _incidents(db)}
    rows = list(csv.DictReader(io.StringIO(run_cli("incidents", "--db", db, "--format", "csv").stdout)))
    assert {r["event_id_cnty"] for r in rows} == set(incidents)
    for row in rows:
        inc = incidents[row["event_id_cnty"]]
        assert row["event_date"] == (inc["date"] or "") and int(row["reports"]) == inc["reports"]
        assert row["fatalities"] == ("" if inc["fatalities"]["conservative"] is None
                                     else str(inc["fatalities"]["conservative"]))
        assert row["event_ids"].split("; ") == [s["event_id"] for s in inc["sources"]]
        assert row["location"] == (inc["location"]["name"] if inc["location"] else "")
    geo = json.loads(run_cli("incidents", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection"
    for feature in geo["features"]:
        inc = incidents[feature["id"]]
        located = inc["location"] and inc["location"]["lat"] is not None
        assert feature["geometry"] == ({"type": "Point", "coordinates": [round(inc["location"]["lon"], 4),
                                                                         round(inc["location"]["lat"], 4)]}
                                       if located else None)
        assert feature["properties"] == inc
    assert len(geo["features"]) == len(incidents)
    assert geo["unlocated"] == sum(f["geometry"] is None for f in geo["features"])
    table = run_cli("incidents", "--db", db, "--min-reports", "2")
    assert "dawn.com" in table.stdout and "reports" in table.stdout

    # re-extracting every article relinks their events: the same incidents, nothing in the feed
    last = run_cli("changes", "--db", db, "--format", "jsonl").stdout.splitlines()[-1]
    again = run_cli("reprocess", "--db", db, "--all")
    assert again.exit_code == 0 and "6 articles re-extracted" in again.stderr, again
    assert "0 changes" in again.stderr.strip().splitlines()[-1], again
    assert {i["id"]: i for i in _incidents(db)} == incidents
    assert run_cli("changes", "--db", db, "--format", "jsonl").stdout.splitlines()[-1] == last


def test_eval_incidents_scores_the_linking(gold_subset, nlp):
    run = run_cli("eval-incidents", gold_subset, "--format", "json")
    assert run.exit_code == 0, run
    result = run.json()
    assert result["articles"] == 6 and result["gold_incidents"] == 3
    scores = result["linking"]
    assert 0 < result["matched_events"] <= result["gold_events"]
    assert scores["gold_pairs"] > 0 and 0 <= scores["pair_recall"] <= 1
    assert scores["correct_pairs"] <= min(scores["predicted_pairs"], scores["gold_pairs"])
    assert 0 < scores["bcubed_f1"] <= 1 and result["baseline"]["gold_incidents"] == scores["gold_incidents"]
    every = result["linking_all_gold"]  # the extractor's misses count as incidents of their own
    assert every["gold_pairs"] >= scores["gold_pairs"] and every["correct_pairs"] == scores["correct_pairs"]
    table = run_cli("eval-incidents", gold_subset)
    assert "pair P" in table.stdout and "B3 F1" in table.stdout


def test_eval_incidents_needs_incident_ids(tmp_path):
    gold = tmp_path / "g.jsonl"
    record = {"id": "x1", "text": "Gunmen killed five people in Owo on Sunday.", "published": "2022-06-06",
              "events": [{"event_type": "violence_against_civilians", "sub_event_type": "attack",
                          "date": "2022-06-05", "date_precision": "day",
                          "location": {"name": "Owo", "mention": "Owo", "admin1": "Ondo", "country": "NG",
                                       "lat": 7.2, "lon": 5.59, "precision": "town"},
                          "actor1": None, "actor1_type": None, "actor2": None, "actor2_type": None,
                          "fatalities": {"best": 5, "low": 5, "high": None}, "injured": None,
                          "reported_by": [], "evidence": "Gunmen killed five people", "background": False}]}
    gold.write_text(json.dumps(record) + "\n")
    run = run_cli("eval-incidents", gold)
    assert run.exit_code == 1 and len(run.stderr.strip().splitlines()) == 1, run
    assert f"{gold}:1: article x1: event 0 has no 'incident' id" in run.stderr


def test_shuffled_input_gives_the_same_incidents_and_ids(store_url, gold_subset, tmp_path, nlp):
    """Real articles: all at once in file order into one store; one at a time, shuffled, into
    another (each `ingest` linking incrementally): the same incidents, ids and links."""
    import random

    from sitrep.store import store_from_url

    whole = tmp_path / "whole.db"
    assert run_cli("ingest", gold_subset, "--db", whole).exit_code == 0
    lines = gold_subset.read_text("utf-8").splitlines()
    random.Random(13).shuffle(lines)
    for k, line in enumerate(lines):
        one = tmp_path / f"one{k}.jsonl"
        one.write_text(line + "\n", "utf-8")
        assert run_cli("ingest", one, "--db", store_url).exit_code == 0
    assert _incidents(store_url) == _incidents(whole)
    snapshots = []
    for url in (whole, store_url):
        with store_from_url(url) as store:
            snap = store.snapshot()
            snapshots.append({t: snap[t] for t in ("incident_links", "incident_pairs", "incidents")})
    assert snapshots[0] == snapshots[1] and snapshots[0]["incident_pairs"]
