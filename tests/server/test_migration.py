"""A store made before the API's migrations (m005 search, m006 reviews) upgrades in place: the
articles it holds become searchable and its events reviewable, on both backends."""

from __future__ import annotations

from sitrep.server import create_app
from sitrep.store import migrations, store_from_url

from .conftest import TestClient
from .dataset import fill


def test_an_older_store_upgrades_and_its_articles_are_searchable(store_url, monkeypatch):
    older = tuple(m for m in migrations.MIGRATIONS if m.__name__ < "m004")
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", older)
        with store_from_url(store_url) as store:
            fill(store)
            assert [r[0] for r in store._exec("SELECT name FROM migrations ORDER BY name")] == [
                m.__name__ for m in older]
    with TestClient(create_app(store_url)) as client:
        found = client.get("/api/events?q=wedding").json()["data"]
        assert [e["id"] for e in found] == ["e-a04-1"]
        assert client.get("/api/events?review=unreviewed&country=YE").json()["data"][0]["id"] == "e-a04-1"
