"""Writes through the API on both backends: tokens, review records (accept, reject, correct,
move) kept beside the machine values and shown in the API, CSV and change feed, the gold
export of reviewed events, and the request limits."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitrep.cli.main import cli
from sitrep.eval.runner import load_gold
from sitrep.server import create_app
from sitrep.server.auth import Token, match_token, read_tokens
from sitrep.store import store_from_url

from .conftest import TOKEN, TestClient


def review(client, event_id, **body):
    return client.post(f"/api/events/{event_id}/reviews", json=body)


def test_a_read_only_server_refuses_writes(client):
    response = review(client, "e-a01-1", action="accept")
    assert response.status_code == 403 and response.json()["error"]["code"] == "read_only"


@pytest.mark.parametrize("header", [None, "Bearer wrong-token-0123456789", f"Basic {TOKEN}",
                                    f"Bearer {TOKEN}x", "Bearer "])
def test_writes_need_a_valid_bearer_token(filled_url, header):
    app = create_app(filled_url, tokens=(Token("alice", TOKEN),))
    with TestClient(app) as anonymous:
        headers = {"Authorization": header} if header else {}
        response = anonymous.post("/api/events/e-a01-1/reviews", json={"action": "accept"},
                                  headers=headers)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"
        assert anonymous.get("/api/events/e-a01-1").json()["review"]["status"] == "unreviewed"


def test_token_file_lines_and_errors(tmp_path):
    path = tmp_path / "tokens.txt"
    path.write_text("# reviewers\nalice alice-token-0123456789\nsolo-token-0123456789abc  # no name\n")
    tokens = read_tokens(path)
    assert [t.name for t in tokens] == ["alice", "reviewer"]
    assert match_token(tokens, "Bearer solo-token-0123456789abc").name == "reviewer"
    assert match_token(tokens, "bearer alice-token-0123456789").name == "alice"
    assert match_token(tokens, "Bearer alice-token-012345678") is None
    from sitrep.errors import InputError

    path.write_text("short\n")
    with pytest.raises(InputError, match=r"tokens.txt:1: a token needs at least 16"):
        read_tokens(path)
    path.write_text("# nothing\n")
    with pytest.raises(InputError, match="holds no token"):
        read_tokens(path)


def test_reviews_are_records_beside_the_machine_values(writer, filled_url):
    machine = writer.get("/api/events/e-a01-1").json()
    accepted = review(writer, "e-a01-1", action="accept")
    assert accepted.status_code == 201, accepted.text
    record = accepted.json()["record"]
    assert record["reviewer"] == "alice" and record["before"] == "unreviewed"
    assert record["after"] == "accepted" and accepted.json()["event"]["review"]["status"] == "accepted"

    fixed = review(writer, "e-a01-1", action="correct", field="date", value="2024-03-10",
                   note="the strike was on Sunday night")
    assert fixed.status_code == 201, fixed.text
    assert fixed.json()["record"]["before"] == "2024-03-11"
    again = review(writer, "e-a01-1", action="correct", field="date", value="2024-03-09")
    assert again.json()["record"]["before"] == "2024-03-10"  # the value in force, not the machine's
    review(writer, "e-a01-1", action="correct", field="sub_event_type",
           value="shelling_artillery_missile_attack")
    review(writer, "e-a01-1", action="correct", field="fatalities", value={"best": 12, "low": 11})
    review(writer, "e-a01-1", action="correct", field="actor2", value=None)

    event = writer.get("/api/events/e-a01-1").json()
    for key in ("date", "sub_event_type", "event_type", "fatalities", "actor2"):
        assert event[key] == machine[key], key  # machine values never overwritten
    assert event["review"]["status"] == "corrected"
    assert event["review"]["corrected"] == {
        "date": "2024-03-09", "sub_event_type": "shelling_artillery_missile_attack",
        "event_type": "explosions_remote_violence",
        "fatalities": {"best": 12, "low": 11, "high": None}, "actor2": None}
    records = writer.get("/api/events/e-a01-1/reviews").json()["data"]
    assert [r["action"] for r in records] == ["accept", "correct", "correct", "correct", "correct", "correct"]
    assert records[1]["note"] == "the strike was on Sunday night"
    assert all(r["reviewer"] == "alice" and r["at"] for r in records)

    with store_from_url(filled_url) as store:  # the stored event row itself is unchanged
        stored = json.loads(store._exec("SELECT json FROM events WHERE id = 'e-a01-1'").fetchone()[0])
    assert stored["date"] == "2024-03-11" and stored["fatalities"]["best"] == 11

    rejected = review(writer, "e-a01-2", action="reject", note="recalled, not news")
    assert rejected.json()["record"]["after"] == "rejected"
    listed = {e["id"]: e["review"]["status"] for e in writer.get("/api/events").json()["data"]}
    assert listed["e-a01-1"] == "corrected" and listed["e-a01-2"] == "rejected"
    assert {e["id"] for e in writer.get("/api/events?review=rejected").json()["data"]} == {"e-a01-2"}
    assert {e["id"] for e in writer.get("/api/events?review=reviewed").json()["data"]} == {"e-a01-1", "e-a01-2"}
    assert len(writer.get("/api/events?review=unreviewed").json()["data"]) == len(listed) - 2


def test_reviews_show_in_the_change_feed_and_csv(writer):
    last = writer.get("/api/changes").json()["last_version"]
    record = review(writer, "e-a04-1", action="correct", field="location",
                    value={"name": "Abs", "country": "ye", "admin1": "Hajjah Governorate",
                           "lat": 16.01, "lon": 43.19, "precision": "town"}).json()["record"]
    feed = writer.get(f"/api/changes?since={last}").json()["data"]
    assert [(c["kind"], c["event_id"], c["detail"]) for c in feed] == [
        ("reviewed", "e-a04-1", "correct location")]
    assert feed[0]["version"] == record["version"]
    assert feed[0]["incident_id"] == writer.get("/api/events/e-a04-1").json()["incident_id"]
    import csv
    import io

    row = next(csv.DictReader(io.StringIO(writer.get("/api/events?format=csv&country=YE").text)))
    assert row["review_status"] == "corrected"
    assert json.loads(row["corrected"])["location"]["country"] == "YE"


def test_moving_an_event_to_another_incident(writer):
    source = writer.get("/api/events/e-a02-1").json()["incident_id"]
    target = writer.get("/api/events/e-a03-1").json()["incident_id"]
    moved = review(writer, "e-a02-1", action="move", value=target)
    assert moved.status_code == 201 and moved.json()["record"]["before"] == source
    event = writer.get("/api/events/e-a02-1").json()
    assert event["incident_id"] == source and event["review"]["corrected"]["incident_id"] == target
    into = writer.get(f"/api/incidents/{target}").json()
    assert into["moved_in"] == ["e-a02-1"] and "e-a02-1" in {e["id"] for e in into["events"]}
    out = writer.get(f"/api/incidents/{source}").json()
    assert out["moved_out"] == ["e-a02-1"]
    assert {s["event_id"] for s in out["sources"]} == {"e-a01-1", "e-a02-1"}  # machine's, kept
    back = review(writer, "e-a02-1", action="move", value=source)
    assert back.json()["record"]["before"] == target
    assert writer.get(f"/api/incidents/{source}").json()["moved_out"] == []
    missing = review(writer, "e-a02-1", action="move", value="i-nowhere")
    assert missing.status_code == 422 and "no incident" in missing.json()["error"]["message"]


@pytest.mark.parametrize("body, parameter", [
    ({"action": "approve"}, "action"),
    ({"action": "correct", "field": "weather", "value": 1}, "field"),
    ({"action": "correct", "field": "date", "value": "yesterday"}, "value"),
    ({"action": "correct", "field": "sub_event_type", "value": "bombing"}, "value"),
    ({"action": "correct", "field": "fatalities", "value": {"best": -1}}, "value"),
    ({"action": "correct", "field": "fatalities", "value": {"low": 5, "high": 2}}, "value"),
    ({"action": "correct", "field": "location", "value": {"name": "X", "lat": 1}}, "value"),
    ({"action": "correct", "field": "actor1", "value": None}, "value"),
    ({"action": "correct", "field": "actor1", "value": {"name": "X", "type": "aliens"}}, "value"),
    ({"action": "accept", "field": "date"}, "field"),
    ({"action": "accept", "surprise": True}, "surprise"),
])
def test_bad_reviews_are_422_and_record_nothing(writer, body, parameter):
    response = review(writer, "e-a03-1", **body)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_body" and error["parameter"] == parameter
    assert writer.get("/api/events/e-a03-1/reviews").json() == {"data": []}


def test_reviewing_an_unknown_event_is_404(writer):
    response = review(writer, "e-nowhere", action="accept")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_request_bodies_over_the_limit_are_413(writer):
    response = writer.post("/api/articles", content=b"{" + b" " * 1_100_000 + b"}",
                           headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"


def test_export_reviewed_writes_a_gold_file(writer, filled_url, tmp_path):
    review(writer, "e-a01-1", action="correct", field="date", value="2024-03-10")
    review(writer, "e-a01-2", action="reject")
    review(writer, "e-a04-1", action="accept")
    review(writer, "e-a05-1", action="accept")  # a05's other event is unreviewed: left out
    review(writer, "e-a06-1", action="correct", field="actor1",
           value={"name": "Students (Nigeria)", "type": "protesters"})
    out = tmp_path / "reviewed.jsonl"
    result = CliRunner().invoke(cli, ["export", "--reviewed", "--db", filled_url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 reviewed articles (3 events)" in result.output
    assert "article a05: left out, event e-a05-2 is not reviewed" in result.output
    gold = {a.id: a for a in load_gold(out)}  # the evaluation's own FORMAT.md reader
    assert sorted(gold) == ["a01", "a04", "a06"]
    (a01,) = gold["a01"].events
    assert a01["date"] == "2024-03-10" and a01["sub_event_type"] == "air_drone_strike"
    assert a01["evidence"] in gold["a01"].text and a01["location"]["lat"] == 35.81
    assert a01["incident"].startswith("i")
    assert gold["a06"].events[0]["actor1"] == "Students (Nigeria)"
    assert gold["a06"].events[0]["actor1_type"] == "protesters"
