"""Linking stored events into incidents, incrementally or from scratch, with a change feed.

Tables (migration ``m003_incidents``): ``incident_pairs`` holds every pair of events scored at
or above the threshold (the links), ``incident_links`` says which incident each event is in
(a reversible record: reports are never deleted, relinking rewrites only this table),
``incidents`` the merged fields, ``changes`` the feed.

``update_incidents`` links what is new or changed since the last call: it scores the new
events against their blocked candidates, then re-clusters only the connected parts of the link
graph they touch. Clustering works per connected part (``sitrep.incidents.cluster``), so the
result is the one ``rebuild_incidents`` (everything from scratch) gives, whatever the order
the articles came in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from sitrep.errors import StoreError
from sitrep.incidents.cluster import cluster
from sitrep.incidents.fastscore import find_links
from sitrep.incidents.model import ArticleInfo, Incident, build_incident
from sitrep.incidents.score import (
    PairScore,
    Weights,
    blocked_together,
    country_of,
    event_day,
    load_weights,
    score_pair,
)
from sitrep.incidents.table import EventTable
from sitrep.model import Event
from sitrep.store.sql import SQLStore, event_from_row

CHUNK = 400
_LOCK = "sitrep-incidents"
CHANGE_KINDS = ("created", "updated", "merged", "split", "removed", "event_added", "event_removed")


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the change feed; ``version`` only grows."""

    version: int
    kind: str  # one of CHANGE_KINDS
    incident_id: str | None
    event_id: str | None
    detail: str | None
    at: str

    def to_dict(self) -> dict[str, object]:
        return {"version": self.version, "kind": self.kind, "incident_id": self.incident_id,
                "event_id": self.event_id, "detail": self.detail, "at": self.at}


