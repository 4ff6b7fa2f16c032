"""``GET /api/stats``: the facets of the events a filter keeps (counts by type, sub-type,
country, ISO week and actor, the toll, the date range).

Without a filter each facet is one GROUP BY on the column leading an index of migration m005,
read from the index alone; with a filter, one GROUP BY (sub-type, country, day) over the
matching rows gives every facet but the actors, which take a second. The event type facet is
summed from the sub-types (each sub-type has one type); totals, the toll and the date range
from the per-day counts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sitrep.model import SUB_EVENT_TYPES_BY_TYPE
from sitrep.server import sql
from sitrep.server.filters import EventFilter
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
    matches = sql.article_matches(store, f.words) if f.words else None
    where, params = sql.event_where(f, store.dialect.name, matches=matches)
    clause = sql.where_sql(where)
    if where:  # one pass over the matching rows for the facets, one for the actors
        facets = store._exec(
            "SELECT e.sub_event_type, e.country, coalesce(e.date, ''), count(*), "
            f"sum(e.fatalities_best) FROM events e{clause} GROUP BY e.sub_event_type, e.country, "
            "coalesce(e.date, '')", params).fetchall()
        pairs = store._exec(f"SELECT e.actor1, e.actor2, count(*) FROM events e{clause} "
                            "GROUP BY e.actor1, e.actor2", params).fetchall()
    else:  # every facet from its own index, without reading the table
        def grouped(column: str, *more: str) -> list[Any]:
            extra = "".join(f", {m}" for m in more)
            return store._exec(f"SELECT {column}, count(*){extra} FROM events e "
                               f"GROUP BY {column}").fetchall()

        facets = [(None, None, day or "", n, killed) for day, n, killed
                  in grouped("e.date", "sum(e.fatalities_best)")]
        facets += [(sub, None, None, n, None) for sub, n in grouped("e.sub_event_type")]
        facets += [(None, country, None, n, None) for country, n in grouped("e.country")]
        pairs = [(name, None, n) for name, n in grouped("e.actor1")]
        pairs += [(None, name, n) for name, n in grouped("e.actor2")]
    return _summarise(facets, pairs, store._exec("SELECT count(*) FROM incidents").fetchone()[0])


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
        "by_actor": _facet(Counter(dict(actors.most_common(TOP_ACTORS)))),
    }
