"""``GET /api/stats``: the facets of the events a filter keeps (counts by type, sub-type,
country, ISO week and actor, the toll, the date range).

Without a filter, or with one on type, sub-type, country, dates and background only, each
facet is one GROUP BY over the smallest table of the facet rollup that holds the facet and the
filter (``sitrep.server.stats_rollup``; the rollup is kept exact by triggers): thousands of
summed rows, not a million events. Any other filter (actor, box, text, confidence, review) makes one GROUP BY
(sub-type, country, day) over the matching events for every facet but the actors, which take a
second. The event type facet is summed from the sub-types (each sub-type has one type); totals,
the toll and the date range from the per-day counts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache
from typing import Any

from sitrep.model import SUB_EVENT_TYPES_BY_TYPE
from sitrep.server import sql
from sitrep.server.filters import EventFilter
from sitrep.server.stats_rollup import grouped, rolled_up
from sitrep.store.sql import SQLStore

TOP_ACTORS = 50
_TYPE_OF = {sub: kind for kind, subs in SUB_EVENT_TYPES_BY_TYPE.items() for sub in subs}


def _facet(counts: Counter) -> list[dict[str, Any]]:
    return [{"value": v, "count": n}
            for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]


@lru_cache(maxsize=16384)
def _monday(day: str) -> str | None:
    try:
        d = dt.date.fromisoformat(day)
    except (TypeError, ValueError):
        return None
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def event_stats(store: SQLStore, f: EventFilter) -> dict[str, Any]:
    if rolled_up(f):
        facets, pairs = _from_rollup(store, f)
    else:
        facets, pairs = _from_events(store, f)
    return _summarise(facets, pairs, store._exec("SELECT count(*) FROM incidents").fetchone()[0])


def _from_rollup(store: SQLStore, f: EventFilter) -> tuple[list[Any], list[Any]]:
    facets = [(None, None, day, n, killed) for day, n, killed in grouped(store, f, "day")]
    facets += [(sub, None, None, n, None) for sub, n, _ in grouped(store, f, "sub_event_type")]
    facets += [(None, country, None, n, None) for country, n, _ in grouped(store, f, "country")]
    pairs = [(name, None, n) for name, n, _ in grouped(store, f, "actor", actor=True,
                                                         top=TOP_ACTORS)]
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
