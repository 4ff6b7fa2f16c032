"""The facet rollup behind /api/stats (``sitrep.store.rollup``) stays equal to a GROUP BY over
the events through every write path, on both backends, and /api/stats answers from it what it
answered from the events themselves."""

from __future__ import annotations

from collections import defaultdict

import pytest

from sitrep.bench.api_fill import copy_store, fill_store
from sitrep.review import add_review
from sitrep.server import create_app
from sitrep.server.filters import EventFilter
from sitrep.server.stats import _from_events, _summarise, event_stats
from sitrep.server.stats_rollup import whole_months
from sitrep.store import migrations, store_from_url
from sitrep.store.rollup import GRAINS

from .conftest import TestClient
from .dataset import ARMY_SY, ARTICLES, CIV_ML, GUNMEN_ML, Told, fill, make_article

_EVENT_FIELDS = ("date", "event_type", "sub_event_type", "country", "background",
                 "fatalities_best", "actor1", "actor2")


def _expected(store) -> dict[str, dict[tuple, list[int]]]:
    """Each grain's rows computed in Python from the events."""
    out: dict[str, dict[tuple, list[int]]] = {g.table: defaultdict(lambda: [0, 0]) for g in GRAINS}
    for row in store._exec(f"SELECT {', '.join(_EVENT_FIELDS)} FROM events").fetchall():
        date, kind, sub, country, background, killed, actor1, actor2 = row
        values = {"day": date or "", "month": (date or "")[:7], "event_type": kind, "sub_event_type": sub,
                  "country": country or "", "background": background}
        for grain in GRAINS:
            actors = [a for a in dict.fromkeys((actor1, actor2)) if a] if grain.per_actor else [None]
            for actor in actors:
                cell = out[grain.table][tuple(actor if d == "actor" else values[d] for d in grain.dims)]
                cell[0] += 1
                cell[1] += killed or 0
    return {table: dict(rows) for table, rows in out.items()}


def _stored(store) -> dict[str, dict[tuple, list[int]]]:
    return {g.table: {tuple(r[:-2]): [r[-2], r[-1]] for r in store._exec(
        f"SELECT {', '.join(g.dims)}, events, fatalities FROM {g.table}").fetchall()}
        for g in GRAINS}


def _assert_exact(store) -> None:
    assert _stored(store) == _expected(store)


SAME_NAME = ("Local Militia (Mali)", "militia", "the local militia")
MORE = [
    make_article("r01", "2021-05-03", "desk.example.org", "Militia feud near Gao", [
        Told("Two wings of the local militia traded fire at a Gao well on Sunday; 2 died.",
             "armed_clash", "Gao", "2021-05-02", SAME_NAME, SAME_NAME, 2, "2 died"),
        Told("Years ago government troops held a rally by the Gao river.", "peaceful_protest", "Gao",
             "2021-05-02", ARMY_SY, None, None, None, background=True),
    ]),
]


def test_the_rollup_follows_every_write_path(store_url):
    with store_from_url(store_url) as store:
        _assert_exact(store)  # empty
        fill(store, ARTICLES + MORE)
        _assert_exact(store)
        assert store._exec("SELECT count(*) FROM stats_actor_totals WHERE actor = ?",
                           (SAME_NAME[0],)).fetchone()[0] == 1  # named in both roles: once

        # re-extraction with other events (a new date, sub-type and toll; one event fewer)
        article, events = ARTICLES[4]
        again = make_article(article.id, article.published or "", "sahel.example.org",
                             article.title or "", [
                                 Told("Gunmen on motorbikes ambushed traders on the road to Gao, "
                                      "killing 6.", "armed_clash", "Gao",
                                      "2023-07-04", GUNMEN_ML, CIV_ML, 7, "killing 6")])[1]
        store.write_extraction(article, again)
        _assert_exact(store)

        # a failed extraction of a changed text drops the old text's events
        changed = make_article("r01", "2021-05-03", "desk.example.org", "Militia feud near Gao",
                               [Told("A quiet week in Gao, said the local militia.", "peaceful_protest", "Gao", None,
                                     SAME_NAME, None, None, None)])[0]
        store.write_failure(changed, "extraction failed: test")
        assert store._exec("SELECT count(*) FROM events WHERE article_id = 'r01'").fetchone()[0] == 0
        _assert_exact(store)

        # reviews are records beside the machine's values: the rollup keeps the machine's counts
        before = _stored(store)
        add_review(store, "e-a03-1", action="correct", reviewer="t", field="sub_event_type",
                   value="attack")
        add_review(store, "e-a04-1", action="correct", reviewer="t", field="date", value="2023-11-19")
        add_review(store, "e-a06-1", action="reject", reviewer="t")
        assert _stored(store) == before
        _assert_exact(store)

        # a direct update of the grouped columns, and a delete cascading from articles
        with store.transaction():
            store._exec("UPDATE events SET country = 'ML', date = NULL, fatalities_best = 3, "
                        "actor2 = actor1 WHERE id = 'e-a03-1'")
        _assert_exact(store)
        with store.transaction():
            store._exec("DELETE FROM articles WHERE id = 'a01'")
        assert store._exec("SELECT count(*) FROM events WHERE article_id = 'a01'").fetchone()[0] == 0
        _assert_exact(store)


