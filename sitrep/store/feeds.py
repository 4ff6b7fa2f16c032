"""What ``sitrep watch`` keeps in the store besides articles: each feed's conditional-GET
validators and last outcome (``feeds``), and the keys every stored feed article was met under
(``feed_keys``: item link, final URL, canonical URL, guid, text hash), so an article reached
again by any of them is recognised without storing it twice. Also the record sources a
re-run of a web archive can skip (``stored_sources``)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sitrep.store.sql import SQLStore

_CHUNK = 500  # keys per IN (...) query


@dataclass(frozen=True, slots=True)
class FeedState:
    """A feed's validators for the next conditional GET, and how its last poll went
    (``status``: 'ok', 'not modified' or 'failed'; ``error``: the one-line reason)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    checked_at: str | None = None
    status: str | None = None
    error: str | None = None


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def feed_state(store: SQLStore, url: str) -> FeedState:
    """The stored state of the feed at ``url`` (an empty state for a feed never polled)."""
    row = store._exec(
        "SELECT url, etag, last_modified, checked_at, status, error FROM feeds WHERE url = ?",
        (url,),
    ).fetchone()
    return FeedState(*row) if row is not None else FeedState(url)


def save_feed_state(store: SQLStore, state: FeedState) -> None:
    """Insert or replace the state of ``state.url`` (``checked_at`` set to now)."""
    columns = ("url", "etag", "last_modified", "checked_at", "status", "error")
    values = (state.url, state.etag, state.last_modified, _now(), state.status, state.error)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    with store.transaction():
        store._exec(
            f"INSERT INTO feeds ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
            f"ON CONFLICT (url) DO UPDATE SET {updates}",
            values,
        )


def known_keys(store: SQLStore, keys: Iterable[str]) -> dict[str, str]:
    """The keys among ``keys`` already recorded, each with the id of its article."""
    wanted = sorted(set(keys))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        rows = store._exec(
            f"SELECT key, article_id FROM feed_keys WHERE key IN ({', '.join('?' for _ in chunk)})",
            chunk,
        ).fetchall()
        found.update({key: article_id for key, article_id in rows})
    return found


def remember_keys(store: SQLStore, article_id: str, keys: Iterable[str], *, feed: str | None) -> None:
    """Record that ``article_id`` was met under each of ``keys`` (a key already known keeps
    its first article)."""
    now = _now()
    rows = [(key, article_id, feed, now) for key in sorted(set(keys))]
    with store.transaction():
        store._exec_many(
            "INSERT INTO feed_keys (key, article_id, feed, first_seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO NOTHING",
            rows,
        )


def stored_sources(store: SQLStore, prefix: str) -> set[str]:
    """The sources starting with ``prefix`` that are settled: an article stored from them (its
    extraction done or failed), or an input error recorded for them."""
    n = len(prefix)
    sources = set()
    for sql in ("SELECT source FROM articles WHERE substr(source, 1, ?) = ?",
                "SELECT source FROM failures WHERE substr(source, 1, ?) = ? "
                "AND severity = 'error' AND article_id IS NULL"):
        sources.update(row[0] for row in store._exec(sql, (n, prefix)).fetchall())
    return sources


def resume_from(store: SQLStore) -> Callable[[str], set[str]]:
    """The ``resume`` argument of ``read_inputs`` for this store (see ``stored_sources``)."""
    return lambda prefix: stored_sources(store, prefix)
