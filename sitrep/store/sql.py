"""SQLStore: the Store written once in SQL both backends read; SQLiteStore and PostgresStore
supply the connection, the transaction and the translation of driver errors."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sitrep.errors import StoreError
from sitrep.ingest.inputs import IngestFailure
from sitrep.model import EVENT_TYPES, SUB_EVENT_TYPES, Article, Event
from sitrep.settings import PIPELINE_VERSION, is_older_pipeline
from sitrep.store.base import ArticleState, StoredExtraction, content_hash, unique_event_ids
from sitrep.store.migrations import Dialect

EVENT_COLUMNS = (
    "id", "article_id", "event_type", "sub_event_type", "date", "date_precision", "country",
    "admin1", "location_name", "lat", "lon", "precision", "actor1", "actor1_type", "actor2",
    "actor2_type", "fatalities_best", "fatalities_low", "fatalities_high", "injured",
    "background", "confidence", "json", "pipeline_version",
)
ARTICLE_COLUMNS = ("id", "url", "title", "published", "source", "language", "text")
# Every column of the tables but the timestamps and PostgreSQL's `seq`: what two stores holding
# the same data agree on (see ``snapshot``).
_SNAPSHOT = {
    "articles": ARTICLE_COLUMNS + ("content_hash", "pipeline_version", "error"),
    "events": EVENT_COLUMNS,
    "failures": ("source", "line", "reason", "severity", "article_id"),
    "migrations": ("name",),
    # incidents: what linking made of the events; not the change feed or the incidents'
    # versions, which record the order things happened in
    "incident_links": ("event_id", "article_id", "incident_id"),
    "incident_pairs": ("event_a", "event_b", "score"),
    "incidents": ("id", "event_type", "sub_event_type", "date", "country", "reports", "json"),
    # feeds: what was met under which key, not when (the feeds' validators change per poll)
    "feed_keys": ("key", "article_id", "feed"),
}


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
        "pipeline_version": event.pipeline_version or None,
    }


def event_from_row(row: Any) -> Event:
    """The Event of an ``events`` row (a mapping with ``json``, or a 1-tuple of it)."""
    raw = row["json"] if not isinstance(row, tuple) else row[0]
    return Event.from_dict(json.loads(raw))


class SQLStore:
    """Articles, events and failures in SQL tables (see ``sitrep.store.base.Store``).

    Subclasses set ``dialect`` and implement ``_connect``, ``_begin`` (a context manager for one
    transaction, nesting as savepoints), ``_close`` and ``_translate`` (driver error -> StoreError).
    SQL here uses ``?`` placeholders; ``_sql`` rewrites them for the backend.
    """

    dialect: Dialect
    url: str
    insertion_order = "rowid"

    def __init__(self) -> None:
        self._conn: Any = None

    # -- lifecycle -------------------------------------------------------------------------

    def _connect(self) -> Any:
        raise NotImplementedError

    def _begin(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _translate(self, exc: Exception, doing: str) -> StoreError:
        raise NotImplementedError

    def open(self) -> SQLStore:
        if self._conn is None:
            self._conn = self._connect()
        return self

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def __enter__(self) -> SQLStore:
        return self.open()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __getstate__(self) -> dict[str, Any]:
        return {"url": self.url}

    def __setstate__(self, state: dict[str, Any]) -> None:
        type(self).__init__(self, state["url"])  # type: ignore[call-arg]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r})"

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise StoreError(
                f"{self.url}: store is not open. Use `with open_store(url) as store:` "
                "or call open() first"
            )
        return self._conn

    def transaction(self) -> AbstractContextManager[Any]:
        """One atomic unit of writes; nests (inner blocks become savepoints)."""
        self.conn  # noqa: B018  (raises when not open)
        return self._begin()

    def _sql(self, sql: str) -> str:
        return sql

    def _lock_article(self, article_id: str) -> None:
        """Inside a write transaction: keep other processes off this article until it commits
        (SQLite's BEGIN IMMEDIATE already admits one writer at a time)."""

    def _lock_events(self) -> None:
        """Inside a write transaction, before events change: one writer of events at a time
        until commit, so two writers' triggers never update the same rollup rows
        (``sitrep.store.rollup``) in opposite orders and deadlock."""

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(self._sql(sql), tuple(params))
        except StoreError:
            raise
        except Exception as exc:  # the driver's own error, translated at the boundary
            raise self._translate(exc, sql.split()[0].lower()) from exc

    def _exec_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            self.conn.cursor().executemany(self._sql(sql), [tuple(r) for r in rows])
        except Exception as exc:
            raise self._translate(exc, sql.split()[0].lower()) from exc

    # -- articles --------------------------------------------------------------------------

    def article_state(self, article_id: str) -> ArticleState | None:
        row = self._exec(
            "SELECT id, content_hash, pipeline_version, error, "
            "(SELECT count(*) FROM events WHERE article_id = articles.id) "
            "FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        return ArticleState(*row) if row is not None else None

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        """Whether the article is stored (with this content hash, when one is given)."""
        state = self.article_state(article_id)
        return state is not None and (content_hash is None or state.content_hash == content_hash)

    def get_article(self, article_id: str) -> Article | None:
        return next(self.get_articles([article_id]), None)

    def get_articles(self, article_ids: Iterable[str]) -> Iterator[Article]:
        """The stored articles of these ids, in the order given (unknown ids are left out)."""
        columns = ", ".join(ARTICLE_COLUMNS)
        for article_id in article_ids:
            row = self._exec(
                f"SELECT {columns} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is not None:
                yield Article(**dict(zip(ARTICLE_COLUMNS, row)))

    def articles_to_reprocess(
        self, pipeline_version: str = PIPELINE_VERSION, *, force: bool = False
    ) -> list[str]:
        """Ids of the articles whose stored extraction is older than ``pipeline_version``, or
        failed, or is missing (every article with ``force``), in id order."""
        rows = self._exec(
            "SELECT id, pipeline_version, error FROM articles ORDER BY id"
        ).fetchall()
        return [
            article_id
            for article_id, version, error in rows
            if force or error is not None or version is None
            or is_older_pipeline(version, pipeline_version)
        ]

    def _put_article(
        self, article: Article, *, pipeline_version: str | None, error: str | None,
        extracted: bool,
    ) -> None:
        row = article.to_dict()
        values = [row[c] for c in ARTICLE_COLUMNS]
        now = _now()
        columns = ARTICLE_COLUMNS + ("content_hash", "ingested_at", "pipeline_version", "error")
        values += [content_hash(article), now, pipeline_version, error]
        updates = [f"{c} = excluded.{c}" for c in columns if c not in ("id", "ingested_at")]
        if extracted:
            columns += ("extracted_at",)
            values.append(now)
            updates.append("extracted_at = excluded.extracted_at")
        marks = ", ".join("?" for _ in columns)
        self._exec(
            f"INSERT INTO articles ({', '.join(columns)}) VALUES ({marks}) "
            f"ON CONFLICT (id) DO UPDATE SET {', '.join(updates)}",
            values,
        )

    # -- writing one article's outcome -------------------------------------------------------

    def write_extraction(
        self, article: Article, events: Sequence[Event], *, pipeline_version: str = PIPELINE_VERSION
    ) -> StoredExtraction:
        """Store the article, replace its events, record the pipeline version and clear the
        article's failures, in one transaction (see ``Store.write_extraction``)."""
        fixed = []
        for event in events:
            if not event.article_id:
                event = dataclasses.replace(event, article_id=article.id)
            elif event.article_id != article.id:
                raise StoreError(
                    f"event {event.id}: belongs to article {event.article_id}, not {article.id}"
                )
            if not event.pipeline_version:
                event = dataclasses.replace(event, pipeline_version=pipeline_version)
            fixed.append(event)
        unique, notes = unique_event_ids(article.id, fixed)
        rows = sorted((event_to_row(e) for e in unique), key=lambda r: r["id"])
        with self.transaction():
            self._lock_article(article.id)
            before = self.article_state(article.id)
            changed = (
                before is None
                or before.content_hash != content_hash(article)
                or before.pipeline_version != pipeline_version
                or before.error is not None
            )
            self._put_article(article, pipeline_version=pipeline_version, error=None,
                              extracted=True)
            stored = self._exec(
                "SELECT id, json, pipeline_version FROM events WHERE article_id = ? ORDER BY id",
                (article.id,),
            ).fetchall()
            wanted = [(r["id"], r["json"], r["pipeline_version"]) for r in rows]
            if [tuple(r) for r in stored] != wanted:
                changed = True
                self._lock_events()
                self._exec("DELETE FROM events WHERE article_id = ?", (article.id,))
                try:
                    self._exec_many(
                        f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
                        f"VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})",
                        [[r[c] for c in EVENT_COLUMNS] for r in rows],
                    )
                except StoreError as exc:
                    if type(exc) is not StoreError:
                        raise
                    raise StoreError(
                        f"article {article.id}: an event id is already stored for another "
                        f"article ({exc}). Event ids must be unique across articles"
                    ) from exc
            self._exec("DELETE FROM failures WHERE article_id = ?", (article.id,))
            source = article.source or article.id
            for note in notes:
                self.record_failure(IngestFailure(source, note, warning=True), article_id=article.id)
        return StoredExtraction(tuple(unique), tuple(notes), changed)

    def write_failure(self, article: Article, reason: str) -> None:
        """Record the article's failure (see ``Store.write_failure``) in one transaction."""
        reason = f"article {article.id}: {reason}"
        with self.transaction():
            self._lock_article(article.id)
            before = self.article_state(article.id)
            if before is not None and before.content_hash == content_hash(article):
                self._exec("UPDATE articles SET error = ? WHERE id = ?", (reason, article.id))
            else:  # new, or a new text: the old text's events do not describe it
                self._lock_events()
                self._exec("DELETE FROM events WHERE article_id = ?", (article.id,))
                self._put_article(article, pipeline_version=None, error=reason, extracted=False)
            self._exec(
                "DELETE FROM failures WHERE article_id = ? AND reason <> ?", (article.id, reason)
            )
            self.record_failure(IngestFailure(article.source or article.id, reason),
                                article_id=article.id)

    # -- events ----------------------------------------------------------------------------

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
        return [event_from_row(row) for row in self._exec(sql, params).fetchall()]

    # -- failures, counts, snapshot --------------------------------------------------------

    def record_failure(self, failure: IngestFailure, *, article_id: str | None = None) -> bool:
        """Record an ingest failure once; False when the same (source, line, reason) is known."""
        with self.transaction():
            cursor = self._exec(
                "INSERT INTO failures (source, line, reason, severity, first_seen, article_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (
                    failure.source,
                    failure.line,
                    failure.reason,
                    "warning" if failure.warning else "error",
                    _now(),
                    article_id,
                ),
            )
        return cursor.rowcount == 1

    def failures(self, *, include_warnings: bool = True) -> list[IngestFailure]:
        sql = "SELECT source, reason, line, severity FROM failures"
        if not include_warnings:
            sql += " WHERE severity = 'error'"
        rows = self._exec(sql + f" ORDER BY {self.insertion_order}").fetchall()
        return [IngestFailure(source, reason, line, severity == "warning")
                for source, reason, line, severity in rows]

    def counts(self) -> dict[str, int]:
        """Rows per kind: articles, events, background_events, failures, warnings, and
        failed_articles (articles whose last extraction or storage failed)."""
        def one(sql: str) -> int:
            return int(self._exec(sql).fetchone()[0])

        return {
            "articles": one("SELECT count(*) FROM articles"),
            "events": one("SELECT count(*) FROM events"),
            "background_events": one("SELECT count(*) FROM events WHERE background = 1"),
            "failures": one("SELECT count(*) FROM failures WHERE severity = 'error'"),
            "warnings": one("SELECT count(*) FROM failures WHERE severity = 'warning'"),
            "failed_articles": one("SELECT count(*) FROM articles WHERE error IS NOT NULL"),
        }

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every row of every table, timestamps left out, sorted: two stores that hold the same
        data (on either backend) give equal snapshots."""
        out = {}
        for table, columns in _SNAPSHOT.items():
            rows = self._exec(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            out[table] = sorted((tuple(r) for r in rows), key=_sort_key)
        return out


def _sort_key(row: tuple) -> tuple:
    return tuple((v is None, "" if v is None else str(v)) for v in row)


def _check_choice(name: str, value: str | None, allowed: tuple[str, ...]) -> None:
    if value is not None and value not in allowed:
        raise ValueError(f"{name}={value!r} is not one of: {', '.join(allowed)}")
