"""Full-text search combined with other filters over the benchmark's synthetic events, paged by
cursor: the same events in the same order as a plain test of every event's article, whether the
matching articles are listed (few), tested one by one through the full-text index while the
listing walks its order (SQLite), or read whole past the end of that walk, on both backends."""

from __future__ import annotations

import re

import pytest

from sitrep.bench.api_fill import fill_store
from sitrep.server import create_app, queries, sql
from sitrep.store import store_from_url

from .conftest import TestClient


@pytest.fixture(scope="module")
def words_url(module_store_url):
    with store_from_url(module_store_url) as store:
        fill_store(store, 1200, batch=600)
    return module_store_url


def _expected(url: str, words: list[str], country: str | None = None,
              kind: str | None = None) -> list[str]:
    with store_from_url(url) as store:
        rows = store._exec("SELECT coalesce(e.date, ''), e.id, e.country, e.event_type, "
                           "a.title, a.text FROM events e JOIN articles a ON a.id = e.article_id"
                           ).fetchall()
    kept = [(key, i) for key, i, c, t, title, text in rows
            if set(words) <= set(re.findall(r"\w+", f"{title} {text}".lower()))
            and country in (None, c) and kind in (None, t)]
    return [i for _, i in sorted(kept, reverse=True)]


def _listed(client, query: str, limit: int) -> list[str]:
    ids, cursor = [], None
    while True:
        answer = client.get(f"/api/events?{query}&limit={limit}&fields=id"
                            + (f"&cursor={cursor}" if cursor else ""))
        assert answer.status_code == 200, answer.text
        ids += [e["id"] for e in answer.json()["data"]]
        cursor = answer.json()["next"]
        if cursor is None:
            return ids


SEARCHES = {
    "q=market&country=SY": (["market"], "SY", None),
    "q=bridge&country=NG": (["bridge"], "NG", None),
    "q=school&type=battles": (["school"], None, "battles"),
    "q=camp hospital": (["camp", "hospital"], None, None),
    "q=zeppelin&country=ML": (["zeppelin"], "ML", None),
}


@pytest.mark.parametrize("query", list(SEARCHES))
@pytest.mark.parametrize(("few", "walk"), [(sql.FEW_MATCHES, queries.PROBE_WALK), (0, 2000),
                                           (0, 25), (0, 1)])
def test_search_with_filters_pages_like_a_plain_test(words_url, monkeypatch, query, few, walk):
    expected = _expected(words_url, *SEARCHES[query])
    assert expected or "zeppelin" in query
    monkeypatch.setattr(sql, "FEW_MATCHES", few)
    monkeypatch.setattr(queries, "PROBE_WALK", walk)
    with TestClient(create_app(words_url)) as client:
        for limit in (7, 100):
            assert _listed(client, query, limit) == expected
