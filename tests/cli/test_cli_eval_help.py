"""`sitrep eval` on a tiny hand-written gold file, and --help everywhere."""

from __future__ import annotations

import json

import pytest

from sitrep.cli.main import cli

from .clitools import MALI_CLASH, YEMEN_STRIKE, run_cli


def _evidence(text: str, start_words: str) -> str:
    """The sentence of ``text`` that starts with ``start_words`` (copied exactly)."""
    start = text.index(start_words)
    end = text.index(".", start) + 1
    return text[start:end]


def _gold_line(art_id: str, published: str, text: str, event: dict) -> str:
    return json.dumps({"id": art_id, "url": None, "title": text.split("\n")[0],
                       "published": published, "text": text, "events": [event]})


@pytest.fixture()
def gold_file(tmp_path):
    yemen = {
        "event_type": "explosions_remote_violence",
        "sub_event_type": "air_drone_strike",
        "date": "2024-03-11",
        "date_precision": "day",
        "location": {"name": "Abs", "mention": "the town of Abs", "admin1": "Hajjah Governorate",
                     "country": "YE", "lat": 16.01, "lon": 43.2, "precision": "town"},
        "actor1": "Saudi-led Coalition", "actor1_type": "state_forces",
        "actor2": "Civilians (Yemen)", "actor2_type": "civilians",
        "fatalities": {"best": 9, "low": None, "high": None},
        "injured": 14,
        "reported_by": ["local health officials"],
        "evidence": _evidence(YEMEN_STRIKE, "An airstrike"),
        "background": False,
    }
    mali = {
        "event_type": "battles",
        "sub_event_type": "armed_clash",
        "date": "2023-09-05",
        "date_precision": "day",
        "location": {"name": "Douentza", "mention": "near Douentza", "admin1": "Mopti",
                     "country": "ML", "lat": 15.0, "lon": -2.95, "precision": "town"},
        "actor1": "JNIM: Group for Support of Islam and Muslims", "actor1_type": "rebel_group",
        "actor2": "Military Forces of Mali", "actor2_type": "state_forces",
        "fatalities": {"best": 6, "low": 6, "high": None},
        "injured": None,
        "reported_by": ["army sources"],
        "evidence": _evidence(MALI_CLASH, "Suspected jihadist"),
        "background": False,
    }
    for event, text in ((yemen, YEMEN_STRIKE), (mali, MALI_CLASH)):
        assert event["evidence"] in text
    path = tmp_path / "gold.jsonl"
    path.write_text(_gold_line("g1", "2024-03-13", YEMEN_STRIKE, yemen) + "\n"
                    + _gold_line("g2", "2023-09-08", MALI_CLASH, mali) + "\n", encoding="utf-8")
    return path


@pytest.mark.model
def test_eval_table(gold_file, nlp):
    run = run_cli("eval", gold_file)
    assert run.exit_code == 0, run
    for word in ("precision", "recall", "F1"):
        assert word in run.stdout, run
    assert "gold events" in run.stdout


@pytest.mark.model
def test_eval_json(gold_file, nlp):
    run = run_cli("eval", gold_file, "--format", "json")
    assert run.exit_code == 0, run
    report = run.json()
    for regime in ("all", "news"):
        scores = report[regime]
        assert scores["articles"] == 2 and scores["gold_events"] == 2
        for key in ("precision", "recall", "f1"):
            assert 0.0 <= scores[key] <= 1.0
        assert scores["tp"] + scores["fn"] == 2
        assert scores["tp"] + scores["fp"] == scores["system_events"]
    # the Yemen air strike is a robust find: at least one true positive
    assert report["all"]["tp"] >= 1, report
    assert report["timing"]["seconds"] >= 0


def test_eval_bad_gold_is_one_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Some text.", "events": "none"}) + "\n",
                    encoding="utf-8")
    run = run_cli("eval", gold)
    assert run.exit_code == 1, run
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and "gold.jsonl:1" in lines[0] and "events" in lines[0], run
    missing = run_cli("eval", tmp_path / "absent.jsonl")
    assert missing.exit_code == 2 and "absent.jsonl" in missing.stderr, missing


def _all_commands(group, prefix=()):
    yield prefix
    for name, command in getattr(group, "commands", {}).items():
        yield from _all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path", list(_all_commands(cli)), ids=lambda p: " ".join(p) or "sitrep")
def test_help(path):
    run = run_cli(*path, "--help")
    assert run.exit_code == 0, run
    assert run.stdout.startswith("Usage: sitrep"), run
    assert run.stderr == ""


def test_version():
    run = run_cli("--version")
    assert run.exit_code == 0, run
    assert "sitrep" in run.stdout


def test_unknown_command_is_a_usage_error():
    run = run_cli("extrakt")
    assert run.exit_code == 2 and "No such command" in run.stderr, run
