"""``GET /api/stats``: the facets of the events a filter keeps (counts by type, sub-type,
country, ISO week and actor, the toll, the date range).

Without a filter, or with one on type, sub-type, country, dates and background only, each
facet is one GROUP BY over the smallest table of the facet rollup that holds the facet and the
filter (``sitrep.store.rollup``, kept exact by triggers): a few thousand summed rows, not a
million events. Any other filter (actor, box, text, confidence, review) makes one GROUP BY
(sub-type, country, day) over the matching events for every facet but the actors, which take a
second. The event type facet is summed from the sub-types (each sub-type has one type); totals,
the toll and the date range from the per-day counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from typing import Any

from sitrep.model import SUB_EVENT_TYPES_BY_TYPE
from sitrep.server import sql
from sitrep.server.filters import EventFilter
from sitrep.store.rollup import pick_grain
from sitrep.store.sql import SQLStore

TOP_ACTORS = 50
_TYPE_OF = {sub: kind for kind, subs in SUB_EVENT_TYPES_BY_TYPE.items() for sub in subs}


def _facet(counts: Counter) -> list[dict[str, Any]]:
    return [{"value": v, "count": n}
            for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def _monday(day: str) -> str | None:
    try:
        d = dt.date.fromisoformat(day)
    except (TypeError, ValueError):
        return None
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def event_stats(store: SQLStore, f: EventFilter) -> dict[str, Any]:
    if _rolled_up(f):
        facets, pairs = _from_rollup(store, f)
    else:
        facets, pairs = _from_events(store, f)
    return _summarise(facets, pairs, store._exec("SELECT count(*) FROM incidents").fetchone()[0])


def _rolled_up(f: EventFilter) -> bool:
    """Whether the filter names the rollup's dimensions alone."""
    return dataclasses.replace(f, countries=(), event_types=(), sub_event_types=(), kinds=(),
                               date_from=None, date_to=None, background="include",
                               min_reports=1) == EventFilter()


def _rollup_where(f: EventFilter) -> tuple[list[str], list[Any], set[str]]:
    """Conditions on a rollup table ``r`` and the dimensions they need."""
    where: list[str] = []
    params: list[Any] = []
    needed: set[str] = set()
    if f.countries:
        needed.add("country")
        where.append(f"r.country IN ({', '.join('?' for _ in f.countries)})")
        params += f.countries
    if f.event_types or f.sub_event_types or f.kinds:
        needed |= {"event_type", "sub_event_type"}
        sql.kind_filter(f, "r", where, params)
    if f.date_from is not None or f.date_to is not None:
        needed.add("day")
        if f.date_from is not None:
            where.append("r.day >= ?")
            params.append(f.date_from)
        if f.date_to is not None:
            where.append("r.day <= ? AND r.day > ''")
            params.append(f.date_to)
    if f.background != "include":
        needed.add("background")
        where.append("r.background = ?")
        params.append(1 if f.background == "only" else 0)
    return where, params, needed


def _from_rollup(store: SQLStore, f: EventFilter) -> tuple[list[Any], list[Any]]:
    where, params, needed = _rollup_where(f)
    clause = sql.where_sql(where)

    def grouped(column: str, *, actor: bool = False, top: int | None = None) -> list[Any]:
        grain = pick_grain(needed | {column}, actor=actor)
        tail = f" ORDER BY sum(r.events) DESC, r.{column} LIMIT {int(top)}" if top else ""
        return store._exec(f"SELECT r.{column}, sum(r.events), sum(r.fatalities) FROM "
                           f"{grain.table} r{clause} GROUP BY r.{column}{tail}", params).fetchall()

    facets = [(None, None, day, n, killed) for day, n, killed in grouped("day")]
    facets += [(sub, None, None, n, None) for sub, n, _ in grouped("sub_event_type")]
    facets += [(None, country, None, n, None) for country, n, _ in grouped("country")]
    pairs = [(name, None, n) for name, n, _ in grouped("actor", actor=True, top=TOP_ACTORS)]
    return facets, pairs


def _from_events(store: SQLStore, f: EventFilter) -> tuple[list[Any], list[Any]]:
    matches = sql.article_matches(store, f.words) if f.words else None
    where, params = sql.event_where(f, store.dialect.name, matches=matches)
    clause = sql.where_sql(where)
    # one pass over the matching rows for the facets, one for the actors
    facets = store._exec(
        "SELECT e.sub_event_type, e.country, coalesce(e.date, ''), count(*), "
        f"sum(e.fatalities_best) FROM events e{clause} GROUP BY e.sub_event_type, e.country, "
        "coalesce(e.date, '')", params).fetchall()
    pairs = store._exec(f"SELECT e.actor1, e.actor2, count(*) FROM events e{clause} "
                        "GROUP BY e.actor1, e.actor2", params).fetchall()
    return facets, pairs


def _summarise(facets: list[Any], pairs: list[Any], incidents: int) -> dict[str, Any]:
    """The stats of (sub-type, country, day, count, toll) groups, any of the three keys None
    when that group is summed over it, and of (actor1, actor2, count) groups."""
    subs: Counter = Counter()
    countries: Counter = Counter()
    weeks: Counter = Counter()
    total = fatalities = 0
    days: list[str] = []
    for sub, country, day, n, killed in facets:
        if sub is not None:
            subs[sub] += n
        if country:
            countries[country] += n
        if day is not None:
            total += n
            fatalities += killed or 0
            if day:
                days.append(day)
                weeks[_monday(day)] += n
    types: Counter = Counter()
    for sub, n in subs.items():
        types[_TYPE_OF.get(sub, sub)] += n
    actors: Counter = Counter()
    for actor1, actor2, n in pairs:
        for name in {actor1, actor2} - {None, ""}:
            actors[name] += n
    return {
        "events": int(total),
        "incidents": int(incidents),
        "fatalities": int(fatalities),
        "date_min": min(days) if days else None,
        "date_max": max(days) if days else None,
        "by_event_type": _facet(types),
        "by_sub_event_type": _facet(subs),
        "by_country": _facet(countries),
        "by_week": [{"value": w, "count": n} for w, n in sorted(weeks.items())],
        "by_actor": _facet(actors)[:TOP_ACTORS],  # ties by name, as the rollup's SQL breaks them
    }