def test_an_older_store_gets_its_rollup_filled(store_url, monkeypatch):
    older = tuple(m for m in migrations.MIGRATIONS if m.__name__ < "m007")
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", older)
        with store_from_url(store_url) as store:
            fill(store, ARTICLES + MORE)
    with store_from_url(store_url) as store:
        assert store._exec("SELECT count(*) FROM stats_cells").fetchone()[0] > 0
        _assert_exact(store)
        store.write_extraction(*MORE[0])  # unchanged: nothing moves
        _assert_exact(store)


@pytest.fixture(scope="module")
def synthetic_url(module_store_url):
    """A few thousand synthetic events of the benchmark's filler (its bulk inserts fire the
    same triggers as ingest)."""
    with store_from_url(module_store_url) as store:
        fill_store(store, 3000, batch=1000, bulk=False)
        _assert_exact(store)
    return module_store_url


FILTERS = {
    "": EventFilter(),
    "country=SY": EventFilter(countries=("SY",)),
    "country=NG|Mali": EventFilter(countries=("NG", "ML")),
    "type=battles": EventFilter(kinds=("battles",)),
    "type=armed_clash|protests": EventFilter(kinds=("armed_clash", "protests")),
    "event_type=riots": EventFilter(event_types=("riots",)),
    "sub_event_type=attack": EventFilter(sub_event_types=("attack",)),
    "date_from=2021-03-01": EventFilter(date_from="2021-03-01"),
    "date_to=2019-12-31": EventFilter(date_to="2019-12-31"),
    "date_from=2020-01-01&date_to=2020-12-31": EventFilter(date_from="2020-01-01", date_to="2020-12-31"),
    # whole months from a month grain, edge days from a day grain
    "date_from=2020-03-17&date_to=2021-02-09": EventFilter(date_from="2020-03-17", date_to="2021-02-09"),
    "date_from=2022-06-30": EventFilter(date_from="2022-06-30"),
    "date_to=2019-03-02": EventFilter(date_to="2019-03-02"),
    "date_from=2024-02-01&date_to=2024-02-29": EventFilter(date_from="2024-02-01", date_to="2024-02-29"),
    "date_from=2023-05-04&date_to=2023-05-20": EventFilter(date_from="2023-05-04", date_to="2023-05-20"),
    "date_from=2018-12-31&date_to=2019-01-31": EventFilter(date_from="2018-12-31", date_to="2019-01-31"),
    "background=exclude": EventFilter(background="exclude"),
    "background=only": EventFilter(background="only"),
    "country=YE&type=explosions_remote_violence&date_from=2019-06-01&date_to=2023-06-30&background=exclude":
        EventFilter(countries=("YE",), kinds=("explosions_remote_violence",), date_from="2019-06-01",
                    date_to="2023-06-30", background="exclude"),
    "event_date=2022-01-01|2022-03-31&event_date_where=BETWEEN&country=Somalia":
        EventFilter(countries=("SO",), date_from="2022-01-01", date_to="2022-03-31"),
    "type=attack&background=only&date_from=2020-02-10&date_to=2023-11-03":
        EventFilter(kinds=("attack",), background="only", date_from="2020-02-10", date_to="2023-11-03"),
}


@pytest.mark.parametrize("query", list(FILTERS))
def test_stats_from_the_rollup_equal_stats_from_the_events(synthetic_url, query):
    with TestClient(create_app(synthetic_url)) as client:
        answer = client.get(f"/api/stats?{query}")
    assert answer.status_code == 200, answer.text
    with store_from_url(synthetic_url) as store:
        f = FILTERS[query]
        incidents = store._exec("SELECT count(*) FROM incidents").fetchone()[0]
        from_events = _summarise(*_from_events(store, f), incidents)
        assert event_stats(store, f) == from_events
    assert answer.json() == from_events
    assert from_events["events"] > 0 or query.startswith("event_date")


def test_other_filters_still_read_the_events(synthetic_url):
    with store_from_url(synthetic_url) as store:
        f = EventFilter(countries=("SY",), min_confidence=0.5)
        stats = event_stats(store, f)
        kept = store._exec("SELECT count(*) FROM events WHERE country = 'SY' AND confidence >= 0.5"
                           ).fetchone()[0]
    assert stats["events"] == kept > 0


@pytest.mark.postgres
def test_the_benchmark_copies_a_store_with_its_rollup(tmp_path, postgres_url):
    with store_from_url(str(tmp_path / "bench.db")) as source, store_from_url(postgres_url) as target:
        fill_store(source, 400)
        copy_store(source, target)
        assert target.snapshot() == source.snapshot()
        assert _stored(target) == _stored(source)
        fill(target)  # the trigger is back on
        _assert_exact(target)


@pytest.mark.parametrize(("date_from", "date_to", "months"), [
    (None, None, (None, None)),
    ("2021-01-01", "2021-12-31", ("2021-01", "2021-12")),
    ("2021-01-02", "2021-12-30", ("2021-02", "2021-11")),
    ("2024-02-01", "2024-02-29", ("2024-02", "2024-02")),
    ("2023-02-01", "2023-02-27", None),
    ("2019-12-15", None, ("2020-01", None)),
    (None, "2019-12-15", (None, "2019-11")),
])
def test_whole_months_of_a_range(date_from, date_to, months):
    assert whole_months(date_from, date_to) == months