@dataclass(frozen=True, slots=True)
class LinkStats:
    """What one linking run did."""

    events_linked: int
    pairs: int
    incidents_written: int
    changes: int
    first_version: int | None
    last_version: int | None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def _marks(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def _check_store(store: object) -> SQLStore:
    if not isinstance(store, SQLStore):
        raise StoreError(f"{store!r}: incidents need a SQL store (SQLite or PostgreSQL)")
    return store


def _lock(store: SQLStore) -> None:
    if store.dialect.name == "postgresql":  # one linker at a time; SQLite's writer lock does it
        store._exec("SELECT pg_advisory_xact_lock(hashtext(?))", (_LOCK,))


def _events(store: SQLStore, ids: Iterable[str]) -> dict[str, Event]:
    out: dict[str, Event] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in store._exec(f"SELECT json FROM events WHERE id IN ({_marks(len(chunk))})",
                               chunk).fetchall():
            event = event_from_row(tuple(row))
            out[event.id] = event
    return out


def _articles(store: SQLStore, ids: Iterable[str]) -> dict[str, ArticleInfo]:
    out: dict[str, ArticleInfo] = {}
    for chunk in _chunks(sorted(set(ids))):
        rows = store._exec(f"SELECT id, url, published, source FROM articles WHERE id IN "
                           f"({_marks(len(chunk))})", chunk).fetchall()
        for row in rows:
            out[row[0]] = ArticleInfo(*row)
    return out


def _links(store: SQLStore, *, events: Iterable[str] | None = None,
           incidents: Iterable[str] | None = None) -> dict[str, str]:
    """event id -> incident id, for these events or the members of these incidents."""
    out: dict[str, str] = {}
    for column, ids in (("event_id", events), ("incident_id", incidents)):
        if ids is None:
            continue
        for chunk in _chunks(sorted(set(ids))):
            rows = store._exec(f"SELECT event_id, incident_id FROM incident_links WHERE {column} "
                               f"IN ({_marks(len(chunk))})", chunk).fetchall()
            out.update({r[0]: r[1] for r in rows})
    return out


def linked_pairs(new: Sequence[Event], pool: Iterable[Event],
                 weights: Weights | None = None) -> list[tuple[str, str, float]]:
    """The linked pairs (a, b, score), a < b, between ``new`` events and ``pool`` (which may
    include them), sorted: the blocked pairs that can link are found and scored over arrays
    (``sitrep.incidents.fastscore``), as ``score_pair`` scores them one by one."""
    weights = weights or load_weights()
    events: dict[str, Event] = {}
    for e in list(pool) + list(new):
        events.setdefault(e.id, e)
    table = EventTable(weights)
    table.extend(events.values())
    new_ids = {e.id for e in new}
    queries = None if new_ids >= events.keys() else \
        np.array([k for k, event_id in enumerate(table.ids) if event_id in new_ids], dtype=np.int64)
    found = find_links(table, queries)
    ids = table.ids
    return sorted((min(ids[a], ids[b]), max(ids[a], ids[b]), s)
                  for a, b, s in zip(found.a.tolist(), found.b.tolist(), found.score.tolist()))


def candidate_pairs(new: Sequence[Event], pool: Iterable[Event],
                    weights: Weights | None = None) -> list[PairScore]:
    """``linked_pairs`` with each link's named weights (``score_pair``), by id."""
    weights = weights or load_weights()
    events = {e.id: e for e in list(new) + list(pool)}
    return [score_pair(events[a], events[b], weights) for a, b, _ in linked_pairs(new, pool, weights)]


def _pool_for(store: SQLStore, new: Sequence[Event], weights: Weights) -> list[Event]:
    """Stored events that may block with ``new``: same country, dates within the window."""
    spans: dict[str, list[dt.date]] = defaultdict(list)
    for e in new:
        if country_of(e) and event_day(e) is not None:
            spans[country_of(e)].append(event_day(e))  # type: ignore[index, arg-type]
    pool: list[Event] = []
    window = dt.timedelta(days=weights.window_days)
    for country, days in sorted(spans.items()):
        days.sort()
        # one query per run of dates (a gap wider than two windows starts a new run)
        runs: list[list[dt.date]] = [[days[0]]]
        for d in days[1:]:
            if d - runs[-1][-1] > 2 * window:
                runs.append([d])
            else:
                runs[-1].append(d)
        for run in runs:
            pool.extend(store.query_events(country=country, date_from=(run[0] - window).isoformat(),
                                           date_to=(run[-1] + window).isoformat()))
    return pool


def _component(store: SQLStore, seeds: Iterable[str]) -> set[str]:
    """Every event connected to ``seeds`` by stored pairs."""
    seen = set(seeds)
    frontier = sorted(seen)
    while frontier:
        found: set[str] = set()
        for chunk in _chunks(frontier):
            marks = _marks(len(chunk))
            rows = store._exec(f"SELECT event_a, event_b FROM incident_pairs WHERE event_a IN "
                               f"({marks}) OR event_b IN ({marks})", list(chunk) * 2).fetchall()
            for a, b in rows:
                found.update((a, b))
        frontier = sorted(found - seen)
        seen |= found
    return seen


def _pairs_within(store: SQLStore, ids: set[str]) -> list[tuple[str, str, float]]:
    out = []
    for chunk in _chunks(sorted(ids)):
        rows = store._exec(f"SELECT event_a, event_b, score FROM incident_pairs WHERE event_a "
                           f"IN ({_marks(len(chunk))})", chunk).fetchall()
        out.extend((a, b, float(s)) for a, b, s in rows if b in ids)
    return out


def _delete_pairs(store: SQLStore, ids: Iterable[str]) -> None:
    for chunk in _chunks(sorted(set(ids))):
        marks = _marks(len(chunk))
        store._exec(f"DELETE FROM incident_pairs WHERE event_a IN ({marks}) OR event_b IN ({marks})",
                    list(chunk) * 2)


def _insert_pairs(store: SQLStore, pairs: Sequence[tuple[str, str, float]]) -> None:
    store._exec_many("INSERT INTO incident_pairs (event_a, event_b, score) VALUES (?, ?, ?) "
                     "ON CONFLICT DO NOTHING", pairs)


def _change(store: SQLStore, kind: str, incident_id: str | None, event_id: str | None = None,
            detail: str | None = None) -> int:
    row = store._exec("INSERT INTO changes (kind, incident_id, event_id, detail, at) "
                      "VALUES (?, ?, ?, ?, ?) RETURNING version",
                      (kind, incident_id, event_id, detail, _now())).fetchone()
    return int(row[0])


def _recluster(store: SQLStore, members: set[str], removed: set[str],
               old: dict[str, str]) -> tuple[int, int]:
    """Re-cluster the events ``members`` (whole connected parts), write their incidents and
    links, and record what changed against ``old`` (event -> incident before). ``removed``
    are events gone from the store. Returns (incidents written, changes recorded)."""
    events = _events(store, members)
    links = _pairs_within(store, set(events))
    articles = _articles(store, {e.article_id for e in events.values()})
    incidents = [build_incident([events[i] for i in group], articles)
                 for group in cluster(events, links)]
    new: dict[str, str] = {e: inc.id for inc in incidents for e in inc.event_ids}
    by_id = {inc.id: inc for inc in incidents}
    old_members: dict[str, set[str]] = defaultdict(set)
    for e, i in old.items():
        old_members[i].add(e)
    stored_json = {}
    for chunk in _chunks(sorted(set(old_members) | set(by_id))):
        for row in store._exec(f"SELECT id, json FROM incidents WHERE id IN ({_marks(len(chunk))})",
                               chunk).fetchall():
            stored_json[row[0]] = row[1]

    todo: list[tuple[str, str | None, str | None, str | None]] = []  # kind, incident, event, detail
    for old_id in sorted(old_members):
        now_in = sorted({new[e] for e in old_members[old_id] if e in new})
        if old_id not in by_id:
            if not now_in:
                todo.append(("removed", old_id, None, None))
            elif len(now_in) == 1:
                todo.append(("merged", old_id, None, f"into {now_in[0]}"))
            else:
                todo.append(("split", old_id, None, "into " + ", ".join(now_in)))
        elif len(now_in) > 1:
            todo.append(("split", old_id, None, "into " + ", ".join(now_in)))
    for e in sorted(removed):
        todo.append(("event_removed", old.get(e), e, None))
    texts = {}
    for inc in incidents:
        texts[inc.id] = json.dumps(inc.to_dict(), ensure_ascii=False, sort_keys=True)
        if inc.id not in stored_json:
            todo.append(("created", inc.id, None, f"{inc.sub_event_type} {inc.date} "
                         f"{inc.location.name if inc.location else '-'}"))
        elif stored_json[inc.id] != texts[inc.id]:
            todo.append(("updated", inc.id, None, None))
        for e in inc.event_ids:
            if old.get(e) != inc.id:
                todo.append(("event_added", inc.id, e, None))
    versions: dict[str, int] = {}
    for kind, incident_id, event_id, detail in todo:
        version = _change(store, kind, incident_id, event_id, detail)
        if incident_id is not None:
            versions[incident_id] = version
    gone = sorted(set(old_members) - set(by_id))
    for chunk in _chunks(gone):
        store._exec(f"DELETE FROM incidents WHERE id IN ({_marks(len(chunk))})", chunk)
    for chunk in _chunks(sorted(set(old) | set(new))):
        store._exec(f"DELETE FROM incident_links WHERE event_id IN ({_marks(len(chunk))})", chunk)
    store._exec_many("INSERT INTO incident_links (event_id, article_id, incident_id) VALUES (?, ?, ?)",
                     [(e, events[e].article_id, i) for e, i in sorted(new.items())])
    written = 0
    for inc in incidents:
        if inc.id in versions or inc.id not in stored_json:
            store._exec("DELETE FROM incidents WHERE id = ?", (inc.id,))
            store._exec("INSERT INTO incidents (id, event_type, sub_event_type, date, country, reports, "
                        "version, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (inc.id, inc.event_type, inc.sub_event_type, inc.date, inc.country,
                         inc.reports, versions.get(inc.id, 0), texts[inc.id]))
            written += 1
    return written, len(todo)


