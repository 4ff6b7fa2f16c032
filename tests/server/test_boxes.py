"""Bounding boxes through the spatial index (R*Tree on SQLite, GiST on PostgreSQL): the same
events in the same keyset order as a plain test of every event's coordinates, whether the box
holds few events (read whole from the index) or many (the listing order walked), on both
backends; the SQLite R*Tree follows every write."""

from __future__ import annotations

import pytest

from sitrep.bench.api_fill import fill_store
from sitrep.server import boxes, create_app
from sitrep.store import store_from_url

from .conftest import TestClient
from .dataset import ARTICLES, fill


@pytest.fixture(scope="module")
def points_url(module_store_url):
    with store_from_url(module_store_url) as store:
        fill_store(store, 1500, batch=500)
        with store.transaction():  # a point on the edge of a box below, one without a place
            store._exec("UPDATE events SET lat = 10.0, lon = 20.0 WHERE id = "
                        "(SELECT min(id) FROM events)")
            store._exec("UPDATE events SET lat = NULL, lon = NULL WHERE id = "
                        "(SELECT max(id) FROM events)")
    return module_store_url


def _expected(url: str, bbox: tuple[float, float, float, float], country: str | None = None) -> list[str]:
    w, s, e, n = bbox
    with store_from_url(url) as store:
        rows = store._exec("SELECT coalesce(date, ''), id, lat, lon, country FROM events").fetchall()
    kept = [(key, i) for key, i, lat, lon, c in rows if lat is not None and s <= lat <= n
            and (w <= lon <= e if w <= e else (lon >= w or lon <= e))
            and (country is None or c == country)]
    return [i for _, i in sorted(kept, reverse=True)]


def _listed(client, query: str, limit: int = 100) -> list[str]:
    ids, cursor = [], None
    while True:
        body = client.get(f"/api/events?{query}&limit={limit}&fields=id"
                          + (f"&cursor={cursor}" if cursor else "")).json()
        ids += [e["id"] for e in body["data"]]
        cursor = body["next"]
        if cursor is None:
            return ids


BOXES = {
    "Sahel": (-6.0, 10.0, 20.0, 18.0),  # west and south edges on the moved point
    "Levant": (35.0, 32.0, 43.0, 37.5),
    "across the antimeridian": (60.0, -30.0, -170.0, 40.0),
    "world": (-180.0, -90.0, 180.0, 90.0),
    "empty sea": (-40.0, -40.0, -30.0, -30.0),
}


@pytest.mark.parametrize("few", [boxes.FEW_IN_BOX, 40])
@pytest.mark.parametrize("name", list(BOXES))
def test_a_box_lists_the_events_inside_in_keyset_order(points_url, name, few, monkeypatch):
    monkeypatch.setattr(boxes, "FEW_IN_BOX", few)
    bbox = BOXES[name]
    with TestClient(create_app(points_url)) as client:
        listed = _listed(client, "bbox=" + ",".join(str(v) for v in bbox), limit=70)
        with_country = _listed(client, "bbox=" + ",".join(str(v) for v in bbox) + "&country=ML")
    assert listed == _expected(points_url, bbox)
    assert with_country == _expected(points_url, bbox, "ML")
    if name == "Sahel":
        assert listed and with_country


def test_the_rtree_follows_every_write(tmp_path):
    with store_from_url(str(tmp_path / "s.db")) as store:
        def same() -> None:
            points = store._exec("SELECT rid, key, id, lat, lon FROM event_points").fetchall()
            events = store._exec("SELECT rowid, coalesce(date, ''), id, lat, lon FROM events "
                                 "WHERE lat IS NOT NULL AND lon IS NOT NULL").fetchall()
            assert sorted(points) == sorted(events) and points

        fill(store)
        same()
        article, events = ARTICLES[0]
        store.write_extraction(article, events[:1])  # re-extraction with one event fewer
        same()
        with store.transaction():
            store._exec("UPDATE events SET lat = 1.5, date = '2020-02-02' WHERE id = 'e-a03-1'")
            store._exec("UPDATE events SET lon = NULL WHERE id = 'e-a04-1'")
            store._exec("DELETE FROM articles WHERE id = 'a06'")
        same()
