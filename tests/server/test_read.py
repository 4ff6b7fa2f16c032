"""The read API over a real store on both backends: listings, filters (sitrep's and ACLED's
grammar), formats, keyset paging, one event / article / incident, stats, change feed, errors."""

from __future__ import annotations

import csv
import io

import pytest

from sitrep.store import store_from_url

from .dataset import ARTICLES, EVENT_COUNT, extra_articles, fill

ALL_EVENTS = {e.id: e for _, events in ARTICLES for e in events}


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["data"]]


def walk(client, url: str) -> list[str]:
    """Every id of a listing, following `next`."""
    seen, cursor = [], None
    while True:
        sep = "&" if "?" in url else "?"
        page = client.get(url + (f"{sep}cursor={cursor}" if cursor else "")).json()
        seen += [item["id"] for item in page["data"]]
        cursor = page["next"]
        if cursor is None:
            return seen


def test_events_newest_first_undated_last_with_their_fields(client):
    body = client.get("/api/events").json()
    assert body["next"] is None and len(body["data"]) == EVENT_COUNT
    dates = [e["date"] for e in body["data"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[-1] is None
    event = next(e for e in body["data"] if e["id"] == "e-a01-1")
    assert event["article_id"] == "a01" and event["incident_id"].startswith("i")
    assert event["fatalities"] == {"best": 11, "low": 11, "high": None}
    assert event["review"] == {"status": "unreviewed", "corrected": {}, "records": []}
    for key in ("event_type", "sub_event_type", "date_precision", "location", "actor1", "actor1_type",
                "actor2", "actor2_type", "injured", "reported_by", "evidence", "background"):
        assert key in event


def test_pages_follow_the_cursor_without_repeats(client):
    first = client.get("/api/events?limit=3").json()
    assert len(first["data"]) == 3 and first["next"]
    assert sorted(walk(client, "/api/events?limit=3")) == sorted(ALL_EVENTS)
    assert len(walk(client, "/api/events?limit=1")) == EVENT_COUNT


def test_no_row_repeated_or_skipped_while_rows_are_added(own_client, filled_url):
    """Rows written between pages (newer, older and on the same days as the page boundary)
    never make a row that existed at the start repeat or go missing."""
    before = set(ALL_EVENTS)
    seen, cursor, batch = [], None, 0
    with store_from_url(filled_url) as store:
        while True:
            url = "/api/events?limit=2" + (f"&cursor={cursor}" if cursor else "")
            page = own_client.get(url).json()
            seen += [e["id"] for e in page["data"]]
            cursor = page["next"]
            if cursor is None:
                break
            fill(store, extra_articles(4, prefix=f"n{batch}-"))
            batch += 1
    assert batch >= 3
    assert len(seen) == len(set(seen)), "a row was repeated"
    assert before <= set(seen), f"rows skipped: {before - set(seen)}"


def test_a_cursor_is_bound_to_its_filters_and_malformed_ones_are_400(client):
    cursor = client.get("/api/events?limit=1&country=SY").json()["next"]
    assert client.get(f"/api/events?limit=1&country=SY&cursor={cursor}").status_code == 200
    other = client.get(f"/api/events?limit=1&country=YE&cursor={cursor}")
    assert other.status_code == 400 and other.json()["error"]["code"] == "bad_cursor"
    for bad in ("garbage", "eyJ4Ijox", "W10", "%00"):
        response = client.get(f"/api/events?cursor={bad}")
        assert response.status_code == 400, bad
        assert response.json()["error"]["parameter"] == "cursor"


@pytest.mark.parametrize("query, expected", [
    ("country=SY", {"e-a01-1", "e-a01-2", "e-a02-1", "e-a03-1"}),
    ("country=syria|Yemen", {"e-a01-1", "e-a01-2", "e-a02-1", "e-a03-1", "e-a04-1"}),
    ("admin1=Gao Region", {"e-a05-1", "e-a05-2"}),
    ("event_type=Battles", {"e-a03-1"}),
    ("event_type=explosions_remote_violence&country=YE", {"e-a04-1"}),
    ("sub_event_type=Air/drone strike", {"e-a01-1", "e-a02-1", "e-a04-1"}),
    ("type=protests|armed_clash", {"e-a03-1", "e-a06-1"}),
    ("actor=Military Forces of Syria", {"e-a01-2", "e-a03-1"}),
    ("actor2=Military Forces of Syria", {"e-a03-1"}),
    ("date_from=2024-01-01&date_to=2024-02-29", {"e-a03-1"}),
    ("event_date=2023-07-03|2024-02-01&event_date_where=BETWEEN", {"e-a05-1", "e-a04-1", "e-a03-1"}),
    ("event_date=2024-03-11", {"e-a01-1", "e-a02-1"}),
    ("event_date=2023-11-18&event_date_where=>", {"e-a01-1", "e-a02-1", "e-a03-1"}),
    ("event_date=2022-10-10&event_date_where=<=", {"e-a06-1", "e-a01-2"}),
    ("bbox=35,30,45,40", {"e-a01-1", "e-a01-2", "e-a02-1", "e-a03-1"}),
    ("bbox=170,-10,5,20", {"e-a05-1", "e-a05-2"}),  # across the antimeridian: lon >= 170 or <= 5
    ("background=only", {"e-a01-2"}),
    ("background=exclude&country=SY", {"e-a01-1", "e-a02-1", "e-a03-1"}),
    ("min_confidence=0.8", {"e-a01-1", "e-a02-1", "e-a06-1"}),
    ("q=wedding", {"e-a04-1"}),
    ("q=Ariha killed", {"e-a01-1", "e-a01-2"}),  # stemmed: 'killed' ~ 'killing'
    ("q=Marching students", {"e-a06-1"}),
    ("q=zeppelin", set()),
])
def test_filters(client, query, expected):
    assert set(ids(client.get(f"/api/events?{query}"))) == expected


def test_fields_keep_only_the_named_keys(client):
    body = client.get("/api/events?fields=date|event_type&limit=2").json()
    assert [sorted(e) for e in body["data"]] == [["date", "event_type", "id"]] * 2
    response = client.get("/api/events?fields=date|nonsense")
    assert response.status_code == 400 and "nonsense" in response.json()["error"]["message"]


def test_geojson_has_a_point_per_located_event_and_the_cursor(client):
    body = client.get("/api/events?format=geojson&limit=4").json()
    assert body["type"] == "FeatureCollection" and body["next"]
    assert len(body["features"]) + body["unlocated"] == 4
    feature = body["features"][0]
    lon, lat = feature["geometry"]["coordinates"]
    assert (lat, lon) == (feature["properties"]["location"]["lat"], feature["properties"]["location"]["lon"])


def test_csv_has_acled_columns_incident_and_review(client):
    response = client.get("/api/events?format=csv&country=YE")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1
    row = rows[0]
    assert row["event_id_cnty"] == "e-a04-1" and row["event_type"] == "Explosions/Remote violence"
    assert row["fatalities"] == "9" and row["incident_id"].startswith("i")
    assert row["review_status"] == "unreviewed" and row["corrected"] == ""
    paged = client.get("/api/events?format=csv&limit=2")
    assert paged.headers["x-next-cursor"] and len(list(csv.DictReader(io.StringIO(paged.text)))) == 2
    columns = client.get("/api/events?format=csv&fields=event_id_cnty|fatalities").text.splitlines()[0]
    assert columns == "event_id_cnty,fatalities"


def test_one_event_with_its_article_head_and_incident(client):
    event = client.get("/api/events/e-a02-1").json()
    assert event["article"]["title"] == "Death toll in Ariha market strike rises"
    assert "text" not in event["article"]
    incident = event["incident"]
    assert incident["id"] == event["incident_id"]
    assert {s["event_id"] for s in incident["sources"]} == {"e-a01-1", "e-a02-1"}


def test_article_text_and_evidence_offsets(client):
    article = client.get("/api/articles/a01").json()
    text = article["text"]
    assert [e["id"] for e in article["events"]] == ["e-a01-1", "e-a01-2"]  # by position
    for event in article["events"]:
        for span in event["evidence_spans"] + list(event["field_evidence"].values()):
            assert text[span["start_char"]:span["end_char"]] == span["text"]
    assert article["events"][0]["field_evidence"]["fatalities"]["text"] == "killing 11 civilians"


def test_incident_lists_every_source_with_its_evidence_and_text(client):
    incident_id = client.get("/api/events/e-a01-1").json()["incident_id"]
    incident = client.get(f"/api/incidents/{incident_id}").json()
    assert incident["reports"] == 2 and incident["fatalities"]["best"] == 14
    assert {s["fatalities"] for s in incident["sources"]} == {11, 14}
    assert {e["id"] for e in incident["events"]} == {"e-a01-1", "e-a02-1"}
    for event in incident["events"]:
        text = incident["articles"][event["article_id"]]["text"]
        span = event["field_evidence"]["fatalities"]
        assert text[span["start_char"]:span["end_char"]] == span["text"]
    assert incident["moved_in"] == [] and incident["moved_out"] == []


def test_incident_listing_filters_and_pages(client):
    all_ids = walk(client, "/api/incidents?limit=2")
    assert len(all_ids) == len(set(all_ids)) == EVENT_COUNT - 1  # two reports are one incident
    assert len(ids(client.get("/api/incidents?min_reports=2"))) == 1
    assert len(ids(client.get("/api/incidents?country=ML"))) == 2
    assert len(ids(client.get("/api/incidents?q=wedding"))) == 1
    assert len(ids(client.get("/api/incidents?actor=Saudi-led Coalition"))) == 1
    assert len(ids(client.get("/api/incidents?type=air_drone_strike"))) == 2
    body = client.get("/api/incidents?format=geojson").json()
    assert len(body["features"]) == EVENT_COUNT - 1 - body["unlocated"]
    text = client.get("/api/incidents?format=csv&min_reports=2").text
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["reports"] == "2" and row["fatalities"] == "11" and row["fatalities_best"] == "14"


def test_stats_count_what_the_filter_keeps(client):
    stats = client.get("/api/stats").json()
    assert stats["events"] == EVENT_COUNT
    assert stats["fatalities"] == sum(e.fatalities.best or 0 for e in ALL_EVENTS.values())
    assert {f["value"]: f["count"] for f in stats["by_country"]} == {"SY": 4, "YE": 1, "ML": 2, "NG": 1}
    assert stats["by_event_type"][0] == {"value": "explosions_remote_violence", "count": 4}
    weeks = {w["value"]: w["count"] for w in stats["by_week"]}
    assert weeks["2024-03-11"] == 2 and sum(weeks.values()) == EVENT_COUNT - 1  # one undated
    assert list(weeks) == sorted(weeks)
    assert stats["date_min"] == "2019-06-01" and stats["date_max"] == "2024-03-11"
    actors = {a["value"]: a["count"] for a in stats["by_actor"]}
    assert actors["Military Forces of Syria"] == 2 and actors["Military Forces of Russia"] == 2
    syria = client.get("/api/stats?country=SY&background=exclude").json()
    assert syria["events"] == 3 and syria["fatalities"] == 11 + 14 + 4


def test_change_feed_since(client):
    feed = client.get("/api/changes").json()
    versions = [c["version"] for c in feed["data"]]
    assert versions == sorted(versions) and feed["last_version"] == versions[-1]
    assert {c["kind"] for c in feed["data"]} >= {"created", "event_added"}
    later = client.get(f"/api/changes?since={versions[2]}&limit=2").json()
    assert [c["version"] for c in later["data"]] == versions[3:5]
    empty = client.get(f"/api/changes?since={versions[-1]}").json()
    assert empty == {"data": [], "last_version": versions[-1]}


@pytest.mark.parametrize("url, parameter", [
    ("/api/events?country=Atlantis", "country"),
    ("/api/events?date_from=2024-02-30", "date_from"),
    ("/api/events?event_date=2024-01-01|2024-01-31", "event_date"),
    ("/api/events?event_date=2024-01-01&event_date_where=LIKE", "event_date_where"),
    ("/api/events?bbox=1,2,3", "bbox"),
    ("/api/events?bbox=0,50,10,40", "bbox"),
    ("/api/events?limit=5001", "limit"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?min_confidence=2", "min_confidence"),
    ("/api/events?format=xml", "format"),
    ("/api/events?type=bombing", "type"),
    ("/api/events?background=maybe", "background"),
    ("/api/events?q=%21%21", "q"),
    ("/api/events?contry=SY", "contry"),
    ("/api/stats?limit=3", "limit"),
    ("/api/incidents?review=accepted", "review"),
    ("/api/changes?since=-1", "since"),
])
def test_bad_parameters_are_one_line_400s_naming_the_parameter(client, url, parameter):
    response = client.get(url)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "bad_parameter" and error["parameter"] == parameter
    assert error["status"] == 400 and "\n" not in error["message"] and "Traceback" not in error["message"]


@pytest.mark.parametrize("url", ["/api/events/nope", "/api/articles/nope", "/api/incidents/nope",
                                 "/api/events/nope/reviews", "/api/nothing"])
def test_unknown_ids_and_paths_are_404_in_the_error_shape(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_every_response_keeps_the_page_on_this_host(client):
    for url in ("/", "/api/events?limit=1", "/api/nothing", "/openapi.json"):
        policy = client.get(url).headers["content-security-policy"]
        assert "default-src 'self'" in policy and "connect-src 'self'" in policy
    assert "access-control-allow-origin" not in client.get(
        "/api/events", headers={"Origin": "https://elsewhere.example"}).headers


def test_cors_only_for_the_origins_asked_for(shared_url):
    from sitrep.server import create_app

    from .conftest import TestClient

    with TestClient(create_app(shared_url, cors_origins=("https://maps.example",))) as cors:
        allowed = cors.get("/api/events?limit=1", headers={"Origin": "https://maps.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://maps.example"
        other = cors.get("/api/events?limit=1", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize("query", ["q=wedding", "q=Ariha killed", "q=zeppelin", "q=students&country=NG"])
def test_search_gives_the_same_events_listed_or_walked(client, monkeypatch, query):
    """A search with few matching articles lists them; with many it is tested while walking
    the listing's index: both ways find the same events."""
    from sitrep.server import sql

    listed = ids(client.get(f"/api/events?{query}"))
    monkeypatch.setattr(sql, "FEW_MATCHES", 0)
    assert ids(client.get(f"/api/events?{query}")) == listed
    assert client.get(f"/api/stats?{query}").json()["events"] == len(listed)
