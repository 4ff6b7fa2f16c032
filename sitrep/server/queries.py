"""The reads behind the API: pages of events and incidents, one event, article or incident."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sitrep.server import sql
from sitrep.server.boxes import keys_in_box
from sitrep.server.cursor import decode_cursor, encode_cursor
from sitrep.server.filters import EventFilter
from sitrep.server.render import event_records
from sitrep.store.sql import SQLStore

ARTICLE_HEAD = ("id", "url", "title", "published", "source", "language")


@dataclass(frozen=True, slots=True)
class Page:
    items: list[dict[str, Any]]
    next: str | None


def _page(rows: list[Any], limit: int, fingerprint: str, key_of: Any) -> tuple[list[Any], str | None]:
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    key, row_id = key_of(rows[-1])
    return rows, encode_cursor(key, row_id, fingerprint)


def _event_keys(store: SQLStore, f: EventFilter, after: tuple[str, str] | None, n: int,
                actor_role: str | None = None, matches: tuple[str, ...] | None = None,
                box: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """(sort key, id) of the first ``n`` events after the cursor: only the small key columns
    go through the sort, the stored JSON is read for the page alone. ``box``: the keys of
    the events in the filter's box, when few (``boxes.keys_in_box``)."""
    if box is not None and dataclasses.replace(f, bbox=None) == EventFilter():
        return sorted((k for k in box if after is None or k < after), reverse=True)[:n]
    probe = bool(f.words) and matches is None and store.dialect.name == "sqlite"
    where, params = sql.event_where(
        f, store.dialect.name, actor_role=actor_role, matches=matches,
        in_box=None if box is None else [k[1] for k in box], walk_box=f.bbox is not None,
        search=not probe)
    if probe:
        return _probed_keys(store, f.words, where, params, after, n)
    return _walk(store, where, params, after, n)


def _walk(store: SQLStore, where: list[str], params: list[Any], after: tuple[str, str] | None,
          n: int, offset: int = 0) -> list[tuple[str, str]]:
    """(sort key, id) of the first ``n`` events after the cursor (and ``offset`` more)."""
    where, params = list(where), list(params)
    sql.keyset("e", after, where, params)
    return [(r[0], r[1]) for r in store._exec(
        f"SELECT coalesce(e.date, ''), e.id FROM events e{sql.where_sql(where)} "
        f"{sql.order_by('e')} LIMIT ? OFFSET ?", params + [n, offset]).fetchall()]


PROBE_WALK = 2000  # events: how far a listing tests each event's article through FTS5


def _probed_keys(store: SQLStore, words: tuple[str, ...], where: list[str], params: list[Any],
                 after: tuple[str, str] | None, n: int) -> list[tuple[str, str]]:
    """SQLite, words in too many articles to list: the first PROBE_WALK events of the walk
    (after the cursor) test their article one by one through the FTS5 index, which fills a
    page of a word in a few percent of the articles; past them (a word rare among these
    events), the rest of the walk is tested against the whole match set, read once."""
    edge = _walk(store, where, params, after, 1, offset=PROBE_WALK - 1)
    test, more = sql.search_probe(words, "e.article_id")
    bounded = [*where, test]
    bound = params + more
    if edge:  # (key, id) at or after the edge in the listing's descending order
        bounded.append("(coalesce(e.date, '') > ? OR (coalesce(e.date, '') = ? AND e.id >= ?))")
        bound += [edge[0][0], edge[0][0], edge[0][1]]
    keys = _walk(store, bounded, bound, after, n)
    if len(keys) == n or not edge:
        return keys
    clause, more = sql.search_clause(words, "sqlite", None)
    return keys + _walk(store, [*where, clause], params + more, edge[0], n - len(keys))