def _last_version(store: SQLStore) -> int:
    row = store._exec("SELECT max(version) FROM changes").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def update_incidents(store: SQLStore, article_ids: Iterable[str] = ()) -> LinkStats:
    """Link what is new since the last run: events not linked yet, events of ``article_ids``
    (articles just re-extracted: their events may have changed under the same ids), and the
    incidents of events no longer stored. One transaction; only the connected parts of the
    link graph these touch are re-clustered."""
    store = _check_store(store)
    weights = load_weights()
    with store.transaction():
        _lock(store)
        before = _last_version(store)
        removed = {r[0] for r in store._exec(
            "SELECT l.event_id FROM incident_links l LEFT JOIN events e ON e.id = l.event_id "
            "WHERE e.id IS NULL").fetchall()}
        dirty = {r[0] for r in store._exec(
            "SELECT e.id FROM events e LEFT JOIN incident_links l ON l.event_id = e.id "
            "WHERE l.event_id IS NULL").fetchall()}
        for chunk in _chunks(sorted(set(article_ids))):
            dirty |= {r[0] for r in store._exec(
                f"SELECT id FROM events WHERE article_id IN ({_marks(len(chunk))})", chunk).fetchall()}
        if not removed and not dirty:
            return LinkStats(0, 0, 0, 0, None, None)
        old = _links(store, events=removed | dirty)
        old = _links(store, incidents=set(old.values())) | old
        _delete_pairs(store, removed | dirty)
        new_events = list(_events(store, dirty).values())
        pairs = linked_pairs(new_events, _pool_for(store, new_events, weights), weights)
        _insert_pairs(store, pairs)
        members = _component(store, (set(old) | dirty) - removed)
        old = _links(store, events=members) | old
        written, changes = _recluster(store, members, removed, old)
        after = _last_version(store)
    return LinkStats(len(dirty), len(pairs), written, changes,
                     before + 1 if after > before else None, after if after > before else None)


