"""Every export format parses back."""

from __future__ import annotations

import csv
import io
import json

import pytest

from sitrep.export import CSV_COLUMNS, FORMATS, acled_names, write_events
from sitrep.model import EVENT_TYPES, SUB_EVENT_TYPES, Actor, Event, Evidence, Fatalities, Place

TEXT = "At least 12 civilians were killed on Sunday when Russian jets struck Ariha."


def make_events() -> list[Event]:
    located = Event(
        id="a1-e1",
        article_id="a1",
        event_type="explosions_remote_violence",
        sub_event_type="air_drone_strike",
        date="2020-09-20",
        date_precision="day",
        location=Place("Ariha", admin1="Idlib", country="SY", lat=35.8125, lon=36.6097,
                       precision="town"),
        actor1=Actor("Military Forces of Russia", "state_forces"),
        actor2=Actor("Civilians (Syria)", "civilians"),
        fatalities=Fatalities(12, 12, None),
        reported_by=("White Helmets", "activists"),
        evidence=(Evidence(0, len(TEXT), TEXT),),
    )
    unlocated = Event(
        id="a1-e2",
        article_id="a1",
        event_type="protests",
        sub_event_type="peaceful_protest",
        date="2019-05-01",
        date_precision="month",
        location=Place("Aleppo", country="SY", precision="admin1"),
        actor1=Actor("Protesters (Syria)", "protesters"),
        background=True,
    )
    return [located, unlocated]


def render(fmt: str, events=None) -> str:
    out = io.StringIO()
    write_events(make_events() if events is None else events, fmt, out)
    return out.getvalue()


def test_json_and_jsonl_parse_back():
    expected = [e.to_dict() for e in make_events()]
    assert json.loads(render("json")) == expected
    assert [json.loads(line) for line in render("jsonl").splitlines()] == expected
    assert [Event.from_dict(d) for d in json.loads(render("json"))] == make_events()


def test_csv_acled_columns():
    rows = list(csv.DictReader(io.StringIO(render("csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    first, second = rows
    assert first["event_id_cnty"] == "a1-e1"
    assert (first["event_date"], first["year"]) == ("2020-09-20", "2020")
    assert first["time_precision"] == "1"
    assert first["disorder_type"] == "Political violence"
    assert first["event_type"] == "Explosions/Remote violence"
    assert first["sub_event_type"] == "Air/drone strike"
    assert (first["inter1"], first["inter2"]) == ("1", "7")
    assert (first["country"], first["iso"], first["country_code"]) == ("Syria", "760", "SY")
    assert (first["latitude"], first["longitude"], first["geo_precision"]) == (
        "35.8125", "36.6097", "1")
    assert first["source"] == "White Helmets; activists"
    assert first["notes"] == TEXT
    assert (first["fatalities"], first["fatalities_low"]) == ("12", "12")
    assert first["fatalities_high"] == ""
    assert second["disorder_type"] == "Demonstrations"
    assert (second["time_precision"], second["geo_precision"]) == ("3", "3")
    assert (second["latitude"], second["fatalities"], second["actor2"], second["inter2"]) == (
        "", "", "", "")
    assert second["background"] == "true"


def test_acled_names_cover_the_vocabularies():
    names = acled_names()
    assert set(names["event_type"]) == set(EVENT_TYPES) == set(names["disorder_type"])
    assert set(names["sub_event_type"]) == set(SUB_EVENT_TYPES)


def test_geojson_structure():
    data = json.loads(render("geojson"))
    assert data["type"] == "FeatureCollection"
    assert data["unlocated"] == 1
    feature, unlocated = data["features"]  # RFC 7946: an event without coordinates has a null geometry
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.6097, 35.8125]}
    assert feature["properties"] == make_events()[0].to_dict()
    assert unlocated["geometry"] is None and unlocated["properties"] == make_events()[1].to_dict()


def test_table():
    table = render("table")
    lines = table.splitlines()
    assert lines[0].split()[:4] == ["date", "type", "sub-type", "place"]
    assert "Air/drone strike" in table and "Ariha" in table and "12" in lines[2]
    assert "background" in lines[3]
    assert render("table", []) == "(no events)\n"


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "table"])
def test_empty_machine_formats_parse(fmt):
    text = render(fmt, [])
    if fmt == "csv":
        assert list(csv.DictReader(io.StringIO(text))) == []
    elif fmt == "jsonl":
        assert text == ""
    else:
        empty_geojson = {"type": "FeatureCollection", "features": [], "unlocated": 0}
        assert json.loads(text) in ([], empty_geojson)


def test_unknown_format():
    with pytest.raises(ValueError, match="choose one of: table, json, jsonl, csv, geojson"):
        render("xml")