@contextmanager
def _no_parallel_workers(store: SQLStore) -> Iterator[None]:
    """PostgreSQL: a listing is a walk that stops after a page. Its planner may run the walk
    as a parallel scan, whose workers cost their start (on a busy machine, waiting for a free
    core) and save little, so a listing runs in one process (docs/api-benchmark.md)."""
    if store.dialect.name != "postgresql":
        yield
        return
    with store.transaction():
        store._exec("SET LOCAL max_parallel_workers_per_gather = 0")
        yield


def list_events(store: SQLStore, f: EventFilter, *, limit: int, cursor: str | None) -> Page:
    with _no_parallel_workers(store):
        return _list_events(store, f, limit, cursor)


def _list_events(store: SQLStore, f: EventFilter, limit: int, cursor: str | None) -> Page:
    fingerprint = "e" + f.fingerprint()
    after = decode_cursor(cursor, fingerprint) if cursor else None
    matches = sql.article_matches(store, f.words) if f.words else None
    box = keys_in_box(store, f.bbox) if f.bbox is not None else None
    if f.actors:  # either role: each role's index gives its events in order; merge the two
        keys = sorted(set(_event_keys(store, f, after, limit + 1, "actor1", matches, box))
                      | set(_event_keys(store, f, after, limit + 1, "actor2", matches, box)),
                      reverse=True)
    else:
        keys = _event_keys(store, f, after, limit + 1, matches=matches, box=box)
    keys, next_cursor = _page(keys, limit, fingerprint, lambda k: k)
    rows = _event_rows(store, [k[1] for k in keys])
    return Page(event_records(store, rows), next_cursor)


def _event_rows(store: SQLStore, ids: list[str]) -> list[tuple[str, str | None]]:
    """(json, incident id) of these events, in the order given."""
    if not ids:
        return []
    found = {r[0]: (r[1], r[2]) for r in store._exec(
        "SELECT e.id, e.json, l.incident_id FROM events e LEFT JOIN incident_links l ON "
        f"l.event_id = e.id WHERE e.id IN ({', '.join('?' for _ in ids)})", ids).fetchall()}
    return [found[i] for i in ids if i in found]


def _moves(store: SQLStore, incident_ids: list[str]) -> dict[str, dict[str, list[str]]]:
    """incident id -> {'moved_in': [...], 'moved_out': [...]} from the latest move of each
    event that reviewers moved into or out of these incidents."""
    out = {i: {"moved_in": [], "moved_out": []} for i in incident_ids}
    if not incident_ids:
        return out
    marks = ", ".join("?" for _ in incident_ids)
    targets = [json.dumps(i) for i in incident_ids]
    rows = store._exec(
        "SELECT r.event_id, r.after, l.incident_id FROM reviews r "
        "LEFT JOIN incident_links l ON l.event_id = r.event_id "
        "WHERE r.action = 'move' AND r.id = (SELECT max(r2.id) FROM reviews r2 "
        "WHERE r2.event_id = r.event_id AND r2.action = 'move') "
        f"AND (r.after IN ({marks}) OR l.incident_id IN ({marks}))",
        targets + incident_ids).fetchall()
    for event_id, after, machine in rows:
        target = json.loads(after)
        if target == machine:
            continue
        if target in out:
            out[target]["moved_in"].append(event_id)
        if machine in out:
            out[machine]["moved_out"].append(event_id)
    return out


def _incident_records(store: SQLStore, raws: list[str]) -> list[dict[str, Any]]:
    items = [json.loads(r) for r in raws]
    moves = _moves(store, [i["id"] for i in items])
    for item in items:
        item.update(moves[item["id"]])
    return items


def list_incidents(store: SQLStore, f: EventFilter, *, limit: int, cursor: str | None) -> Page:
    with _no_parallel_workers(store):
        return _list_incidents(store, f, limit, cursor)