def rebuild_incidents(store: SQLStore) -> LinkStats:
    """Link every stored event from scratch (all pairs scored again, everything re-clustered).
    Gives what incremental linking gives; the change feed records only what differs from the
    incidents stored before."""
    store = _check_store(store)
    weights = load_weights()
    with store.transaction():
        _lock(store)
        before = _last_version(store)
        events = store.query_events()
        old = {r[0]: r[1] for r in store._exec("SELECT event_id, incident_id FROM incident_links").fetchall()}
        current = {e.id for e in events}
        removed = set(old) - current
        store._exec("DELETE FROM incident_pairs")
        pairs = linked_pairs(events, events, weights)
        _insert_pairs(store, pairs)
        written, changes = _recluster(store, current, removed, old)
        after = _last_version(store)
    return LinkStats(len(current), len(pairs), written, changes,
                     before + 1 if after > before else None, after if after > before else None)


def explain_pairs(store: SQLStore, *, event_id: str | None = None,
                  include_unlinked: bool = True) -> list[PairScore]:
    """Every blocked pair of stored events (or those of ``event_id``) with its named weights,
    strongest first: what ``sitrep link --explain`` prints."""
    store = _check_store(store)
    weights = load_weights()
    events = store.query_events()
    by_country: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        if country_of(e) and e.date:
            by_country[country_of(e)].append(e)  # type: ignore[index]
    out = []
    for group in by_country.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if event_id is not None and event_id not in (a.id, b.id):
                    continue
                if blocked_together(a, b, weights):
                    pair = score_pair(a, b, weights)
                    if include_unlinked or pair.linked:
                        out.append(pair)
    return sorted(out, key=lambda p: (-p.score, p.a, p.b))


def changes_since(store: SQLStore, since: int = 0, *, limit: int | None = None) -> list[Change]:
    """The change feed after version ``since``, oldest first."""
    store = _check_store(store)
    sql = "SELECT version, kind, incident_id, event_id, detail, at FROM changes WHERE version > ? ORDER BY version"
    params: list[object] = [int(since)]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [Change(int(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in store._exec(sql, params).fetchall()]


def query_incidents(store: SQLStore, *, country: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, event_type: str | None = None,
                    min_reports: int = 1, limit: int | None = None) -> list[Incident]:
    """Stored incidents matching every given filter, by date then id."""
    store = _check_store(store)
    where, params = ["reports >= ?"], [int(min_reports)]
    if country:
        where.append("country = ?")
        params.append(country.upper())
    if date_from:
        where.append("date >= ?")
        params.append(date_from)
    if date_to:
        where.append("date <= ?")
        params.append(date_to)
    if event_type:
        where.append("(event_type = ? OR sub_event_type = ?)")
        params += [event_type, event_type]
    sql = f"SELECT json FROM incidents WHERE {' AND '.join(where)} ORDER BY date IS NULL, date, id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [Incident.from_dict(json.loads(r[0])) for r in store._exec(sql, params).fetchall()]


def incident_of(store: SQLStore, event_id: str) -> str | None:
    """The incident an event is linked into (None: not linked yet)."""
    row = _check_store(store)._exec("SELECT incident_id FROM incident_links WHERE event_id = ?",
                                    (event_id,)).fetchone()
    return row[0] if row else None
