"""POST /api/articles with the real pipeline on both backends: the article is extracted, stored
and linked, its events come back with spans into its text, and posting it again stores
nothing new."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.server import create_app
from sitrep.server.auth import Token

from .conftest import TOKEN, TestClient

# Our own words: one dated air strike with a toll, in a town the gazetteer knows.
TEXT = ("Air strikes kill eight in Syrian town of Ariha\n\n"
        "Warplanes struck a crowded market in the town of Ariha in Idlib province on Sunday, "
        "killing eight civilians and wounding 20 others, rescue workers said.")

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


def test_post_an_article_extracts_stores_and_links_it(filled_url, extractor):
    app = create_app(filled_url, tokens=(Token("alice", TOKEN),), extractor=extractor)
    with TestClient(app, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        before = client.get("/api/changes").json()["last_version"]
        response = client.post("/api/articles", json={
            "text": TEXT, "published": "2024-05-14", "url": "https://example.org/ariha-strike"})
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["stored"] is True and body["article"]["published"] == "2024-05-14"
        events = body["events"]
        assert events, "the pipeline found no event"
        strike = events[0]
        assert strike["sub_event_type"] == "air_drone_strike" and strike["date"] == "2024-05-12"
        assert strike["fatalities"]["best"] == 8 and strike["location"]["country"] == "SY"
        assert strike["incident_id"] is not None  # linked on the way in
        stored = client.get(f"/api/articles/{body['article']['id']}").json()
        for span in stored["events"][0]["field_evidence"].values():
            assert stored["text"][span["start_char"]:span["end_char"]] == span["text"]
        assert any(c["kind"] == "created" for c in
                   client.get(f"/api/changes?since={before}").json()["data"])
        again = client.post("/api/articles", json={
            "text": TEXT, "published": "2024-05-14", "url": "https://example.org/ariha-strike"})
        assert again.status_code == 201 and again.json()["stored"] is False
        assert [e["id"] for e in again.json()["events"]] == [e["id"] for e in events]


@pytest.mark.parametrize("body, parameter", [
    ({"text": ""}, "text"), ({"text": "   "}, "text"), ({}, "text"),
    ({"text": "x", "published": "14 May"}, "published"), ({"text": "x", "colour": 1}, "colour"),
])
def test_bad_articles_are_refused_before_extraction(filled_url, body, parameter):
    app = create_app(filled_url, tokens=(Token("alice", TOKEN),))  # no Extractor is ever built
    with TestClient(app, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        response = client.post("/api/articles", json=body)
        assert response.status_code in (400, 422), response.text
        assert response.json()["error"]["parameter"] == parameter
        assert app.state.sitrep._extractor is None
