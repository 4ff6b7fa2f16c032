"""The ``--errors`` listing (sitrep.eval.errors_report) on hand-built gold/system events, and the
``sitrep eval --errors`` command with a stub extractor (no model needed)."""

from __future__ import annotations

import json
from types import SimpleNamespace

from click.testing import CliRunner

from sitrep.cli.main import cli
from sitrep.eval.errors_report import NO_CANDIDATE, collect_errors, format_errors
from sitrep.eval.metrics import format_report, score, to_json
from sitrep.eval.reliability import reliability


def ev(**kw) -> dict:
    base = {
        "event_type": "battles",
        "sub_event_type": "armed_clash",
        "date": "2020-09-15",
        "date_precision": "day",
        "location": {"name": "Marib", "country": "YE", "lat": 15.46, "lon": 45.32, "precision": "town"},
        "actor1": "Houthi Movement",
        "actor1_type": "rebel_group",
        "actor2": "Military Forces of Yemen",
        "actor2_type": "state_forces",
        "fatalities": {"best": None, "low": None, "high": None},
        "injured": None,
        "evidence": "Houthi fighters clashed with government troops near Marib on Tuesday. " * 3,
        "background": False,
    }
    base.update(kw)
    return base


def place(name: str, lat: float, lon: float = 45.32, precision: str = "town", country: str = "YE") -> dict:
    return {"name": name, "country": country, "lat": lat, "lon": lon, "precision": precision}


# 1 degree of latitude is about 111 km.
GOLD = [
    {"id": "a1", "events": [
        ev(),  # matched, with field disagreements
        ev(event_type="explosions_remote_violence", sub_event_type="air_drone_strike",
           location=place("Sirwah", 16.46)),  # missed: nearest system event is far and of another type
    ]},
    {"id": "a2", "events": [ev(date="2020-09-01")]},  # missed: no system event at all
    {"id": "a3", "events": [ev()]},  # two system events: one matched, one "taken"
]
SYSTEM = {
    "a1": [
        ev(actor1_type="state_forces", date="2020-09-16", fatalities={"best": 4},
           location=place("Marib east", 15.46, 45.62), confidence=0.95),  # ~32 km away
        ev(date="2020-09-20", location=place("Sanaa", 15.35, 44.21), confidence=0.55),  # spurious
    ],
    "a3": [ev(confidence=0.85), ev(date="2020-09-16", confidence=0.82)],
}


def test_missed_spurious_and_reasons():
    report = collect_errors(score(GOLD, SYSTEM).matches)
    assert (report.missed, report.spurious, report.matched) == (2, 2, 2)
    by_id = {a["article_id"]: a for a in report.articles}
    assert set(by_id) == {"a1", "a2", "a3"}

    (missed,) = by_id["a1"]["missed"]
    assert missed["index"] == 1
    assert missed["event"]["event_type"] == "explosions_remote_violence"
    assert missed["event"]["place"] == "Sirwah" and missed["event"]["place_precision"] == "town"
    assert missed["event"]["country"] == "YE" and missed["event"]["date_precision"] == "day"
    assert len(missed["event"]["evidence"]) == 100
    # closest: the fewest failed criteria (the matched sys[0] fails only type+place, sys[1] all three)
    assert missed["closest"]["sys_index"] == 0 and missed["closest_taken"] is True
    assert missed["reasons"] == ["type", "place"]
    assert missed["date_gap_days"] == 1
    assert 100 < missed["distance_km"] < 120

    (spurious,) = by_id["a1"]["spurious"]
    assert spurious["index"] == 1 and spurious["closest"]["gold_index"] == 0
    assert spurious["reasons"] == ["date", "place"]
    assert spurious["date_gap_days"] == 5 and 110 < spurious["distance_km"] < 130
    assert spurious["event"]["confidence"] == 0.55

    (empty,) = by_id["a2"]["missed"]
    assert empty["closest"] is None and empty["reasons"] == [NO_CANDIDATE]
    assert empty["date_gap_days"] is None and empty["distance_km"] is None

    (taken,) = by_id["a3"]["spurious"]
    assert taken["index"] == 1 and taken["reasons"] == ["taken"] and taken["closest_taken"]
    assert by_id["a3"]["missed"] == [] and by_id["a3"]["disagreements"] == []