def _list_incidents(store: SQLStore, f: EventFilter, limit: int, cursor: str | None) -> Page:
    fingerprint = "i" + f.fingerprint()
    after = decode_cursor(cursor, fingerprint) if cursor else None
    where: list[str] = []
    params: list[Any] = []
    if f.countries:
        where.append(f"i.country IN ({', '.join('?' for _ in f.countries)})")
        params += f.countries
    sql.kind_filter(f, "i", where, params)
    sql.date_range(f, "i", where, params)
    if f.min_reports > 1:
        where.append("i.reports >= ?")
        params.append(f.min_reports)
    matches = sql.article_matches(store, f.words) if f.words else None
    member, member_params = sql.event_where(f, store.dialect.name, kinds=False, dates=False,
                                            countries=False, matches=matches)
    if member:  # some report of the incident matches
        where.append("EXISTS (SELECT 1 FROM incident_links l JOIN events e ON e.id = l.event_id "
                     f"WHERE l.incident_id = i.id AND {' AND '.join(member)})")
        params += member_params
    sql.keyset("i", after, where, params)
    keys = [(r[0], r[1]) for r in store._exec(
        f"SELECT coalesce(i.date, ''), i.id FROM incidents i{sql.where_sql(where)} "
        f"{sql.order_by('i')} LIMIT ?", params + [limit + 1]).fetchall()]
    keys, next_cursor = _page(keys, limit, fingerprint, lambda k: k)
    raws = {}
    if keys:
        raws = dict(store._exec(f"SELECT id, json FROM incidents WHERE id IN "
                                f"({', '.join('?' for _ in keys)})", [k[1] for k in keys]).fetchall())
    return Page(_incident_records(store, [raws[k[1]] for k in keys]), next_cursor)


def article_heads(store: SQLStore, ids: list[str], *, text: bool = False) -> dict[str, dict]:
    columns = ARTICLE_HEAD + (("text",) if text else ())
    out = {}
    for article_id in sorted(set(ids)):
        row = store._exec(f"SELECT {', '.join(columns)} FROM articles WHERE id = ?",
                          (article_id,)).fetchone()
        if row is not None:
            out[article_id] = dict(zip(columns, row))
    return out


def get_event(store: SQLStore, event_id: str) -> dict[str, Any] | None:
    row = store._exec("SELECT e.json, l.incident_id FROM events e LEFT JOIN incident_links l "
                      "ON l.event_id = e.id WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    event = event_records(store, [tuple(row)])[0]
    event["article"] = article_heads(store, [event["article_id"]]).get(event["article_id"])
    incident = None
    if event["incident_id"]:
        found = store._exec("SELECT json FROM incidents WHERE id = ?",
                            (event["incident_id"],)).fetchone()
        incident = _incident_records(store, [found[0]])[0] if found else None
    event["incident"] = incident
    return event


def _first_span(event: dict[str, Any]) -> tuple[int, str]:
    spans = event.get("evidence_spans") or []
    return (spans[0]["start_char"] if spans else 1 << 30, event["id"])


def get_article(store: SQLStore, article_id: str) -> dict[str, Any] | None:
    columns = ARTICLE_HEAD + ("text", "pipeline_version", "error")
    row = store._exec(f"SELECT {', '.join(columns)} FROM articles WHERE id = ?",
                      (article_id,)).fetchone()
    if row is None:
        return None
    article = dict(zip(columns, row))
    rows = store._exec("SELECT e.json, l.incident_id FROM events e LEFT JOIN incident_links l "
                       "ON l.event_id = e.id WHERE e.article_id = ?", (article_id,)).fetchall()
    article["events"] = sorted(event_records(store, [tuple(r) for r in rows]), key=_first_span)
    return article


def get_incident(store: SQLStore, incident_id: str) -> dict[str, Any] | None:
    row = store._exec("SELECT json FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        return None
    incident = _incident_records(store, [row[0]])[0]
    ids = [s["event_id"] for s in incident["sources"]] + incident["moved_in"]
    incident["events"] = event_records(store, _event_rows(store, ids))
    incident["articles"] = article_heads(store, [e["article_id"] for e in incident["events"]],
                                         text=True)
    return incident
