"""Bulk loading of a benchmark store: indexes and triggers off while the rows go in, built
once at the end.

Kept row by row, each of the events' dozen indexes, the full-text index, the R*Tree and the
facet rollup's triggers costs a random write per inserted row; built at the end, each is one
sort. The definitions are read back from the store's own catalogue before they are dropped and
run again unchanged, so the loaded store is the one the migrations make (tests compare it with
a store filled row by row).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sitrep.store.migrations import add_event_points
from sitrep.store.rollup import refill_rollup
from sitrep.store.sql import SQLStore

TABLES = ("articles", "events", "incident_links", "incidents")


@contextmanager
def deferred_upkeep(store: SQLStore) -> Iterator[None]:
    """Inside: no secondary index or trigger on the loaded tables. On leaving (not on an
    error, which leaves the store to be filled again): every index made again, the full-text
    index, the R*Tree (SQLite) and the rollup summed from the rows, the triggers back."""
    if store.dialect.name == "postgresql":
        with _postgresql(store):
            yield
        return
    marks = ", ".join("?" for _ in TABLES)
    ddl = store._exec(f"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', "
                      f"'trigger') AND sql IS NOT NULL AND tbl_name IN ({marks}) ORDER BY rowid",
                      TABLES).fetchall()
    settings = {p: store._exec(f"PRAGMA {p}").fetchone()[0] for p in ("synchronous", "cache_size")}
    store._exec("PRAGMA synchronous = OFF")  # a crash mid-load means filling again anyway
    store._exec("PRAGMA cache_size = -2000000")  # 2 GB: the primary keys' b-trees stay in memory
    with store.transaction():
        for kind, name, _sql in ddl:
            store._exec(f'DROP {kind.upper()} "{name}"')
    yield
    with store.transaction():
        for kind, _name, sql in ddl:
            if kind == "index":
                store._exec(sql)
        store._exec("INSERT INTO article_search (article_search) VALUES ('rebuild')")
        # one b-tree per term: a search tested article by article seeks one segment, not several
        store._exec("INSERT INTO article_search (article_search) VALUES ('optimize')")
        store._exec("DELETE FROM event_points")
        store._exec(add_event_points("events"))
        refill_rollup(store.conn, store.dialect)
        for kind, _name, sql in ddl:
            if kind == "trigger":
                store._exec(sql)
    for pragma, value in settings.items():
        store._exec(f"PRAGMA {pragma} = {int(value)}")


@contextmanager
def _postgresql(store: SQLStore) -> Iterator[None]:
    """The same on PostgreSQL: indexes other than the primary keys dropped and made again
    (with more sort memory), the rollup's trigger disabled and the rollup summed once."""
    indexes = store._exec(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
        f"AND i.tablename IN ({', '.join('?' for _ in TABLES)}) AND i.indexname NOT IN "
        "(SELECT conname FROM pg_constraint)", TABLES).fetchall()
    with store.transaction():
        store._exec("ALTER TABLE events DISABLE TRIGGER stats_rollup")
        for name, _definition in indexes:
            store._exec(f'DROP INDEX "{name}"')
    yield
    store._exec("SET maintenance_work_mem = '1GB'")
    with store.transaction():
        for _name, definition in indexes:
            store._exec(definition)
        refill_rollup(store.conn, store.dialect)
        store._exec("ALTER TABLE events ENABLE TRIGGER stats_rollup")
    store._exec("RESET maintenance_work_mem")
