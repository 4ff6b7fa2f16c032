"""The benchmark's bulk load (``sitrep.bench.bulk``): indexes, triggers, the full-text index,
the R*Tree and the rollup built once at the end give the store that row-by-row inserts give,
on both backends, whatever the number of generating processes; later writes keep it exact."""

from __future__ import annotations

import pytest

from sitrep.bench.api_fill import fill_store
from sitrep.store import store_from_url

from .dataset import fill
from .test_stats_rollup import _assert_exact, _stored


def _schema(store) -> set[tuple]:
    if store.dialect.name == "postgresql":
        return set(store._exec("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE "
                               "schemaname = current_schema()").fetchall()) | set(store._exec(
            "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal").fetchall())
    return set(store._exec("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())


def _found(store, word: str) -> list[str]:
    if store.dialect.name == "postgresql":
        sql = "SELECT id FROM articles WHERE search @@ plainto_tsquery('english', ?)"
    else:
        sql = ("SELECT a.id FROM article_search s JOIN articles a ON a.rowid = s.rowid "
               "WHERE article_search MATCH ?")
    return sorted(r[0] for r in store._exec(sql, (word,)).fetchall())


def _points(store) -> list[tuple]:
    if store.dialect.name == "postgresql":
        sql = ("SELECT id FROM events WHERE point(lon, lat) <@ box(point(-5, 10), point(45, 40)) "
               "ORDER BY id")
    else:
        sql = ("SELECT id FROM event_points WHERE min_lon >= -5 AND max_lon <= 45 AND "
               "min_lat >= 10 AND max_lat <= 40 ORDER BY id")
    return [r[0] for r in store._exec(sql).fetchall()]


def test_a_bulk_load_gives_the_store_that_row_by_row_inserts_give(store_url, tmp_path):
    with store_from_url(str(tmp_path / "rows.db")) as rows, store_from_url(store_url) as bulk:
        schema = _schema(bulk)
        fill_store(rows, 900, batch=400, bulk=False)
        fill_store(bulk, 900, batch=400, jobs=2)
        assert bulk.snapshot() == rows.snapshot()
        assert _schema(bulk) == schema  # every index and trigger back, as the migrations made them
        _assert_exact(bulk)
        assert _stored(bulk) == _stored(rows)
        for word in ("market", "bridge", "police"):
            assert _found(bulk, word) == _found(rows, word) != []
        assert _points(bulk) == _points(rows) != []
        fill(bulk)  # ingest after the load: the triggers keep the rollup
        _assert_exact(bulk)


def test_parts_do_not_depend_on_the_number_of_processes(tmp_path):
    with store_from_url(str(tmp_path / "one.db")) as one, \
            store_from_url(str(tmp_path / "two.db")) as two:
        counts = fill_store(one, 700, batch=300)
        assert fill_store(two, 700, batch=300, jobs=2) == counts
        assert counts["events"] == 700
        assert one.snapshot() == two.snapshot()


def test_no_linking_gives_one_incident_per_event(tmp_path):
    with store_from_url(str(tmp_path / "alone.db")) as store:
        counts = fill_store(store, 500, link_share=0.0)
    assert counts["incidents"] == counts["events"] == 500
