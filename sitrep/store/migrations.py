"""Schema migrations: named functions applied in order, each recorded in ``migrations``.

Never edit a released migration; append a new function to MIGRATIONS instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def m001_initial(conn: sqlite3.Connection) -> None:
    conn.execute(
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
    conn.execute(
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
    conn.execute("CREATE INDEX events_article ON events(article_id)")
    conn.execute("CREATE INDEX events_type_date ON events(event_type, date)")
    conn.execute("CREATE INDEX events_country_date ON events(country, date)")
    conn.execute(
        """CREATE TABLE failures (
            source TEXT NOT NULL,
            line INTEGER,
            reason TEXT NOT NULL,
            severity TEXT NOT NULL DEFAULT 'error',
            first_seen TEXT NOT NULL
        )"""
    )
    # SQLite treats NULLs as distinct in UNIQUE constraints, so index line through ifnull().
    conn.execute(
        "CREATE UNIQUE INDEX failures_unique ON failures(source, ifnull(line, -1), reason)"
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (m001_initial,)


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded, each in its own transaction; return their names."""
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
            migration(conn)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, datetime('now'))", (name,)
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
