"""Store: where articles, events and ingest failures live.

One protocol (``Store``), two backends chosen by URL with ``store_from_url``:

    x.db, sqlite:///x.db, sqlite:////abs/x.db   SQLiteStore: one file (the default)
    postgresql://user@host:5432/dbname          PostgresStore: a shared database (psycopg 3)

Both run the same named migrations (recorded in a ``migrations`` table) and the same SQL.
Writes are idempotent and atomic per article: an article, its events, the pipeline version of
its extraction and its failure, if any, commit together (``write_extraction``,
``write_failure``). ``ingest_articles`` and ``reprocess_articles`` (``sitrep.store.runs``) are
the batch loops of ``sitrep ingest`` and ``sitrep reprocess``. Backend errors are raised as
``sitrep.errors.StoreError`` (``StoreUnavailableError`` when the store itself is gone).
"""

from __future__ import annotations

import re
from pathlib import Path

from sitrep.errors import StoreError
from sitrep.store.base import ArticleState, Store, StoredExtraction, content_hash, unique_event_ids
from sitrep.store.migrations import MIGRATIONS, apply_migrations
from sitrep.store.postgres import PostgresStore
from sitrep.store.sql import SQLStore, event_from_row, event_to_row
from sitrep.store.sqlite import SQLiteStore

__all__ = [
    "MIGRATIONS",
    "ArticleState",
    "PostgresStore",
    "SQLStore",
    "SQLiteStore",
    "Store",
    "StoredExtraction",
    "apply_migrations",
    "content_hash",
    "event_from_row",
    "event_to_row",
    "is_postgres_url",
    "sqlite_path",
    "store_from_url",
    "unique_event_ids",
]

_POSTGRES = re.compile(r"^postgres(?:ql)?(?:\+psycopg)?://", re.IGNORECASE)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)


def is_postgres_url(url: str | Path) -> bool:
    return bool(_POSTGRES.match(str(url)))


def sqlite_path(url: str | Path) -> str | None:
    """The file of an SQLite store URL (``x.db``, ``sqlite:///x.db``, ``sqlite:////abs/x.db``),
    None for another backend's URL."""
    text = str(url)
    if text.lower().startswith("sqlite://"):
        rest = text[len("sqlite://"):]
        if not rest.startswith("/") or rest == "/":
            raise StoreError(
                f"{text}: an SQLite URL is sqlite:///relative/path.db or sqlite:////absolute/path.db"
            )
        return rest[1:]
    if _SCHEME.match(text):
        return None
    return text


def store_from_url(url: str | Path) -> SQLStore:
    """The store a --db value names (no I/O until ``open()``): a path or ``sqlite:///PATH``
    is an SQLite file, ``postgresql://...`` a PostgreSQL database."""
    text = str(url)
    if is_postgres_url(text):
        return PostgresStore(text)
    path = sqlite_path(text)
    if path is None:
        scheme = _SCHEME.match(text).group(1)  # type: ignore[union-attr]
        raise StoreError(
            f"{text}: unknown store URL scheme {scheme!r}. Use a file path, sqlite:///PATH or "
            "postgresql://USER@HOST:PORT/DBNAME"
        )
    return SQLiteStore(path)
