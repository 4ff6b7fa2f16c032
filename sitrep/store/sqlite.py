"""SQLiteStore: the default store, one SQLite file (standard library ``sqlite3``)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sitrep.errors import StoreError
from sitrep.ingest.inputs import IngestFailure
from sitrep.model import EVENT_TYPES, SUB_EVENT_TYPES, Article, Event
from sitrep.store.base import content_hash
from sitrep.store.migrations import apply_migrations

_EVENT_COLUMNS = (
    "id", "article_id", "event_type", "sub_event_type", "date", "date_precision", "country",
    "admin1", "location_name", "lat", "lon", "precision", "actor1", "actor1_type", "actor2",
    "actor2_type", "fatalities_best", "fatalities_low", "fatalities_high", "injured",
    "background", "confidence", "json",
)
_ARTICLE_COLUMNS = (
    "id", "url", "title", "published", "source", "language", "text", "content_hash", "ingested_at"
)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def event_to_row(event: Event) -> dict[str, Any]:
    """The ``events`` row of an Event: flat columns for querying, ``json`` for rebuilding."""
    data = event.to_dict()
    place = data["location"] or {}
    fatalities = data["fatalities"]
    return {
        "id": event.id,
        "article_id": event.article_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": event.date,
        "date_precision": event.date_precision,
        "country": (place.get("country") or "").upper() or None,  # queried case-blind
        "admin1": place.get("admin1"),
        "location_name": place.get("name"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "precision": place.get("precision"),
        "actor1": data["actor1"],
        "actor1_type": data["actor1_type"],
        "actor2": data["actor2"],
        "actor2_type": data["actor2_type"],
        "fatalities_best": fatalities["best"],
        "fatalities_low": fatalities["low"],
        "fatalities_high": fatalities["high"],
        "injured": event.injured,
        "background": int(event.background),
        "confidence": data["confidence"],
        "json": json.dumps(data, ensure_ascii=False, sort_keys=True),
    }


def event_from_row(row: sqlite3.Row | dict[str, Any]) -> Event:
    return Event.from_dict(json.loads(row["json"]))


class SQLiteStore:
    """Articles, events and ingest failures in one SQLite file.

    The constructor does no I/O; ``open()`` (or ``with SQLiteStore(path) as store:``) connects
    and applies pending migrations. Every write method is one transaction, so a crash mid-batch
    loses nothing already written; ``transaction()`` groups several writes into one.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._conn: sqlite3.Connection | None = None
        self._depth = 0

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    # -- lifecycle -------------------------------------------------------------------------

    def open(self) -> SQLiteStore:
        if self._conn is not None:
            return self
        if self.path != ":memory:" and not Path(self.path).parent.exists():
            raise StoreError(
                f"{self.path}: cannot open store, directory {Path(self.path).parent} does not "
                "exist. Create it or choose another --db path"
            )
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            apply_migrations(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open store ({exc}). Is it a sitrep SQLite database?"
            ) from exc
        self._conn = conn
        return self

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> SQLiteStore:
        return self.open()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(
                f"{self.path}: store is not open. Use `with SQLiteStore(path) as store:` "
                "or call open() first"
            )
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of writes; nests (inner blocks become savepoints)."""
        conn = self.conn
        name = f"sp{self._depth}"
        conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield conn
        except BaseException:
            self._depth -= 1
            conn.execute("ROLLBACK" if self._depth == 0 else f"ROLLBACK TO {name}")
            if self._depth:
                conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    # -- articles --------------------------------------------------------------------------

    def add_article(self, article: Article) -> bool:
        digest = content_hash(article)
        row = {**article.to_dict(), "content_hash": digest, "ingested_at": _now()}
        with self.transaction() as conn:
            known = conn.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if known is not None and known[0] == digest:
                return False
            columns = ", ".join(_ARTICLE_COLUMNS)
            marks = ", ".join(f":{c}" for c in _ARTICLE_COLUMNS)
            updates = ", ".join(f"{c} = excluded.{c}" for c in _ARTICLE_COLUMNS[1:])
            conn.execute(
                f"INSERT INTO articles ({columns}) VALUES ({marks}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                row,
            )
        return True

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        """Whether the article is stored (with this content hash, when one is given)."""
        row = self.conn.execute(
            "SELECT content_hash FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return row is not None and (content_hash is None or row[0] == content_hash)

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(dict(row)) if row is not None else None

    # -- events ----------------------------------------------------------------------------

    def add_events(self, article_id: str, events: Sequence[Event]) -> bool:
        rows = []
        for event in events:
            if not event.article_id:
                event = dataclasses.replace(event, article_id=article_id)
            elif event.article_id != article_id:
                raise StoreError(
                    f"event {event.id}: belongs to article {event.article_id}, not {article_id}"
                )
            rows.append(event_to_row(event))
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            raise StoreError(f"article {article_id}: duplicate event ids {dupes}")
        rows.sort(key=lambda r: r["id"])
        with self.transaction() as conn:
            if not conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                raise StoreError(
                    f"article {article_id}: not stored. Call add_article() before add_events()"
                )
            stored = conn.execute(
                "SELECT id, json FROM events WHERE article_id = ? ORDER BY id", (article_id,)
            ).fetchall()
            if [(r["id"], r["json"]) for r in stored] == [(r["id"], r["json"]) for r in rows]:
                return False
            conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            columns = ", ".join(_EVENT_COLUMNS)
            marks = ", ".join(f":{c}" for c in _EVENT_COLUMNS)
            try:
                conn.executemany(f"INSERT INTO events ({columns}) VALUES ({marks})", rows)
            except sqlite3.IntegrityError as exc:
                raise StoreError(
                    f"article {article_id}: an event id is already stored for another article "
                    f"({exc}). Event ids must be unique across articles"
                ) from exc
        return True

    def query_events(
        self,
        *,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        include_background: bool = True,
        limit: int | None = None,
        article_id: str | None = None,
    ) -> list[Event]:
        """Events matching every given filter, by date then article. Dates are inclusive
        YYYY-MM-DD bounds (events without a date are left out when a bound is given); country
        is ISO 3166-1 alpha-2, any case."""
        _check_choice("event_type", event_type, EVENT_TYPES)
        _check_choice("sub_event_type", sub_event_type, SUB_EVENT_TYPES)
        where, params = [], []
        for column, value in (
            ("event_type", event_type),
            ("sub_event_type", sub_event_type),
            ("article_id", article_id),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if country is not None:
            where.append("country = ?")
            params.append(country.upper())
        if date_from is not None:
            where.append("date >= ?")
            params.append(date_from)
        if date_to is not None:
            where.append("date <= ?")
            params.append(date_to)
        if not include_background:
            where.append("background = 0")
        sql = "SELECT json FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date IS NULL, date, article_id, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [event_from_row(row) for row in self.conn.execute(sql, params)]

    # -- failures and counts ---------------------------------------------------------------

    def record_failure(self, failure: IngestFailure) -> bool:
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO failures (source, line, reason, severity, first_seen) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    failure.source,
                    failure.line,
                    failure.reason,
                    "warning" if failure.warning else "error",
                    _now(),
                ),
            )
        return cursor.rowcount == 1

    def failures(self, *, include_warnings: bool = True) -> list[IngestFailure]:
        sql = "SELECT source, line, reason, severity FROM failures"
        if not include_warnings:
            sql += " WHERE severity = 'error'"
        rows = self.conn.execute(sql + " ORDER BY first_seen, rowid").fetchall()
        return [
            IngestFailure(r["source"], r["reason"], r["line"], r["severity"] == "warning")
            for r in rows
        ]

    def counts(self) -> dict[str, int]:
        """Rows per kind: articles, events, background_events, failures, warnings."""
        one = self.conn.execute
        return {
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "events": one("SELECT count(*) FROM events").fetchone()[0],
            "background_events": one(
                "SELECT count(*) FROM events WHERE background = 1"
            ).fetchone()[0],
            "failures": one(
                "SELECT count(*) FROM failures WHERE severity = 'error'"
            ).fetchone()[0],
            "warnings": one(
                "SELECT count(*) FROM failures WHERE severity = 'warning'"
            ).fetchone()[0],
        }


def _check_choice(name: str, value: str | None, allowed: tuple[str, ...]) -> None:
    if value is not None and value not in allowed:
        raise ValueError(f"{name}={value!r} is not one of: {', '.join(allowed)}")
