"""Schema migrations: named functions applied in order, each recorded in ``migrations``.

The same migrations, by the same names, run on every backend. Each is written once in SQL that
both SQLite and PostgreSQL read; ``Dialect.ddl`` maps the few type names that differ (``REAL``
is ``DOUBLE PRECISION`` on PostgreSQL, whose text columns also sort bytewise, ``COLLATE "C"``,
like SQLite's) and a migration branches on ``dialect.name`` only where the SQL itself differs.

Never edit a released migration; append a new function to MIGRATIONS instead.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Dialect:
    """What differs between the SQL of two backends."""

    name: str  # "sqlite" | "postgresql"

    def ddl(self, sql: str) -> str:
        """A CREATE/ALTER statement in this backend's type names."""
        if self.name != "postgresql":
            return sql
        sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)
        return re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', sql)


SQLITE = Dialect("sqlite")
POSTGRESQL = Dialect("postgresql")

Migration = Callable[[Any, Dialect], None]


def m001_initial(conn: Any, dialect: Dialect) -> None:
    run = lambda sql: conn.execute(dialect.ddl(sql))  # noqa: E731
    run(
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT,
            title TEXT,
            published TEXT,
            source TEXT,
            language TEXT NOT NULL DEFAULT 'en',
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        )"""
    )
    run(
        """CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            country TEXT,
            admin1 TEXT,
            location_name TEXT,
            lat REAL,
            lon REAL,
            precision TEXT,
            actor1 TEXT,
            actor1_type TEXT,
            actor2 TEXT,
            actor2_type TEXT,
            fatalities_best INTEGER,
            fatalities_low INTEGER,
            fatalities_high INTEGER,
            injured INTEGER,
            background INTEGER NOT NULL DEFAULT 0,
            confidence REAL,
            json TEXT NOT NULL
        )"""
    )
    run("CREATE INDEX events_article ON events(article_id)")
    run("CREATE INDEX events_type_date ON events(event_type, date)")
    run("CREATE INDEX events_country_date ON events(country, date)")
    # PostgreSQL has no rowid: `seq` keeps the order failures were recorded in.
    seq = "seq BIGSERIAL PRIMARY KEY,\n            " if dialect.name == "postgresql" else ""
    run(
        f"""CREATE TABLE failures (
            {seq}source TEXT NOT NULL,
            line INTEGER,
            reason TEXT NOT NULL,
            severity TEXT NOT NULL DEFAULT 'error',
            first_seen TEXT NOT NULL
        )"""
    )
    # NULLs are distinct in UNIQUE constraints, so index line through ifnull()/coalesce().
    if dialect.name == "postgresql":
        run("CREATE UNIQUE INDEX failures_unique ON failures(source, (coalesce(line, -1)), reason)")
    else:
        run("CREATE UNIQUE INDEX failures_unique ON failures(source, ifnull(line, -1), reason)")


def m002_pipeline_versions(conn: Any, dialect: Dialect) -> None:
    """Each article records the pipeline version of its stored extraction (NULL: none yet), when
    it was extracted and, when its last extraction or storage failed, why; events record their
    pipeline version; a failure may belong to an article. Stores made before this migration only
    ever held 'sitrep-0.1.0' extractions."""
    run = lambda sql: conn.execute(dialect.ddl(sql))  # noqa: E731
    run("ALTER TABLE articles ADD COLUMN pipeline_version TEXT")
    run("ALTER TABLE articles ADD COLUMN extracted_at TEXT")
    run("ALTER TABLE articles ADD COLUMN error TEXT")
    run("ALTER TABLE events ADD COLUMN pipeline_version TEXT")
    run("ALTER TABLE failures ADD COLUMN article_id TEXT")
    run("UPDATE articles SET pipeline_version = 'sitrep-0.1.0', extracted_at = ingested_at")
    run("UPDATE events SET pipeline_version = 'sitrep-0.1.0'")
    run("CREATE INDEX failures_article ON failures(article_id)")
    run("CREATE INDEX articles_pipeline_version ON articles(pipeline_version)")


def m003_incidents(conn: Any, dialect: Dialect) -> None:
    """Incidents across articles (``sitrep.incidents``): the link table (each event in one
    incident; a reversible record, never a deleted report), the scored pairs at or above the
    linking threshold, the incidents' merged fields, and the change feed, whose ``version``
    only grows."""
    run = lambda sql: conn.execute(dialect.ddl(sql))  # noqa: E731
    run(
        """CREATE TABLE incident_links (
            event_id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            incident_id TEXT NOT NULL
        )"""
    )
    run("CREATE INDEX incident_links_incident ON incident_links(incident_id)")
    run("CREATE INDEX incident_links_article ON incident_links(article_id)")
    run(
        """CREATE TABLE incident_pairs (
            event_a TEXT NOT NULL,
            event_b TEXT NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (event_a, event_b)
        )"""
    )
    run("CREATE INDEX incident_pairs_b ON incident_pairs(event_b)")
    run(
        """CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            date TEXT,
            country TEXT,
            reports INTEGER NOT NULL,
            version INTEGER NOT NULL,
            json TEXT NOT NULL
        )"""
    )
    run("CREATE INDEX incidents_country_date ON incidents(country, date)")
    key = "version BIGSERIAL PRIMARY KEY" if dialect.name == "postgresql" \
        else "version INTEGER PRIMARY KEY AUTOINCREMENT"
    run(
        f"""CREATE TABLE changes (
            {key},
            kind TEXT NOT NULL,
            incident_id TEXT,
            event_id TEXT,
            detail TEXT,
            at TEXT NOT NULL
        )"""
    )


def m004_feeds(conn: Any, dialect: Dialect) -> None:
    """News feeds (``sitrep watch``): each feed's conditional-GET validators (ETag,
    Last-Modified) and its last outcome, and every key an article was met under (item link,
    final URL after redirects, rel=canonical URL, feed guid, text hash), so a feed item already
    stored under any of them is never fetched or stored again."""
    run = lambda sql: conn.execute(dialect.ddl(sql))  # noqa: E731
    run(
        """CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            checked_at TEXT,
            status TEXT,
            error TEXT
        )"""
    )
    run(
        """CREATE TABLE feed_keys (
            key TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            feed TEXT,
            first_seen TEXT NOT NULL
        )"""
    )
    run("CREATE INDEX feed_keys_article ON feed_keys(article_id)")


def m005_article_search(conn: Any, dialect: Dialect) -> None:
    """Full-text search over the articles' title and text (``GET /api/events?q=``) and the
    keyset orders of the API's listings. SQLite: an FTS5 index (Porter stemming) kept in step
    with ``articles`` by triggers; PostgreSQL: a stored English ``tsvector`` with a GIN index."""
    run = lambda sql: conn.execute(dialect.ddl(sql))  # noqa: E731
    if dialect.name == "postgresql":
        run("ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED")
        run("CREATE INDEX articles_search ON articles USING GIN (search)")
    else:
        run("CREATE VIRTUAL TABLE article_search USING fts5(title, text, content='articles', "
            "content_rowid='rowid', tokenize='porter unicode61')")
        run("CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN "
            "INSERT INTO article_search (rowid, title, text) VALUES (new.rowid, new.title, new.text); END")
        run("CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN "
            "INSERT INTO article_search (article_search, rowid, title, text) "
            "VALUES ('delete', old.rowid, old.title, old.text); END")
        run("CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON articles BEGIN "
            "INSERT INTO article_search (article_search, rowid, title, text) "
            "VALUES ('delete', old.rowid, old.title, old.text); "
            "INSERT INTO article_search (rowid, title, text) VALUES (new.rowid, new.title, new.text); END")
        run("INSERT INTO article_search (article_search) VALUES ('rebuild')")
    # newest first, undated last: (coalesce(date, ''), id) descending, alone or after a filter
    # (the first columns also serve /api/stats's group-bys from the index alone)
    run("CREATE INDEX events_date_key ON events((coalesce(date, '')), id)")
    run("CREATE INDEX events_date_toll ON events(date, fatalities_best)")  # stats per day
    for column in ("country", "event_type", "sub_event_type", "actor1", "actor2"):
        run(f"CREATE INDEX events_{column}_key ON events({column}, (coalesce(date, '')), id)")
    run("CREATE INDEX events_lat_lon ON events(lat, lon, (coalesce(date, '')), id)")  # boxes
    run("CREATE INDEX incidents_date_key ON incidents((coalesce(date, '')), id)")
    for column in ("country", "event_type", "sub_event_type"):
        run(f"CREATE INDEX incidents_{column}_key ON incidents({column}, (coalesce(date, '')), id)")


def m006_reviews(conn: Any, dialect: Dialect) -> None:
    """Human review records (``sitrep.review``): who did what to which event, when, and the
    value before and after (JSON), the change-feed version and the event's review status after
    it. Records are only ever added; machine values stay."""
    run = lambda sql: conn.execute(dialect.ddl(sql))  # noqa: E731
    key = "id BIGSERIAL PRIMARY KEY" if dialect.name == "postgresql" \
        else "id INTEGER PRIMARY KEY AUTOINCREMENT"
    run(
        f"""CREATE TABLE reviews (
            {key},
            event_id TEXT NOT NULL,
            action TEXT NOT NULL,
            field TEXT,
            before TEXT,
            after TEXT,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT,
            version INTEGER,
            status TEXT NOT NULL
        )"""
    )
    run("CREATE INDEX reviews_event ON reviews(event_id, id)")


def m007_stats_rollup(conn: Any, dialect: Dialect) -> None:
    """The facet rollup of ``/api/stats`` (``sitrep.store.rollup``): event counts and tolls
    per (day, type, sub-type, country, background) and coarser groups, per actor too, filled
    from the stored events and kept exact by triggers on ``events``."""
    from sitrep.store.rollup import create_rollup

    create_rollup(conn, dialect)


def m008_event_points(conn: Any, dialect: Dialect) -> None:
    """A spatial index for the bounding boxes of ``GET /api/events`` (``sitrep.server.boxes``).
    SQLite: an R*Tree of the events' points keyed by the events' rowid (like the articles'
    FTS5 index), carrying each event's listing key, id and exact lat/lon, kept by triggers;
    PostgreSQL: a GiST index on ``point(lon, lat)`` covering the same. Both: the listing order
    with the coordinates, so a box holding many events walks that order from the index alone."""
    run = lambda sql: conn.execute(dialect.ddl(sql))  # noqa: E731
    if dialect.name == "postgresql":
        run("CREATE INDEX events_point ON events USING gist (point(lon, lat)) "
            "INCLUDE (date, id, lat, lon)")
        run("CREATE INDEX events_key_point ON events((coalesce(date, '')), id) "
            "INCLUDE (lat, lon, date)")
        return
    run("CREATE INDEX events_key_point ON events((coalesce(date, '')), id, lat, lon, date)")
    run("CREATE VIRTUAL TABLE event_points USING rtree(rid, min_lat, max_lat, min_lon, max_lon, "
        "+key, +id, +lat, +lon)")
    run(add_event_points("events"))
    run(f"CREATE TRIGGER event_points_insert AFTER INSERT ON events BEGIN {add_event_points('new')}; END")
    run("CREATE TRIGGER event_points_delete AFTER DELETE ON events BEGIN "
        "DELETE FROM event_points WHERE rid = old.rowid; END")
    run("CREATE TRIGGER event_points_update AFTER UPDATE OF lat, lon, date, id ON events BEGIN "
        f"DELETE FROM event_points WHERE rid = old.rowid; {add_event_points('new')}; END")


def add_event_points(r: str) -> str:
    """SQLite: the INSERT that puts the located rows of ``r`` (``events``, or a trigger's
    ``new``) into the R*Tree of ``m008_event_points``."""
    source = " FROM events" if r == "events" else ""
    return (f"INSERT INTO event_points SELECT {r}.rowid, {r}.lat, {r}.lat, {r}.lon, {r}.lon, "
            f"coalesce({r}.date, ''), {r}.id, {r}.lat, {r}.lon{source} "
            f"WHERE {r}.lat IS NOT NULL AND {r}.lon IS NOT NULL")


MIGRATIONS: tuple[Migration, ...] = (m001_initial, m002_pipeline_versions, m003_incidents, m004_feeds,
                                     m005_article_search, m006_reviews, m007_stats_rollup,
                                     m008_event_points)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def apply_migrations(conn: Any, dialect: Dialect = SQLITE) -> list[str]:
    """Apply the migrations not yet recorded, each in its own transaction; return their names.

    ``conn`` is an open ``sqlite3.Connection`` (isolation_level=None) or ``psycopg.Connection``
    (autocommit=True). Safe when several processes open the same store at once.
    """
    if dialect.name == "postgresql":
        return _apply_postgresql(conn)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied = []
    for migration in MIGRATIONS:
        name = migration.__name__
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-check inside the write lock: another process may have just applied it.
            if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("ROLLBACK")
                continue
            migration(conn, SQLITE)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, _now())
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


_LOCK_KEY = 0x5173_7265_7000  # any constant: serialises migrations between processes


def _apply_postgresql(conn: Any) -> list[str]:
    applied = []
    for migration in MIGRATIONS:
        name = migration.__name__
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            conn.execute(
                POSTGRESQL.ddl(
                    "CREATE TABLE IF NOT EXISTS migrations "
                    "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
                )
            )
            if conn.execute("SELECT 1 FROM migrations WHERE name = %s", (name,)).fetchone():
                continue
            migration(conn, POSTGRESQL)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (%s, %s)", (name, _now())
            )
        applied.append(name)
    return applied