def test_field_disagreements():
    report = collect_errors(score(GOLD, SYSTEM).matches)
    dis = {d["field"]: d for d in report.articles[0]["disagreements"]}
    assert set(dis) == {"actor1_type", "date_exact", "fatalities_best", "place_25km"}
    assert (dis["actor1_type"]["gold"], dis["actor1_type"]["system"]) == ("rebel_group", "state_forces")
    assert (dis["date_exact"]["gold"], dis["date_exact"]["system"]) == ("2020-09-15", "2020-09-16")
    assert (dis["fatalities_best"]["gold"], dis["fatalities_best"]["system"]) == (None, 4)
    assert dis["place_25km"]["gold"]["name"] == "Marib" and dis["place_25km"]["system"]["name"] == "Marib east"
    assert 25 < dis["place_25km"]["distance_km"] < 40
    assert all((d["gold_index"], d["sys_index"]) == (0, 0) for d in dis.values())
    assert report.disagreements == 4


def test_reason_summary_and_text():
    report = collect_errors(score(GOLD, SYSTEM).matches)
    assert dict(report.reasons_missed) == {"type": 1, "place": 1, NO_CANDIDATE: 1}
    assert dict(report.reasons_spurious) == {"date": 1, "place": 1, "taken": 1}
    assert report.to_dict()["summary"]["reasons"] == {"place": 2, "date": 1, NO_CANDIDATE: 1, "taken": 1, "type": 1}
    text = format_errors(report)
    assert "failure reasons: place: 2, date: 1, no candidate: 1, taken: 1, type: 1" in text
    assert "article a1: 1 missed, 1 spurious, 4 field disagreements" in text
    assert "MISSED   gold[1] explosions_remote_violence/air_drone_strike  2020-09-15 (day)  Sirwah (town, YE)" in text
    assert "failed: type, place (date gap +1 d," in text
    assert "SPURIOUS sys[1]" in text and "conf 0.55" in text
    assert "actor1_type: gold rebel_group | system state_forces" in text
    # articles are listed in gold order, only when they have an error
    assert text.index("article a1") < text.index("article a2") < text.index("article a3")


def test_no_errors_on_gold_against_itself():
    report = collect_errors(score(GOLD, {g["id"]: g["events"] for g in GOLD}).matches)
    assert report.articles == [] and report.missed == report.spurious == report.disagreements == 0
    assert "failure reasons: none" in format_errors(report)


def test_report_and_json_carry_errors_and_reliability():
    all_s, news_s = score(GOLD, SYSTEM), score(GOLD, SYSTEM, news_only=True)
    errors, rel = collect_errors(all_s.matches), reliability(all_s.matches)
    text = format_report(all_s, news_s, reliability=rel, errors=errors)
    assert text.index("Field accuracy") < text.index("Confidence reliability") < text.index("Errors (all events)")
    data = json.loads(to_json(all_s, news_s, reliability=rel, errors=errors))
    assert data["errors"]["summary"]["missed"] == 2
    assert data["reliability"]["high_confidence"]["count"] == 3
    assert "errors" not in json.loads(to_json(all_s, news_s))


def test_cli_errors_with_stub_extractor(tmp_path, monkeypatch):
    gold = tmp_path / "gold.jsonl"
    lines = []
    for art in GOLD:
        events = [{k: v for k, v in e.items() if k != "confidence"} for e in art["events"]]
        lines.append(json.dumps({"id": art["id"], "published": "2020-09-16", "text": art["id"], "events": events}))
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = {art["id"]: art["id"] for art in GOLD}

    def stub(text, published=None, url=None):
        assert text in texts
        return [SimpleNamespace(to_dict=lambda e=e: dict(e)) for e in SYSTEM.get(text, [])]

    monkeypatch.setattr("sitrep.nlp.extractor.extract_events", stub)
    runner = CliRunner()
    table = runner.invoke(cli, ["eval", str(gold), "--errors"])
    assert table.exit_code == 0, table.output
    assert "Confidence reliability" in table.output
    assert "events with confidence >= 0.8: 3, precision 0.667" in table.output
    assert "Errors (all events): 2 missed, 2 spurious" in table.output
    assert "article a2: 1 missed" in table.output

    plain = runner.invoke(cli, ["eval", str(gold)])
    assert plain.exit_code == 0 and "Confidence reliability" in plain.output and "Errors (" not in plain.output

    js = runner.invoke(cli, ["eval", str(gold), "--format", "json", "--errors"])
    assert js.exit_code == 0, js.output
    data = json.loads(js.output)
    assert data["errors"]["summary"]["reasons_missed"] == {NO_CANDIDATE: 1, "place": 1, "type": 1}
    assert [a["article_id"] for a in data["errors"]["articles"]] == ["a1", "a2", "a3"]
    assert data["reliability"]["system_events"] == 4
    assert "errors" not in json.loads(runner.invoke(cli, ["eval", str(gold), "--format", "json"]).output)
